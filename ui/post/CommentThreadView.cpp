#include "CommentThreadView.h"

#include "CommentDelegate.h"
#include "api/Mentions.h"
#include "api/PersonText.h"
#include "models/CommentModel.h"
#include "ui/care/Care.h"
#include "ui/look/ItemMenuPlace.h"
#include "ui/look/Metrics.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The thread as the list view shows it: CommentModel, with each row in words for screen
// readers (a folded one without its body) and a refused comment's reason as its tooltip.
class ThreadProxy : public QIdentityProxyModel
{
public:
    ThreadProxy(const CommentDelegate *delegate, QObject *parent)
        : QIdentityProxyModel(parent), m_delegate(delegate)
    { }

    // Every row may read differently (the reader's care rules changed).
    void allRowsChanged()
    {
        if (const int rows = rowCount(); rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, 0));
    }

    // The list's viewport always reaches its last row, so it would fetch every page at
    // once: the page asks for the next one as its own scroll nears the end.
    bool canFetchMore(const QModelIndex &) const override { return false; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::AccessibleTextRole) {
            return CommentDelegate::accessibleText(
                index, QDateTime::currentDateTimeUtc(), m_delegate->fold(index));
        }
        if (role == Qt::ToolTipRole)
            return QIdentityProxyModel::data(index, CommentModel::LocalErrorRole);
        return QIdentityProxyModel::data(index, role);
    }

private:
    const CommentDelegate *m_delegate;
};

// The thread's list: as tall as all its loaded rows, with no scroll of its own (it scrolls in
// the page's). Qt paints only the part of it in sight, and the delegate keeps the rows'
// heights, so a long thread costs what shows. The rows are laid out again when the width
// changes, as their text wraps anew.
class ThreadList : public QListView
{
public:
    explicit ThreadList(QWidget *parent) : QListView(parent)
    {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    // Called each time the rows have been laid out.
    std::function<void()> laidOut;
    // The page's view the list scrolls in: Page Up and Page Down move by its height.
    QWidget *sight = nullptr;

    QSize sizeHint() const override { return {QListView::sizeHint().width(), m_height}; }
    QSize minimumSizeHint() const override { return {0, m_height}; }

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        // A page is what the page's view shows, not the whole list (which is all in its own).
        const QModelIndex current = currentIndex();
        if (!sight || !current.isValid() || (action != MovePageUp && action != MovePageDown))
            return QListView::moveCursor(action, modifiers);
        const QRect rect = visualRect(current);
        const int step = std::max(sight->height() - rect.height(), rect.height());
        const int y = action == MovePageDown ? rect.top() + step : rect.top() - step;
        const QModelIndex target
            = indexAt(QPoint(rect.left(), std::clamp(y, 0, viewport()->height() - 1)));
        return target.isValid() ? target : QListView::moveCursor(action, modifiers);
    }

    void updateGeometries() override
    {
        QListView::updateGeometries();
        const int height = contentsSize().height() + 2 * frameWidth();
        if (height != m_height) {
            m_height = height;
            updateGeometry();
        }
        if (laidOut)
            laidOut();
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QListView::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            scheduleDelayedItemsLayout();
    }

private:
    int m_height = 0;
};

} // namespace

