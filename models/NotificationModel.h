#pragma once

#include "api/Notification.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>

#include <functional>

namespace Hearth {

class NotificationCenter;

// The person's notifications, newest first, as the cache holds them (NotificationCenter),
// for the notifications page. Read again whole when the center says they changed: a couple
// of hundred rows at most.
//
// Roles: Qt::DisplayRole, what happened ("River replied to your post"); Qt::ToolTipRole and
// Qt::AccessibleTextRole, that, its preview and when, and whether it is unread; and the Role
// values below.
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
        // QString: the line under what happened: the post's title and the first words of the
        // comment or post ("“Small steps”: Twice is wonderful…"), or, when they may not show,
        // why (PreviewFoldedRole)
        PreviewRole,
        PreviewFoldedRole, // bool: PreviewRole says why there is no preview
        ActorHandleRole, // QString
        ActorRole, // User: the person, whole
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
    // Says why an entry's preview may not show (a content warning, a muted word, a sensitive
    // topic: the fold's summary), or nothing when it may. Unset, every preview shows. Asked
    // once per entry, here and when the list is read again.
    using PreviewFold = std::function<QString(const Notification &)>;
    void setPreviewFold(PreviewFold fold);
    // The time relative texts are measured from (the clock by default), for tests.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime now() const;
    // Asks the fold of every entry.
    void foldPreviews();

    NotificationCenter *m_center;
    QList<Notification> m_items;
    QSet<qint64> m_heldUnread;
    QDateTime m_now;
    PreviewFold m_fold;
    QList<QString> m_folded; // per row: why its preview does not show; empty when it does
};

} // namespace Hearth
