#include "NotificationsPage.h"

#include "NotificationDelegate.h"
#include "models/NotificationModel.h"
#include "sync/NotificationCenter.h"
#include "ui/look/Metrics.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
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

void NotificationsPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 postId = index.data(NotificationModel::PostIdRole).toLongLong();
    const qint64 commentId = index.data(NotificationModel::CommentIdRole).toLongLong();
    Q_EMIT locationRequested(
        commentId > 0 ? Location::comment(postId, commentId) : Location::post(postId));
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
