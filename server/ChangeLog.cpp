#include "ChangeLog.h"

#include "Sql.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

ChangeLog::ChangeLog(const QSqlDatabase &db) : m_db(db) { }

qint64 ChangeLog::next(const QList<qint64> &topicIds)
{
    const QVariant seq = Sql::scalar(
        m_db, u"UPDATE meta SET value = value + 1 WHERE key = 'change_seq' RETURNING value"_s);
    m_touched.last = seq.toLongLong();
    m_touched.shared = true;
    for (qint64 id : topicIds)
        m_touched.topicIds.insert(id);
    return m_touched.last;
}

qint64 ChangeLog::nextFor(qint64 userId)
{
    const QVariant seq = Sql::scalar(
        m_db, u"UPDATE meta SET value = value + 1 WHERE key = 'change_seq' RETURNING value"_s);
    m_touched.last = seq.toLongLong();
    m_touched.userIds.insert(userId);
    return m_touched.last;
}

qint64 ChangeLog::current() const
{
    return Sql::scalar(m_db, u"SELECT value FROM meta WHERE key = 'change_seq'"_s).toLongLong();
}

void ChangeLog::recordDeparture(qint64 postId, qint64 seq, const QList<qint64> &topicIds)
{
    for (qint64 topicId : topicIds) {
        Sql::exec(m_db,
            u"INSERT INTO post_departures (post_id, topic_id, seq) VALUES (?, ?, ?) "
            "ON CONFLICT (post_id, topic_id) DO UPDATE SET seq = excluded.seq"_s,
            {postId, topicId, seq});
    }
}

void ChangeLog::recordDeletion(qint64 postId, qint64 seq, const QList<qint64> &topicIds)
{
    m_touched.deletion = true;
    QStringList ids;
    for (qint64 id : topicIds)
        ids.append(QString::number(id));
    Sql::exec(m_db,
        u"INSERT INTO deleted_posts (post_id, seq, topic_ids) VALUES (?, ?, ?) "
        "ON CONFLICT (post_id) DO UPDATE SET seq = excluded.seq, topic_ids = excluded.topic_ids"_s,
        {postId, seq, QString(u","_s + ids.join(u',') + u","_s)});
}

ChangeLog::Window ChangeLog::since(
    qint64 since, const QList<qint64> &topicIds, int maxPosts, int maxTopics) const
{
    Window window;
    const qint64 now = current();
    window.upTo = now;

    // Changed and deleted posts, merged in sequence order, capped together.
    struct Event
    {
        qint64 seq;
        qint64 postId;
        bool deleted;
    };
    QList<Event> events;
    QVariantList values{since};
    QString topicFilter;
    if (!topicIds.isEmpty()) {
        const QString in = Sql::placeholders(topicIds.size());
        topicFilter
            = u" AND (id IN (SELECT post_id FROM post_topics WHERE topic_id IN (%1))"
              " OR id IN (SELECT post_id FROM post_departures WHERE topic_id IN (%1)))"_s.arg(in);
        for (int pass = 0; pass < 2; ++pass) {
            for (qint64 id : topicIds)
                values.append(id);
        }
    }
    values.append(maxPosts + 1);
    QSqlQuery changed = Sql::exec(m_db,
        u"SELECT seq, id FROM posts WHERE seq > ?%1 ORDER BY seq LIMIT ?"_s.arg(topicFilter),
        values);
    while (changed.next())
        events.append({changed.value(0).toLongLong(), changed.value(1).toLongLong(), false});

    QSqlQuery deleted = Sql::exec(m_db,
        u"SELECT seq, post_id FROM deleted_posts WHERE seq > ? ORDER BY seq LIMIT ?"_s,
        {since, maxPosts + 1});
    while (deleted.next())
        events.append({deleted.value(0).toLongLong(), deleted.value(1).toLongLong(), true});
    std::sort(
        events.begin(), events.end(), [](const Event &a, const Event &b) { return a.seq < b.seq; });
    if (events.size() > maxPosts) {
        events.resize(maxPosts);
        window.more = true;
        window.upTo = events.last().seq;
    }
    // Topics whose counts changed within the window, capped too. Several topics share the
    // number of the post that touched them, so a cap cuts before that number, never
    // through it.
    QVariantList topicValues{since, window.upTo};
    QString topicFilter2;
    if (!topicIds.isEmpty()) {
        topicFilter2 = u" AND id IN (%1)"_s.arg(Sql::placeholders(topicIds.size()));
        for (qint64 id : topicIds)
            topicValues.append(id);
    }
    topicValues.append(maxTopics + 1);
    QSqlQuery topics = Sql::exec(m_db,
        u"SELECT id, seq FROM topics WHERE seq > ? AND seq <= ?%1 ORDER BY seq LIMIT ?"_s.arg(
            topicFilter2),
        topicValues);
    QList<std::pair<qint64, qint64>> changedTopics;
    while (topics.next())
        changedTopics.append({topics.value(0).toLongLong(), topics.value(1).toLongLong()});
    if (changedTopics.size() > maxTopics) {
        window.more = true;
        window.upTo = changedTopics.last().second - 1;
    }
    for (const auto &[id, seq] : std::as_const(changedTopics)) {
        if (seq <= window.upTo)
            window.changedTopicIds.append(id);
    }
    for (const Event &event : std::as_const(events)) {
        if (event.seq > window.upTo)
            continue;
        if (event.deleted)
            window.deletedPostIds.append(event.postId);
        else
            window.changedPostIds.append(event.postId);
    }
    return window;
}

} // namespace Hearth
