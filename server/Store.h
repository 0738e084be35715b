#pragma once

#include "AccountStore.h"
#include "ChangeLog.h"
#include "CommentStore.h"
#include "Database.h"
#include "IdempotencyStore.h"
#include "MediaStore.h"
#include "NotificationStore.h"
#include "PostStore.h"
#include "ProfileStore.h"
#include "RateEvents.h"
#include "SafetyStore.h"
#include "SearchStore.h"
#include "TopicStore.h"

#include <memory>

namespace Hearth {

// All of the server's storage, behind one seam: the routes see only these stores and
// never SQL. The same stores run on SQLite and on PostgreSQL (Database, Sql::Dialect).
class Store
{
public:
    Store();
    ~Store();

    // Opens the database at location: an SQLite file's path or a PostgreSQL URL (Database).
    bool open(const QString &location);
    QString errorString() const { return m_database.errorString(); }
    QSqlDatabase connection() const { return m_database.connection(); }
    Database &database() { return m_database; }

    AccountStore &accounts() { return *m_accounts; }
    TopicStore &topics() { return *m_topics; }
    PostStore &posts() { return *m_posts; }
    CommentStore &comments() { return *m_comments; }
    MediaStore &media() { return *m_media; }
    SafetyStore &safety() { return *m_safety; }
    ChangeLog &changes() { return *m_changes; }
    IdempotencyStore &idempotency() { return *m_idempotency; }
    SearchStore &search() { return *m_search; }
    NotificationStore &notifications() { return *m_notifications; }
    ProfileStore &profiles() { return *m_profiles; }
    // Where rate limits count: this process's memory on SQLite (one process), the database
    // on PostgreSQL (every process), through a connection of their own.
    RateEvents &rateEvents() { return *m_rateEvents; }

private:
    Database m_database;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<TopicStore> m_topics;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<PostStore> m_posts;
    std::unique_ptr<CommentStore> m_comments;
    std::unique_ptr<SafetyStore> m_safety;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<SearchStore> m_search;
    std::unique_ptr<NotificationStore> m_notifications;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<RateEvents> m_rateEvents;
};

} // namespace Hearth
