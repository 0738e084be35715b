#pragma once

#include "api/Notification.h"

#include <QObject>

namespace Hearth {

class ApiClient;
class FeedCache;
class Outbox;
class SyncEngine;

// The signed-in person's notifications on this client: it learns the unread count and the
// newest id from every /changes answer (SyncEngine::notificationsReported()), reads the list
// again (GET /notifications) when either moved, keeps both in the cache (NotificationCache),
// and marks read through the outbox, so that a mark made offline reaches the server later.
//
// Entries newer than any seen before are told once (arrived()), for the desktop: none of
// those the person already had when this client first learnt of their notifications.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    // The newest entries read at once from the server, and kept.
    static constexpr int PageSize = 50;

    // outbox is null when signed out: then there is nothing to show or mark.
    NotificationCenter(FeedCache &feed, ApiClient &api, SyncEngine &sync, Outbox *outbox,
        QObject *parent = nullptr);

    NotificationState state() const;
    QList<Notification> newest() const;
    bool isSignedIn() const { return m_outbox != nullptr; }

    // Reads the newest entries from the server (not while one read runs, nor signed out or
    // with the network off).
    void refresh();
    // Marks everything shown read, for every device of the person.
    void markAllRead();

Q_SIGNALS:
    // The count or the list changed in the cache.
    void changed();
    // Entries newer than any told before, newest first, none from someone blocked here.
    void arrived(const QList<Hearth::Notification> &fresh);

private:
    void reported(const NotificationState &state);

    FeedCache &m_feed;
    ApiClient &m_api;
    SyncEngine &m_sync;
    Outbox *m_outbox; // lives as long as the cache this center is built on
    bool m_fetching = false;
    bool m_again = false; // asked again while a read ran
};

} // namespace Hearth