CommentThreadView::CommentThreadView(CommentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_list(new ThreadList(m_stack))
    , m_state(new QLabel(m_stack))
    , m_delegate(new CommentDelegate(m_list))
    , m_actions(new QToolButton(m_list->viewport()))
{
    auto *title = new QLabel(tr("Comments"), this);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setFont(Metrics::font(Metrics::TextRole::Label, title->font()));
    auto *proxy = new ThreadProxy(m_delegate, this);
    proxy->setSourceModel(m_model);
    m_list->setModel(proxy);
    m_list->setItemDelegate(m_delegate);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    // On the page's ground, as the post's text is: the rows are read as one column with it.
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setAccessibleName(tr("Comments"));
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    m_list->viewport()->setMouseTracking(true); // the "…" button follows the mouse
    static_cast<ThreadList *>(m_list)->laidOut = [this] {
        updateActions();
    };
    // Each comment's menu without a right click: "…" on the row under the mouse or selected.
    m_actions->setText(u"…"_s);
    m_actions->setAutoRaise(true);
    m_actions->setFocusPolicy(Qt::NoFocus); // the keys have the menu key, R and Delete
    m_actions->setCursor(Qt::PointingHandCursor);
    m_actions->setToolTip(tr("Actions (menu key)"));
    m_actions->hide();
    connect(m_actions, &QToolButton::clicked, this, [this] {
        popUpMenu(m_actionsRow, m_actions->mapToGlobal(QPoint(0, m_actions->height())));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            updateActions();
            if (m_list->hasFocus())
                bringIntoSight(current);
        });
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_state);
    connect(m_delegate, &CommentDelegate::replyClicked, this, [this](const QModelIndex &index) {
        Q_EMIT replyRequested(index.data(CommentModel::IdRole).toLongLong());
    });
    connect(
        m_delegate, &CommentDelegate::mentionClicked, this, &CommentThreadView::mentionActivated);
    connect(m_delegate, &CommentDelegate::showClicked, this, [this](const QModelIndex &index) {
        if (m_care)
            m_care->openComment(index.data(CommentModel::IdRole).toLongLong());
    });
    // Rows change height with their text: let the view measure them again.
    connect(proxy, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                Q_EMIT m_delegate->sizeHintChanged(m_list->model()->index(row, 0));
        });
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &CommentThreadView::updateState);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &CommentThreadView::updateState);
    connect(proxy, &QAbstractItemModel::modelReset, this, &CommentThreadView::updateState);
    connect(m_model, &CommentModel::loadingChanged, this, &CommentThreadView::updateState);
    // Comments come and go above the reader too (a reply under an earlier comment): the one
    // being read stays put.
    connect(proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &CommentThreadView::holdPlace);
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &CommentThreadView::holdPlace);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &CommentThreadView::keepPlace);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &CommentThreadView::keepPlace);
    connect(m_model, &CommentModel::arrivalsChanged, this, &CommentThreadView::updateArrivals);

    auto *layout = new QVBoxLayout(this);
    // The thread's edges line up with the post's: the column gives both their margins.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Metrics::spaceM);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);
    updateState();
    updateArrivals();
}

void CommentThreadView::holdPlace()
{
    m_anchor = QPersistentModelIndex();
    if (!m_scrollArea || !m_list->isVisible() || m_scrollArea->verticalScrollBar()->value() == 0)
        return; // at the top, the top stays in view
    // The row at the top of the page's view; above the thread (the post is there), rows that
    // come or go below move nothing the reader sees.
    QWidget *view = m_scrollArea->viewport();
    const int top = m_list->viewport()->mapFrom(view, QPoint(0, 0)).y();
    if (top < 0)
        return;
    m_anchor = m_list->indexAt(QPoint(0, top));
    m_anchorTop = m_list->viewport()->mapTo(view, m_list->visualRect(m_anchor).topLeft()).y();
}

void CommentThreadView::keepPlace()
{
    if (!m_anchor.isValid() || !m_scrollArea)
        return;
    const QModelIndex anchor = m_anchor;
    m_anchor = QPersistentModelIndex();
    // Lay the rows and the page out now rather than at the next turn of the loop, to know
    // where the row went before anything is painted.
    m_list->doItemsLayout();
    // Each layout that settles asks its parent's to: the list's, the thread's, the column's,
    // and the scroll area's, each a posted event of its own.
    for (int depth = 0; depth < 6; ++depth)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int now = m_list->viewport()
                        ->mapTo(m_scrollArea->viewport(), m_list->visualRect(anchor).topLeft())
                        .y();
    QScrollBar *bar = m_scrollArea->verticalScrollBar();
    bar->setValue(bar->value() + now - m_anchorTop);
}

void CommentThreadView::setScrollArea(QScrollArea *area)
{
    m_scrollArea = area;
    static_cast<ThreadList *>(m_list)->sight = area ? area->viewport() : nullptr;
}

