#include "TopicStore.h"

#include "Cursor.h"
#include "PostgresSearch.h"
#include "Sql.h"
#include "Statements.h"
#include "api/Hashtags.h"

using namespace Qt::StringLiterals;

namespace Hearth {

TopicStore::TopicStore(const QSqlDatabase &db) : m_db(db) { }

QList<Topic> TopicStore::select(
    const QString &where, const QVariantList &values, qint64 viewerId) const
{
    QVariantList bound{viewerId};
    bound.append(values);
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT t.slug, t.name, t.tag, t.description, t.members, t.posts, t.stories, t.videos, "
        "EXISTS (SELECT 1 FROM memberships m WHERE m.topic_id = t.id AND m.user_id = ?) "
        "FROM topics t "_s
            + where,
        bound);
    QList<Topic> topics;
    while (query.next()) {
        Topic topic;
        topic.slug = query.value(0).toString();
        topic.name = query.value(1).toString();
        topic.tag = query.value(2).toString();
        topic.description = query.value(3).toString();
        topic.counts = {query.value(4).toLongLong(), query.value(5).toLongLong(),
            query.value(6).toLongLong(), query.value(7).toLongLong()};
        topic.joined = query.value(8).toBool();
        topics.append(topic);
    }
    return topics;
}

std::optional<Topic> TopicStore::topic(const QString &slug, qint64 viewerId) const
{
    const QList<Topic> found = select(u"WHERE t.slug = ?"_s, {slug}, viewerId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Topic> TopicStore::topics(const QList<qint64> &ids, qint64 viewerId) const
{
    if (ids.isEmpty())
        return {};
    QVariantList values;
    for (qint64 id : ids)
        values.append(id);
    return select(
        u"WHERE t.id IN (%1) ORDER BY t.id"_s.arg(Sql::placeholders(ids.size())), values, viewerId);
}

Result<Page<Topic>> TopicStore::topicPage(
    const QString &slugPrefix, int limit, const QString &cursor, qint64 viewerId) const
{
    QStringList conditions;
    QVariantList values;
    if (!slugPrefix.isEmpty()) {
        QString escaped = slugPrefix;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions.append(u"t.slug LIKE ? ESCAPE '\\'"_s);
        values.append(QString(escaped + u'%'));
    }
    if (!cursor.isEmpty()) {
        const auto parts = Cursor::decode(cursor, "topics", 2);
        bool ok = false;
        const qint64 members = parts ? parts->at(0).toLongLong(&ok) : 0;
        if (!ok)
            return ApiError(ApiError::Code::BadRequest, u"The cursor is not valid."_s, u"cursor"_s);
        const QString slug = QString::fromUtf8(QByteArray::fromHex(parts->at(1)));
        conditions.append(u"(t.members < ? OR (t.members = ? AND t.slug > ?))"_s);
        values << members << members << slug;
    }
    values.append(limit + 1);
    const QString where
        = conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s);
    Page<Topic> page;
    page.items = select(where + u" ORDER BY t.members DESC, t.slug LIMIT ?"_s, values, viewerId);
    if (page.items.size() > limit) {
        page.items.resize(limit);
        const Topic &last = page.items.last();
        page.nextCursor = Cursor::encode(
            "topics", {QByteArray::number(last.counts.members), last.slug.toUtf8().toHex()});
    }
    return page;
}

std::optional<qint64> TopicStore::topicId(const QString &slug) const
{
    // On every feed page: through a kept statement.
    auto id = Statements::of(m_db).use("SELECT id FROM topics WHERE slug = ?");
    id.bind(slug);
    if (!id.next())
        return std::nullopt;
    return id.int64(0);
}

qint64 TopicStore::ensureTopic(const QString &tag, const QString &name, const QString &description)
{
    const QString slug = Hashtags::slug(tag);
    if (const auto id = topicId(slug))
        return *id;
    const QString shownName = name.isEmpty() ? tag : name;
    const qint64 id = Sql::insert(m_db,
        u"INSERT INTO topics (slug, name, tag, description) VALUES (?, ?, ?, ?)"_s,
        {slug, shownName, tag, description});
    PostgresSearch::indexTopic(m_db, id, shownName, slug, description);
    return id;
}

bool TopicStore::setMembership(qint64 topicId, qint64 userId, bool joined, qint64 seq)
{
    const QSqlQuery change = joined
        ? Sql::exec(m_db,
            u"INSERT INTO memberships (topic_id, user_id, created_at) "
            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {topicId, userId, Sql::nowMs()})
        : Sql::exec(m_db, u"DELETE FROM memberships WHERE topic_id = ? AND user_id = ?"_s,
            {topicId, userId});
    if (change.numRowsAffected() <= 0)
        return false;
    Sql::exec(m_db, u"UPDATE topics SET members = members + ?, seq = ? WHERE id = ?"_s,
        {joined ? 1 : -1, seq, topicId});
    return true;
}

void TopicStore::adjustCounts(const QList<qint64> &topicIds, PostKind kind, int delta, qint64 seq)
{
    const QString column = kind == PostKind::Story ? u"stories"_s
        : kind == PostKind::Video                  ? u"videos"_s
                                                   : u"posts"_s;
    for (qint64 id : topicIds) {
        Sql::exec(m_db,
            u"UPDATE topics SET %1 = greatest(0, %1 + ?), seq = ? WHERE id = ?"_s.arg(column),
            {delta, seq, id});
    }
}

qint64 TopicStore::insertNewsletter(
    qint64 topicId, const QString &title, const QString &description, NewsletterCadence cadence)
{
    return Sql::insert(m_db,
        u"INSERT INTO newsletters (topic_id, title, description, cadence) "
        "VALUES (?, ?, ?, ?)"_s,
        {topicId, title, description, toWire(cadence)});
}

QList<Newsletter> TopicStore::selectNewsletters(
    const QString &where, const QVariantList &values, qint64 viewerId) const
{
    QVariantList bound{viewerId};
    bound.append(values);
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT n.id, t.slug, n.title, n.description, n.cadence, "
        "EXISTS (SELECT 1 FROM subscriptions s WHERE s.newsletter_id = n.id AND s.user_id = ?) "
        "FROM newsletters n JOIN topics t ON t.id = n.topic_id "_s
            + where,
        bound);
    QList<Newsletter> list;
    while (query.next()) {
        list.append(Newsletter{query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(),
            newsletterCadenceFromWire(query.value(4).toString())
                .value_or(NewsletterCadence::Weekly),
            query.value(5).toBool()});
    }
    return list;
}

