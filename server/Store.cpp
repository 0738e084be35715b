#include "Store.h"

#include "Sql.h"

using namespace Qt::StringLiterals;

namespace Hearth {

Store::Store() = default;

Store::~Store()
{
    // The stores hold copies of the connection: they go before the database closes.
    m_rateEvents.reset();
    m_search.reset();
    m_notifications.reset();
    m_profiles.reset();
    m_idempotency.reset();
    m_changes.reset();
    m_safety.reset();
    m_comments.reset();
    m_posts.reset();
    m_media.reset();
    m_topics.reset();
    m_accounts.reset();
    m_database.close();
}

bool Store::open(const QString &location)
{
    if (!m_database.open(location))
        return false;
    const QSqlDatabase db = m_database.connection();
    m_accounts = std::make_unique<AccountStore>(db);
    m_topics = std::make_unique<TopicStore>(db);
    m_media = std::make_unique<MediaStore>(db);
    m_posts = std::make_unique<PostStore>(db, *m_media);
    m_comments = std::make_unique<CommentStore>(db);
    m_safety = std::make_unique<SafetyStore>(db);
    m_changes = std::make_unique<ChangeLog>(db);
    m_idempotency = std::make_unique<IdempotencyStore>(db);
    m_search = std::make_unique<SearchStore>(db);
    m_notifications = std::make_unique<NotificationStore>(db, *m_changes);
    m_profiles = std::make_unique<ProfileStore>(db, *m_media, *m_topics);
    if (Sql::dialect(db) == Sql::Dialect::PostgreSQL) {
        const QSqlDatabase own = m_database.openSibling(u"rates"_s);
        if (!own.isOpen())
            return false;
        m_rateEvents = std::make_unique<DatabaseRateEvents>(own);
    } else {
        m_rateEvents = std::make_unique<MemoryRateEvents>();
    }
    return true;
}

} // namespace Hearth
