#include "NotificationModel.h"

#include "NotificationWording.h"
#include "PostWording.h"
#include "RoleNames.h"
#include "sync/NotificationCenter.h"

namespace Hearth {

NotificationModel::NotificationModel(NotificationCenter *center, QObject *parent)
    : QAbstractListModel(parent), m_center(center)
{
    if (m_center)
        connect(m_center, &NotificationCenter::changed, this, &NotificationModel::reload);
    reload();
}

void NotificationModel::reload()
{
    beginResetModel();
    m_items = m_center ? m_center->newest() : QList<Notification>();
    foldPreviews();
    endResetModel();
}

void NotificationModel::holdUnread()
{
    for (const Notification &item : std::as_const(m_items)) {
        if (!item.read)
            m_heldUnread.insert(item.id);
    }
}

void NotificationModel::releaseUnread()
{
    if (m_heldUnread.isEmpty())
        return;
    m_heldUnread.clear();
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {ReadRole});
}

void NotificationModel::setPreviewFold(PreviewFold fold)
{
    m_fold = std::move(fold);
    foldPreviews();
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1),
            {PreviewRole, PreviewFoldedRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

void NotificationModel::foldPreviews()
{
    m_folded.clear();
    m_folded.reserve(m_items.size());
    for (const Notification &item : std::as_const(m_items))
        m_folded.append(m_fold ? m_fold(item) : QString());
}

QDateTime NotificationModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return NotificationWording::summary(item);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        Notification shown = item;
        shown.read = item.read && !m_heldUnread.contains(item.id);
        return NotificationWording::spoken(shown, now(), data(index, PreviewRole).toString());
    }
    case PreviewRole: {
        const QString &folded = m_folded.at(index.row());
        return folded.isEmpty() ? NotificationWording::preview(item) : folded;
    }
    case PreviewFoldedRole:
        return !m_folded.at(index.row()).isEmpty();
    case IdRole:
        return item.id;
    case KindRole:
        return int(item.kind);
    case ActorNameRole:
        return item.actor.displayName;
    case ActorHandleRole:
        return item.actor.handle;
    case ActorRole:
        return QVariant::fromValue(item.actor);
    case PostIdRole:
        return item.postId;
    case CommentIdRole:
        return item.commentId.value_or(0);
    case CreatedAtRole:
        return item.createdAt;
    case TimeTextRole:
        return PostWording::relativeTime(item.createdAt, now());
    case ReadRole:
        return item.read && !m_heldUnread.contains(item.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    return roleNamesFor<Role>(QAbstractListModel::roleNames());
}

} // namespace Hearth