bool CommentThreadView::showComment(qint64 commentId)
{
    const int row = m_model->rowOf(commentId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_list->setFocus(Qt::OtherFocusReason);
    m_list->setCurrentIndex(index);
    // The rows are laid out once the list has its width: brought into sight now and again
    // when the page has settled.
    bringIntoSight(index);
    QMetaObject::invokeMethod(
        this, [this, index = QPersistentModelIndex(index)] { bringIntoSight(index); },
        Qt::QueuedConnection);
    return true;
}

bool CommentThreadView::revealComment(qint64 commentId)
{
    const int row = m_model->rowOf(commentId);
    if (row < 0)
        return false;
    bringIntoSight(m_model->index(row));
    return true;
}

void CommentThreadView::bringIntoSight(const QModelIndex &index)
{
    QScrollArea *area = m_scrollArea;
    if (!area || !area->widget() || !index.isValid())
        return;
    const QRect rect = m_list->visualRect(index);
    const QPoint centre = m_list->viewport()->mapTo(area->widget(), rect.center());
    area->ensureVisible(centre.x(), centre.y(), 0, rect.height() / 2 + 1);
}

void CommentThreadView::placeActions(const QModelIndex &index)
{
    m_actionsRow = index;
    if (!index.isValid() || !m_list->isVisible()) {
        m_actions->hide();
        return;
    }
    const QRect content = CommentDelegate::contentRect(rowOption(index), index);
    const QSize size = m_actions->sizeHint();
    // At the right end of the row's headline.
    m_actions->setGeometry(
        QRect(QPoint(content.right() + 1 - size.width(),
                  content.top() + m_list->fontMetrics().lineSpacing() / 2 - size.height() / 2),
            size));
    //: the "…" button on a comment; %1 is its author's name
    m_actions->setAccessibleName(
        tr("Actions for %1’s comment")
            .arg(PersonText::isolated(index.data(CommentModel::AuthorNameRole).toString())));
    m_actions->show();
    m_actions->raise();
}

void CommentThreadView::updateActions()
{
    // Under the mouse first; else the selected row, while the keys are in the thread.
    if (m_hovered.isValid())
        placeActions(m_hovered);
    else if (m_list->hasFocus())
        placeActions(m_list->currentIndex());
    else
        placeActions({});
}

void CommentThreadView::updateArrivals()
{
    // Screen readers hear the description of the list when it changes (Qt 6.4 has no
    // announcement event).
    const QString hint = tr("Press R to reply to the selected comment, or the menu key for more.");
    const int arrived = m_model->arrivalCount();
    m_list->setAccessibleDescription(
        arrived > 0 ? tr("%n new comments.", nullptr, arrived) + u' ' + hint : hint);
}

void CommentThreadView::setCare(Care *care)
{
    if (care == m_care)
        return;
    if (m_care)
        disconnect(m_care, nullptr, this, nullptr);
    m_care = care;
    m_delegate->setCare(care);
    // Folded comments open or close, and say so to screen readers.
    if (m_care)
        connect(m_care, &Care::changed, this, &CommentThreadView::allRowsChanged);
    allRowsChanged();
}

void CommentThreadView::allRowsChanged()
{
    static_cast<ThreadProxy *>(m_list->model())->allRowsChanged();
}

void CommentThreadView::setMyHandle(const QString &handle)
{
    m_myHandle = handle;
}

void CommentThreadView::setImages(MediaImageCache *images)
{
    m_delegate->setImages(images);
    m_list->viewport()->update();
}

QStyleOptionViewItem CommentThreadView::rowOption(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    option.rect = m_list->visualRect(index);
    return option;
}

void CommentThreadView::updateCursor(const QModelIndex &index, const QPoint &position)
{
    const bool onMention
        = index.isValid() && !m_delegate->mentionAt(rowOption(index), index, position).isEmpty();
    if (onMention)
        m_list->viewport()->setCursor(Qt::PointingHandCursor);
    else
        m_list->viewport()->unsetCursor();
}

QString CommentThreadView::stateText() const
{
    return m_stack->currentWidget() == m_state ? m_state->text() : QString();
}

void CommentThreadView::updateState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_list);
        return;
    }
    m_state->setText(m_model->isLoading()
            ? tr("Loading comments…")
            : tr("No comments yet. Be the first to say something kind."));
    m_stack->setCurrentWidget(m_state);
}

bool CommentThreadView::isMine(const QModelIndex &index) const
{
    return !m_myHandle.isEmpty()
        && index.data(CommentModel::AuthorHandleRole).toString() == m_myHandle;
}

bool CommentThreadView::isOwnComment(qint64 commentId) const
{
    const int row = m_model->rowOf(commentId);
    const QModelIndex index = row >= 0 ? m_model->index(row) : QModelIndex();
    return index.isValid() && isMine(index) && !index.data(CommentModel::DeletedRole).toBool();
}

