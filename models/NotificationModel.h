#pragma once

#include "api/Notification.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>

namespace Hearth {

class NotificationCenter;

// The person's notifications, newest first, as the cache holds them (NotificationCenter),
// for the notifications page. Read again whole when the center says they changed: a couple
// of hundred rows at most.
//
// Roles: Qt::DisplayRole, what happened ("River replied to your post"); Qt::ToolTipRole and
// Qt::AccessibleTextRole, that and when, and whether it is unread; and the Role values below.
class NotificationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        KindRole, // NotificationKind as int
        ActorNameRole, // QString: the person's display name
        PostIdRole, // qint64
        CommentIdRole, // qint64, 0 when none
        CreatedAtRole, // QDateTime (UTC)
        TimeTextRole, // QString: "3 min ago"
        ReadRole, // bool
    };
    Q_ENUM(Role)

    explicit NotificationModel(NotificationCenter *center, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Notification &at(int row) const { return m_items.at(row); }
    // Reads the list again from the cache.
    void reload();
    // The rows unread now keep showing unread (ReadRole false) until releaseUnread(), though
    // they are marked read meanwhile: the page marks what it shows read as it opens, and the
    // person still sees which ones are new.
    void holdUnread();
    void releaseUnread();
    // The time relative texts are measured from (the clock by default), for tests.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime now() const;

    NotificationCenter *m_center;
    QList<Notification> m_items;
    QSet<qint64> m_heldUnread;
    QDateTime m_now;
};

} // namespace Hearth
