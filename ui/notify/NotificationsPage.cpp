#include "NotificationsPage.h"

#include "NotificationDelegate.h"
#include "api/PersonText.h"
#include "models/NotificationModel.h"
#include "sync/NotificationCenter.h"
#include "ui/look/ItemMenuPlace.h"
#include "ui/look/Metrics.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Enter on a row opens it, as a click does (a list view's own Enter only edits).
class NotificationList : public QListView
{
public:
    using QListView::QListView;
    std::function<void(const QModelIndex &)> opened;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && currentIndex().isValid() && opened) {
            opened(currentIndex());
            return;
        }
        QListView::keyPressEvent(event);
    }
};

} // namespace

NotificationsPage::NotificationsPage(NotificationCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_model(new NotificationModel(center, this))
    , m_title(new QLabel(tr("Notifications"), this))
    , m_stack(new QStackedWidget(this))
    , m_list(new NotificationList(this))
    , m_state(new QLabel(this))
    , m_delegate(new NotificationDelegate(this))
{
    setObjectName(u"notificationsPage"_s);
    m_title->setFont(Metrics::font(Metrics::TextRole::PageTitle, font()));
    m_title->setAccessibleName(m_title->text());
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Notifications"));
    static_cast<NotificationList *>(m_list)->opened = [this](const QModelIndex &index) {
        activate(index);
    };
    connect(m_list, &QListView::clicked, this, &NotificationsPage::activate);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    connect(m_delegate, &NotificationDelegate::avatarsChanged, m_list->viewport(),
        qOverload<>(&QWidget::update));
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_state);

    // One column at the reading width, as the other pages.
    auto *column = new QWidget(this);
    column->setMaximumWidth(Metrics::readingWidthMaximum);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, Metrics::spaceXL, 0, 0);
    columnLayout->setSpacing(Metrics::spaceL);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Metrics::spaceXL, 0, Metrics::spaceXL, 0);
    layout->addStretch(0);
    layout->addWidget(column, 1);
    layout->addStretch(0);

    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsPage::updateState);
    updateState();
}

QString NotificationsPage::stateText() const
{
    return m_stack->currentWidget() == m_state ? m_state->text() : QString();
}

void NotificationsPage::focusList()
{
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    m_list->setFocus(Qt::OtherFocusReason);
}

void NotificationsPage::setImages(MediaImageCache *images)
{
    m_delegate->setImages(images);
}

QModelIndex NotificationsPage::avatarAt(const QPoint &position) const
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    option.rect = m_list->visualRect(index);
    return NotificationDelegate::layout(option).avatar.contains(position) ? index : QModelIndex();
}

void NotificationsPage::openActor(const QModelIndex &index)
{
    const QString handle = index.data(NotificationModel::ActorHandleRole).toString();
    if (!handle.isEmpty())
        Q_EMIT locationRequested(Location::profile(handle));
}

QMenu *NotificationsPage::createMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (!index.isValid())
        return menu;
    // Where each entry goes, taken now: the list may be read again while the menu is open.
    menu->addAction(
        tr("Open"), this, [this, where = placeOf(index)] { Q_EMIT locationRequested(where); });
    if (const QString handle = index.data(NotificationModel::ActorHandleRole).toString();
        !handle.isEmpty()) {
        //: %1 is the person a notification is about
        menu->addAction(
            tr("View %1’s profile")
                .arg(PersonText::inMenu(index.data(NotificationModel::ActorNameRole).toString())),
            this, [this, handle] { Q_EMIT locationRequested(Location::profile(handle)); });
    }
    return menu;
}

bool NotificationsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            // The pointing hand over an avatar: it opens the person's page.
            const QPoint at = static_cast<QMouseEvent *>(event)->position().toPoint();
            if (avatarAt(at).isValid())
                m_list->viewport()->setCursor(Qt::PointingHandCursor);
            else
                m_list->viewport()->unsetCursor();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton) {
                if (const QModelIndex index = avatarAt(mouse->position().toPoint());
                    index.isValid()) {
                    openActor(index);
                    return true;
                }
            }
        }
    }
    if (event->type() == QEvent::ContextMenu
        && (watched == m_list || watched == m_list->viewport())) {
        const ItemMenuPlace place
            = ItemMenuPlace::of(m_list, static_cast<QContextMenuEvent *>(event));
        if (place.index.isValid()) {
            QMenu *menu = createMenu(place.index, this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(place.globalPosition);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void NotificationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT seen();
}

void NotificationsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Left, what was new is read: the next visit shows it so.
    m_model->releaseUnread();
}

Location NotificationsPage::placeOf(const QModelIndex &index)
{
    const qint64 postId = index.data(NotificationModel::PostIdRole).toLongLong();
    const qint64 commentId = index.data(NotificationModel::CommentIdRole).toLongLong();
    return commentId > 0 ? Location::comment(postId, commentId) : Location::post(postId);
}

void NotificationsPage::activate(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT locationRequested(placeOf(index));
}

void NotificationsPage::updateState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_list);
        return;
    }
    if (!m_center || !m_center->isSignedIn()) {
        m_state->setText(tr("Sign in to see when someone replies to you, reacts to your posts "
                            "or mentions you."));
    } else {
        m_state->setText(tr("Nothing yet. When someone replies to you, reacts to your posts or "
                            "mentions you, it shows here."));
    }
    m_stack->setCurrentWidget(m_state);
}

} // namespace Hearth
