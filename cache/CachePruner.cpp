#include "CachePruner.h"

#include "CacheSql.h"
#include "CacheTransaction.h"
#include "FeedCache.h"
#include "api/Hashtags.h"

#include <QHash>
#include <QSettings>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Pages of the search index written per merge step: a few megabytes, a short transaction.
constexpr int MergePagesPerStep = 500;
// How far below the bound a pass aims.
constexpr double Headroom = 0.1;

qint64 pragma(const QSqlDatabase &db, const QString &name)
{
    return CacheSql::scalar(db, u"PRAGMA main."_s + name).toLongLong();
}

// Ids are numbers: written into the statement, a batch needs no temporary table.
QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return numbers.join(u',');
}

// The condition, on posts p, under which a post may go: what the policy keeps whatever the
// bound is not.
QString prunable()
{
    return u"p.id > 0 AND p.local_state = 0 AND p.author_id <> ? "
           "AND p.id NOT IN (SELECT post_id FROM my_reactions) "
           "AND p.id NOT IN (SELECT post_id FROM opened_posts WHERE opened_at >= ?) "
           "AND p.id NOT IN (SELECT post_id FROM temp.prune_keep)"_s;
}

struct Position
{
    qint64 createdAt = 0;
    qint64 id = 0;
    bool operator<(const Position &other) const
    {
        return createdAt != other.createdAt ? createdAt < other.createdAt : id < other.id;
    }
};

// The latest feeds of slug lost posts down to cut (the newest one removed): what is older
// leaves the topic's feeds, and so do the page ends at or below the cut, whose cursors would
// skip what was removed. Each feed then goes on from the page that ends above the cut
// (FeedCache::serverCursor()); its last cursor, used when no page end is noted, is set to
// that page's too, or forgotten (the feed's next first page gives it one again).
void cutLatest(const QSqlDatabase &db, const QString &slug, const Position &cut)
{
    CacheSql::exec(db,
        u"DELETE FROM post_topics WHERE slug = ? AND (created_at, post_id) <= (?, ?)"_s,
        {slug, cut.createdAt, cut.id});
    CacheSql::exec(db,
        u"DELETE FROM feed_pages WHERE slug = ? AND sort = 'latest' "
        "AND (end_created_at, end_post_id) <= (?, ?)"_s,
        {slug, cut.createdAt, cut.id});
    QSqlQuery kinds = CacheSql::exec(
        db, u"SELECT kind FROM feed_cursors WHERE slug = ? AND sort = 'latest'"_s, {slug});
    QStringList feeds;
    while (kinds.next())
        feeds.append(kinds.value(0).toString());
    kinds.finish();
    for (const QString &kind : std::as_const(feeds)) {
        const QVariant deepest = CacheSql::scalar(db,
            u"SELECT next_cursor FROM feed_pages WHERE slug = ? AND kind = ? AND sort = 'latest' "
            "ORDER BY end_created_at, end_post_id LIMIT 1"_s,
            {slug, kind});
        if (deepest.isValid()) {
            CacheSql::exec(db,
                u"UPDATE feed_cursors SET cursor = ?, updated_at = ? "
                "WHERE slug = ? AND kind = ? AND sort = 'latest'"_s,
                {deepest.toString(), CacheSql::nowMs(), slug, kind});
        } else {
            CacheSql::exec(db,
                u"DELETE FROM feed_cursors WHERE slug = ? AND kind = ? AND sort = 'latest'"_s,
                {slug, kind});
        }
    }
}

// The trending ranking of (slug, kind) lost the post at rank: the ranking keeps what is
// above the last whole page kept, and its cursor goes back to that page's.
void cutTrending(const QSqlDatabase &db, const QString &slug, const QString &kind, int rank)
{
    int keepBelow = rank;
    const QString cursor = CacheSql::scalar(db,
        u"SELECT cursor FROM feed_cursors WHERE slug = ? AND kind = ? AND sort = 'trending'"_s,
        {slug, kind})
                               .toString();
    const bool above = !cursor.isEmpty()
        && CacheSql::scalar(db,
            u"SELECT 1 FROM feed_pages WHERE slug = ? AND kind = ? AND sort = 'trending' "
            "AND next_cursor = ? AND end_rank < ?"_s,
            {slug, kind, cursor, rank})
               .isValid();
    if (!above) {
        QSqlQuery restored = CacheSql::exec(db,
            u"SELECT next_cursor, end_rank FROM feed_pages WHERE slug = ? AND kind = ? "
            "AND sort = 'trending' AND end_rank < ? ORDER BY end_rank DESC LIMIT 1"_s,
            {slug, kind, rank});
        if (restored.next()) {
            const QString next = restored.value(0).toString();
            keepBelow = restored.value(1).toInt() + 1;
            restored.finish();
            CacheSql::exec(db,
                u"UPDATE feed_cursors SET cursor = ?, updated_at = ? "
                "WHERE slug = ? AND kind = ? AND sort = 'trending'"_s,
                {next, CacheSql::nowMs(), slug, kind});
        } else {
            restored.finish();
            keepBelow = 0;
            CacheSql::exec(db,
                u"DELETE FROM feed_cursors WHERE slug = ? AND kind = ? AND sort = 'trending'"_s,
                {slug, kind});
        }
    }
    CacheSql::exec(db, u"DELETE FROM trending_ranks WHERE slug = ? AND kind = ? AND rank >= ?"_s,
        {slug, kind, keepBelow});
    CacheSql::exec(db,
        u"DELETE FROM feed_pages WHERE slug = ? AND kind = ? AND sort = 'trending' "
        "AND end_rank >= ?"_s,
        {slug, kind, keepBelow});
}

} // namespace

void CachePruner::Policy::hold(const QString &name)
{
    const QStringList parts = name.split(u':');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        bool ok = false;
        const qint64 id = parts.at(i + 1).toLongLong(&ok);
        if (!ok)
            continue;
        if (parts.at(i) == u"post")
            heldPostIds.insert(id);
        else if (parts.at(i) == u"comment")
            heldCommentIds.insert(id);
        return;
    }
}

QString CachePruner::settingsKey()
{
    return u"cache/maxMegabytes"_s;
}

qint64 CachePruner::maxBytes(const QSettings &settings)
{
    bool ok = false;
    const qint64 megabytes = settings.value(settingsKey()).toLongLong(&ok);
    if (!ok || megabytes <= 0)
        return DefaultMaxBytes;
    return std::max(megabytes * 1024 * 1024, MinMaxBytes);
}

CachePruner::CachePruner(const QSqlDatabase &db) : m_db(db) { }

qint64 CachePruner::usedBytes() const
{
    return CacheSql::read("CachePruner::usedBytes", qint64(0), [&] {
        return (pragma(m_db, u"page_count"_s) - pragma(m_db, u"freelist_count"_s))
            * pragma(m_db, u"page_size"_s);
    });
}

qint64 CachePruner::fileBytes() const
{
    return CacheSql::read("CachePruner::fileBytes", qint64(0),
        [&] { return pragma(m_db, u"page_count"_s) * pragma(m_db, u"page_size"_s); });
}

bool CachePruner::start(const Policy &policy)
{
    m_policy = policy;
    m_policy.batchSize = std::max(1, policy.batchSize);
    m_report = {};
    m_candidates.clear();
    m_next = 0;
    m_toRemove = 0;
    m_merging = false;
    m_running = false;
    m_report.bytesBefore = usedBytes();
    m_report.fileBytesBefore = fileBytes();
    m_report.bytesAfter = m_report.bytesBefore;
    m_report.fileBytesAfter = m_report.fileBytesBefore;
    m_report.bounded = m_report.bytesBefore <= m_policy.maxBytes;
    if (m_report.bounded)
        return false;

    const bool ready = CacheSql::read("CachePruner::start", false, [&] {
        m_report.postsBefore = CacheSql::scalar(m_db, u"SELECT count(*) FROM posts"_s).toInt();
        CacheSql::exec(
            m_db, u"CREATE TEMP TABLE IF NOT EXISTS prune_keep (post_id INTEGER PRIMARY KEY)"_s);
        CacheSql::exec(m_db, u"DELETE FROM temp.prune_keep"_s);
        QSqlQuery keep
            = CacheSql::prepare(m_db, u"INSERT OR IGNORE INTO temp.prune_keep VALUES (?)"_s);
        for (qint64 id : std::as_const(m_policy.heldPostIds))
            CacheSql::run(keep, {id});
        QSqlQuery commented = CacheSql::prepare(m_db,
            u"INSERT OR IGNORE INTO temp.prune_keep SELECT post_id FROM comments WHERE id = ?"_s);
        for (qint64 id : std::as_const(m_policy.heldCommentIds))
            CacheSql::run(commented, {id});

        // The feeds being read are kept whole.
        QStringList reading;
        QSqlQuery fetched = CacheSql::exec(m_db,
            u"SELECT DISTINCT slug FROM feed_cursors WHERE updated_at >= ?"_s,
            {CacheSql::nowMs() - m_policy.readingWithinMs});
        while (fetched.next())
            reading.append(fetched.value(0).toString());
        fetched.finish();
        for (const QString &topic : std::as_const(m_policy.openTopics))
            reading.append(Hashtags::slug(topic));
        QSqlQuery whole = CacheSql::prepare(m_db,
            u"INSERT OR IGNORE INTO temp.prune_keep SELECT post_id FROM post_topics WHERE slug = ? "
            "UNION SELECT post_id FROM trending_ranks WHERE slug = ?"_s);
        for (const QString &slug : std::as_const(reading))
            CacheSql::run(whole, {slug, slug});

        // The feeds the person reads: the topics they joined and the ones whose feed they
        // opened recently (a refresh notes its first page).
        QStringList slugs;
        QSqlQuery readTopics = CacheSql::exec(m_db,
            u"SELECT slug FROM topics WHERE joined = 1 "
            "UNION SELECT slug FROM feed_cursors WHERE updated_at >= ?"_s,
            {CacheSql::nowMs() - m_policy.openedWithinMs});
        while (readTopics.next())
            slugs.append(readTopics.value(0).toString());
        readTopics.finish();
        slugs.removeDuplicates();
        QSqlQuery newest = CacheSql::prepare(m_db,
            u"INSERT OR IGNORE INTO temp.prune_keep SELECT post_id FROM post_topics "
            "WHERE slug = ? ORDER BY created_at DESC, post_id DESC LIMIT ?"_s);
        QSqlQuery ranked = CacheSql::prepare(m_db,
            u"INSERT OR IGNORE INTO temp.prune_keep SELECT post_id FROM trending_ranks "
            "WHERE slug = ? AND rank < ?"_s);
        for (const QString &slug : std::as_const(slugs)) {
            if (slug.isEmpty())
                continue;
            CacheSql::run(newest, {slug, m_policy.keepPerTopic});
            CacheSql::run(ranked, {slug, m_policy.keepPerTopic});
        }

        // Oldest read first: a post counts as read when it was written or, if later, when
        // the person last opened it.
        QSqlQuery candidates = CacheSql::exec(m_db,
            u"SELECT p.id FROM posts p LEFT JOIN opened_posts o ON o.post_id = p.id WHERE "_s
                + prunable() + u" ORDER BY max(p.created_at, coalesce(o.opened_at, 0)), p.id"_s,
            {m_policy.myUserId, CacheSql::nowMs() - m_policy.openedWithinMs});
        while (candidates.next())
            m_candidates.append(candidates.value(0).toLongLong());
        return true;
    });
    if (!ready) {
        m_report.failed = true;
        return false;
    }
    // Posts take the cache's bytes about evenly. The pass aims a tenth below the bound, so
    // that the next posts stored do not make the next pass due at once.
    const double goal = m_policy.maxBytes * (1.0 - Headroom);
    const double share = (m_report.bytesBefore - goal) / m_report.bytesBefore;
    m_toRemove = int(std::ceil(m_report.postsBefore * share));
    if (m_candidates.isEmpty()) {
        finish();
        return false;
    }
    m_running = true;
    return true;
}

bool CachePruner::step()
{
    if (!m_running)
        return false;
    if (!m_merging) {
        // Posts go until the share of them that the bound asks for is gone: what is in use
        // lags behind the removals (the search index keeps deleted entries until its segments
        // are merged), so the bytes alone would prune far past the bound.
        if (m_report.postsRemoved < m_toRemove && m_next < m_candidates.size()
            && usedBytes() > m_policy.maxBytes * (1.0 - Headroom)) {
            const QList<qint64> batch = m_candidates.mid(m_next, m_policy.batchSize);
            m_next += batch.size();
            if (!removeBatch(batch)) {
                m_report.failed = true;
                finish();
                return false;
            }
            ++m_report.batches;
            return true;
        }
        m_merging = true;
    }
    // Then the search index merges its segments a bounded amount at a time, which drops the
    // entries of the posts removed and frees their pages, until it has nothing left to do.
    bool merged = false;
    const bool ok = CacheSql::transact(m_db, "CachePruner::mergeIndex", [&] {
        const qint64 before = CacheSql::scalar(m_db, u"SELECT total_changes()"_s).toLongLong();
        CacheSql::exec(m_db, u"INSERT INTO posts_fts (posts_fts, rank) VALUES ('merge', ?)"_s,
            {-MergePagesPerStep});
        merged = CacheSql::scalar(m_db, u"SELECT total_changes()"_s).toLongLong() - before >= 2;
        return true;
    });
    if (!ok)
        m_report.failed = true;
    if (ok && merged) {
        ++m_report.merges;
        return true;
    }
    finish();
    return false;
}

CachePruner::Report CachePruner::prune(const Policy &policy)
{
    if (start(policy)) {
        while (step()) { }
    }
    return m_report;
}

bool CachePruner::removeBatch(const QList<qint64> &batch)
{
    return CacheSql::transact(m_db, "CachePruner::removeBatch", [&] {
        const QString list = idList(batch);
        // Checked again in this transaction: the person may have reacted or written since.
        QSqlQuery still = CacheSql::exec(m_db,
            u"SELECT p.id FROM posts p WHERE p.id IN (%1) AND "_s.arg(list) + prunable(),
            {m_policy.myUserId, CacheSql::nowMs() - m_policy.openedWithinMs});
        QList<qint64> ids;
        while (still.next())
            ids.append(still.value(0).toLongLong());
        still.finish();
        if (ids.isEmpty())
            return true;
        const QString removed = idList(ids);

        // Where each feed loses posts: the newest position per topic, the best rank per
        // ranking.
        QHash<QString, Position> latestCuts;
        QSqlQuery links = CacheSql::exec(m_db,
            u"SELECT slug, created_at, post_id FROM post_topics WHERE post_id IN (%1)"_s.arg(
                removed));
        while (links.next()) {
            const Position position{links.value(1).toLongLong(), links.value(2).toLongLong()};
            Position &cut = latestCuts[links.value(0).toString()];
            cut = std::max(cut, position);
        }
        links.finish();
        QList<std::tuple<QString, QString, int>> trendingCuts;
        QSqlQuery ranks = CacheSql::exec(m_db,
            u"SELECT slug, kind, min(rank) FROM trending_ranks WHERE post_id IN (%1) "
            "GROUP BY slug, kind"_s.arg(removed));
        while (ranks.next()) {
            trendingCuts.append(
                {ranks.value(0).toString(), ranks.value(1).toString(), ranks.value(2).toInt()});
        }
        ranks.finish();

        if (!FeedCache(m_db).removePosts(ids))
            throw CacheSql::Error(u"removing the posts failed"_s);
        CacheSql::exec(m_db, u"DELETE FROM opened_posts WHERE post_id IN (%1)"_s.arg(removed));
        for (auto it = latestCuts.cbegin(); it != latestCuts.cend(); ++it)
            cutLatest(m_db, it.key(), it.value());
        for (const auto &[slug, kind, rank] : std::as_const(trendingCuts))
            cutTrending(m_db, slug, kind, rank);
        m_report.postsRemoved += int(ids.size());
        return true;
    });
}

void CachePruner::finish()
{
    m_running = false;
    m_candidates.clear();
    CacheSql::transact(m_db, "CachePruner::finish", [&] {
        CacheSql::exec(m_db, u"DELETE FROM temp.prune_keep"_s);
        // Openings of posts no longer cached are forgotten once they are old.
        CacheSql::exec(m_db,
            u"DELETE FROM opened_posts WHERE opened_at < ? "
            "AND post_id NOT IN (SELECT id FROM posts)"_s,
            {CacheSql::nowMs() - m_policy.openedWithinMs});
        return true;
    });
    m_report.bytesAfter = usedBytes();
    m_report.fileBytesAfter = fileBytes();
    m_report.bounded = m_report.bytesAfter <= m_policy.maxBytes;
}

} // namespace Hearth