Result<Page<Newsletter>> TopicStore::newsletterPage(
    qint64 topicId, int limit, const QString &cursor, qint64 viewerId) const
{
    qint64 after = 0;
    if (!cursor.isEmpty()) {
        const auto parts = Cursor::decode(cursor, "newsletters", 2);
        bool ok = false;
        after = parts && parts->at(0) == QByteArray::number(topicId) ? parts->at(1).toLongLong(&ok)
                                                                     : 0;
        if (!ok)
            return ApiError(ApiError::Code::BadRequest, u"The cursor is not valid."_s, u"cursor"_s);
    }
    Page<Newsletter> page;
    page.items = selectNewsletters(u"WHERE n.topic_id = ? AND n.id > ? ORDER BY n.id LIMIT ?"_s,
        {topicId, after, limit + 1}, viewerId);
    if (page.items.size() > limit) {
        page.items.resize(limit);
        page.nextCursor = Cursor::encode(
            "newsletters", {QByteArray::number(topicId), QByteArray::number(page.items.last().id)});
    }
    return page;
}

std::optional<Newsletter> TopicStore::newsletter(qint64 id, qint64 viewerId) const
{
    const QList<Newsletter> found = selectNewsletters(u"WHERE n.id = ?"_s, {id}, viewerId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void TopicStore::setSubscription(qint64 newsletterId, qint64 userId, bool subscribed)
{
    if (subscribed) {
        Sql::exec(m_db,
            u"INSERT INTO subscriptions (newsletter_id, user_id, created_at) "
            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {newsletterId, userId, Sql::nowMs()});
    } else {
        Sql::exec(m_db, u"DELETE FROM subscriptions WHERE newsletter_id = ? AND user_id = ?"_s,
            {newsletterId, userId});
    }
}

} // namespace Hearth
