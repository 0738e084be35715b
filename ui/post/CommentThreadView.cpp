#include "CommentThreadView.h"

#include "CommentDelegate.h"
#include "models/CommentModel.h"
#include "models/PersonText.h"
#include "ui/care/Care.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

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

} // namespace

CommentThreadView::CommentThreadView(CommentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(m_stack))
    , m_state(new QLabel(m_stack))
    , m_delegate(new CommentDelegate(m_list))
{
    auto *title = new QLabel(tr("Comments"), this);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont sectionFont = title->font();
    sectionFont.setBold(true);
    title->setFont(sectionFont);
    auto *proxy = new ThreadProxy(m_delegate, this);
    proxy->setSourceModel(m_model);
    m_list->setModel(proxy);
    m_list->setItemDelegate(m_delegate);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Comments"));
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_state);
    connect(m_delegate, &CommentDelegate::replyClicked, this, [this](const QModelIndex &index) {
        Q_EMIT replyRequested(index.data(CommentModel::IdRole).toLongLong());
    });
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
    // The thread's edges line up with the post's, whose layout is a child widget's too (the
    // style gives a window's layout wider margins).
    const QMargins margins = layout->contentsMargins();
    layout->setContentsMargins(margins.left(), 0, margins.right(), 0);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);
    updateState();
    updateArrivals();
}

void CommentThreadView::holdPlace()
{
    m_anchor = QPersistentModelIndex();
    if (!m_list->isVisible() || m_list->verticalScrollBar()->value() == 0)
        return; // at the top, the top stays in view
    m_anchor = m_list->indexAt(QPoint(0, 0));
    m_anchorTop = m_list->visualRect(m_anchor).top();
}

void CommentThreadView::keepPlace()
{
    if (!m_anchor.isValid())
        return;
    const QModelIndex anchor = m_anchor;
    m_anchor = QPersistentModelIndex();
    // Lay the rows out now rather than at the next turn of the loop, to know where the row
    // went before anything is painted.
    m_list->doItemsLayout();
    QScrollBar *bar = m_list->verticalScrollBar();
    bar->setValue(bar->value() + m_list->visualRect(anchor).top() - m_anchorTop);
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
    if (isMine(index) && !deleted) {
        menu->addSeparator();
        menu->addAction(tr("Edit"), this, [this, id] { Q_EMIT editRequested(id); });
        QAction *remove
            = menu->addAction(tr("Delete…"), this, [this, id] { Q_EMIT deleteRequested(id); });
        remove->setShortcut(QKeySequence(QKeySequence::Delete));
    } else if (!deleted && id > 0) {
        // Someone else's comment: report it, or block its author.
        User author;
        author.id = index.data(CommentModel::AuthorIdRole).toLongLong();
        author.handle = index.data(CommentModel::AuthorHandleRole).toString();
        author.displayName = index.data(CommentModel::AuthorNameRole).toString();
        menu->addSeparator();
        menu->addAction(
            tr("Report comment…"), this, [this, id] { Q_EMIT reportCommentRequested(id); });
        menu->addAction(
            tr("Block %1…").arg(PersonText::isolated(author.displayName).replace(u'&', u"&&"_s)),
            this, [this, author] { Q_EMIT blockRequested(author); });
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
    if (event->type() == QEvent::ContextMenu
        && (watched == m_list || watched == m_list->viewport())) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QModelIndex index;
        QPoint position;
        if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
            index = m_list->currentIndex();
            position = m_list->viewport()->mapToGlobal(
                m_list->visualRect(index).topLeft() + QPoint(24, 24));
        } else {
            const QPoint inViewport = watched == m_list
                ? m_list->viewport()->mapFrom(m_list, menuEvent->pos())
                : menuEvent->pos();
            index = m_list->indexAt(inViewport);
            position = menuEvent->globalPos();
        }
        popUpMenu(index, position);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth
