#pragma once

#include "api/Notification.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Hearth {

// The person's notifications as this client holds them: the newest entries the server gave
// (GET /notifications), the server's unread count and newest id (from /changes), and what
// was read here but not yet told to the server (a mark waiting in the outbox), so that the
// bell and the page agree offline too.
//
// It also remembers up to which id entries were already announced on the desktop, so that
// an entry is announced once, and none of those the person had before signing in here.
class NotificationCache
{
public:
    // The most entries kept: older ones go when a first page is stored.
    static constexpr int MaxKept = 200;

    explicit NotificationCache(const QSqlDatabase &db);

    // Stores entries from the server. A first page (newest first) also drops the entries
    // it no longer holds from its own range: entries whose post went, aggregates replaced.
    bool store(const QList<Notification> &items, bool firstPage);
    // The newest entries, newest first, read as marked here.
    QList<Notification> newest(int limit = MaxKept) const;
    std::optional<Notification> find(qint64 id) const;

    // The server's state, as /changes or a mark's answer said.
    bool setServerState(const NotificationState &state);
    // Whether the server's state was ever stored.
    bool hasServerState() const;
    // What the bell shows: the server's, less what was read here since.
    NotificationState state() const;
    // Marks every entry up to upTo read here (a mark the outbox carries to the server).
    bool markRead(qint64 upTo);
    qint64 readMark() const;

    // The greatest id announced on the desktop (or known before announcing began).
    qint64 announcedUpTo() const;
    bool setAnnouncedUpTo(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