QMenu *CommentThreadView::createCommentMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (!index.isValid())
        return menu;
    const qint64 id = index.data(CommentModel::IdRole).toLongLong();
    const bool deleted = index.data(CommentModel::DeletedRole).toBool();
    QAction *reply = menu->addAction(tr("Reply"), this, [this, id] { Q_EMIT replyRequested(id); });
    reply->setShortcut(QKeySequence(Qt::Key_R));
    reply->setEnabled(!deleted);
    QAction *copy = menu->addAction(
        tr("Copy text"), this, [body = index.data(CommentModel::BodyRole).toString()] {
            QApplication::clipboard()->setText(body);
        });
    copy->setEnabled(!deleted);
    QAction *link
        = menu->addAction(tr("Copy link"), this, [this, id] { Q_EMIT copyLinkRequested(id); });
    link->setEnabled(id > 0);
    const QString handle = index.data(CommentModel::AuthorHandleRole).toString();
    // Someone else's page (mine is Go → My posts).
    if (!deleted && !handle.isEmpty() && !isMine(index)) {
        menu->addAction(
            tr("View %1’s profile")
                .arg(PersonText::inMenu(index.data(CommentModel::AuthorNameRole).toString())),
            this, [this, handle] { Q_EMIT authorRequested(handle); });
    }
    // The people the comment names, for the keys as the links are for the mouse (a few:
    // a menu is no list of everyone).
    if (!deleted && !m_delegate->fold(index).folded) {
        constexpr qsizetype MaxMentionsInMenu = 5;
        const QStringList named = Mentions::extract(
            index.data(CommentModel::BodyRole).toString(), MaxMentionsInMenu + 2);
        qsizetype added = 0;
        for (const QString &person : named) {
            if (person == handle || person == m_myHandle || added == MaxMentionsInMenu)
                continue;
            //: a person named in a comment; %1 is their handle, such as "@river_stone"
            menu->addAction(tr("View %1’s profile").arg(u'@' + person), this,
                [this, person] { Q_EMIT mentionActivated(person); });
            ++added;
        }
    }
    if (isMine(index) && !deleted) {
        menu->addSeparator();
        menu->addAction(tr("Edit"), this, [this, id] { Q_EMIT editRequested(id); });
        QAction *remove
            = menu->addAction(tr("Delete…"), this, [this, id] { Q_EMIT deleteRequested(id); });
        remove->setShortcut(QKeySequence(QKeySequence::Delete));
    } else if (!deleted && id > 0) {
        // Someone else's comment: report it, or block its author.
        const User author = index.data(CommentModel::AuthorRole).value<User>();
        menu->addSeparator();
        menu->addAction(
            tr("Report comment…"), this, [this, id] { Q_EMIT reportCommentRequested(id); });
        menu->addAction(tr("Block %1…").arg(PersonText::inMenu(author.displayName)), this,
            [this, author] { Q_EMIT blockRequested(author); });
    }
    return menu;
}

void CommentThreadView::popUpMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    if (!index.isValid())
        return;
    QMenu *menu = createCommentMenu(index, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPosition);
}

bool CommentThreadView::handleKey(const QKeyEvent *key)
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.data(CommentModel::IdRole).toLongLong();
    if (!current.isValid() || key->modifiers() != Qt::NoModifier)
        return false;
    // Space or Enter on a folded comment shows it.
    if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && m_care && m_delegate->fold(current).folded) {
        m_care->openComment(id);
        return true;
    }
    if (key->key() == Qt::Key_R) {
        Q_EMIT replyRequested(id);
        return true;
    }
    if (key->key() == Qt::Key_Delete && isMine(current)) {
        Q_EMIT deleteRequested(id);
        return true;
    }
    return false;
}

bool CommentThreadView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    if (watched == m_list
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        updateActions();
    if (watched == m_list->viewport() && event->type() == QEvent::MouseMove) {
        const QPoint position = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex under = m_list->indexAt(position);
        updateCursor(under, position);
        if (under != m_hovered) {
            m_hovered = under;
            updateActions();
        }
    }
    if (watched == m_list->viewport() && event->type() == QEvent::Leave) {
        m_hovered = QPersistentModelIndex();
        updateActions();
    }
    if (event->type() == QEvent::ContextMenu
        && (watched == m_list || watched == m_list->viewport())) {
        const ItemMenuPlace place
            = ItemMenuPlace::of(m_list, static_cast<QContextMenuEvent *>(event));
        popUpMenu(place.index, place.globalPosition);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth
