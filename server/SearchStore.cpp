#include "SearchStore.h"

#include "Cursor.h"
#include "PostgresSearch.h"
#include "Sql.h"
#include "api/SearchQuery.h"

#include <QCryptographicHash>
#include <QHash>

#include <bit>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

ApiError badCursor()
{
    return ApiError(ApiError::Code::BadRequest, u"The cursor is not valid."_s, u"cursor"_s);
}

// What ties a cursor to its query: a cursor of one search is refused by another, rather
// than giving some page of it.
QByteArray queryTag(const QString &match)
{
    return QCryptographicHash::hash(match.toUtf8(), QCryptographicHash::Sha256).left(8).toHex();
}

// A ranked page's place: the score of its last row (its bits, so that it compares exactly)
// and that row's id.
struct RankedCursor
{
    double score = 0;
    qint64 id = 0;
};

QString encodeRanked(const QByteArray &tag, const QString &match, const RankedCursor &at)
{
    return Cursor::encode(tag,
        {queryTag(match), QByteArray::number(std::bit_cast<qint64>(at.score)),
            QByteArray::number(at.id)});
}

std::optional<RankedCursor> decodeRanked(
    const QString &text, const QByteArray &tag, const QString &match)
{
    const auto parts = Cursor::decode(text, tag, 3);
    if (!parts || parts->at(0) != queryTag(match))
        return std::nullopt;
    bool scoreOk = false;
    bool idOk = false;
    const qint64 bits = parts->at(1).toLongLong(&scoreOk);
    RankedCursor cursor{std::bit_cast<double>(bits), parts->at(2).toLongLong(&idOk)};
    if (!scoreOk || !idOk || cursor.id <= 0 || cursor.score != cursor.score /* NaN */)
        return std::nullopt;
    return cursor;
}

// One page of ids from a query that selects (id, score), best (lowest bm25) first, ties by
// id descending; after, when given, bounds it to what follows a cursor's place.
Result<Page<qint64>> rankedPage(const QSqlDatabase &db, const QString &ranked, QVariantList values,
    const QString &match, const QByteArray &tag, int limit, const QString &cursorText)
{
    QString sql = u"SELECT id, score FROM ("_s + ranked + u") AS ranked"_s;
    if (!cursorText.isEmpty()) {
        const auto cursor = decodeRanked(cursorText, tag, match);
        if (!cursor)
            return badCursor();
        sql += u" WHERE score > ? OR (score = ? AND id < ?)"_s;
        values << cursor->score << cursor->score << cursor->id;
    }
    sql += u" ORDER BY score, id DESC LIMIT ?"_s;
    values.append(limit + 1);
    QSqlQuery query = Sql::exec(db, sql, values);
    Page<qint64> page;
    double lastScore = 0;
    while (query.next()) {
        if (page.items.size() == limit) {
            page.nextCursor = encodeRanked(tag, match, {lastScore, page.items.last()});
            break;
        }
        page.items.append(query.value(0).toLongLong());
        lastScore = query.value(1).toDouble();
    }
    return page;
}

// PostgreSQL's score of a match of q.query in alias.search, lower is better as bm25's:
// titles (weight A) count four times bodies (D), and a long text's count is damped by the
// log of its length.
QString postgresScore(QStringView alias)
{
    return u"-ts_rank('{0.25, 0, 0, 1}', %1.search, q.query, 1)::float8"_s.arg(alias);
}

QString likePattern(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return text;
}

} // namespace

SearchStore::SearchStore(const QSqlDatabase &db) : m_db(db) { }

Result<Page<qint64>> SearchStore::posts(
    const QString &text, int limit, const QString &cursor, qint64 viewerId) const
{
    const QString match = SearchQuery::ftsMatch(text);
    if (match.isEmpty())
        return Page<qint64>();
    // Every match is scored: a word most posts hold costs in proportion to them (docs/api.md
    // names the cost; the client ranks only its newest matches, the server all of them).
    if (Sql::dialect(m_db) == Sql::Dialect::PostgreSQL) {
        QString ranked = u"SELECT p.id AS id, "_s + postgresScore(u"p")
            + u" AS score FROM posts p CROSS JOIN (SELECT CAST(? AS tsquery) AS query) AS q "
              "WHERE p.search @@ q.query"_s;
        QVariantList values{PostgresSearch::query(text)};
        if (viewerId > 0) {
            ranked += u" AND p.author_id NOT IN (SELECT blocked_id FROM blocks "
                      "WHERE blocker_id = ?)"_s;
            values << viewerId;
        }
        return rankedPage(m_db, ranked, values, match, "sp", limit, cursor);
    }
    QString ranked = u"SELECT f.rowid AS id, bm25(posts_fts, 4.0, 1.0) AS score FROM posts_fts f"_s;
    QVariantList values;
    if (viewerId > 0) {
        ranked += u" JOIN posts p ON p.id = f.rowid WHERE posts_fts MATCH ? AND p.author_id "
                  "NOT IN (SELECT blocked_id FROM blocks WHERE blocker_id = ?)"_s;
        values << match << viewerId;
    } else {
        ranked += u" WHERE posts_fts MATCH ?"_s;
        values << match;
    }
    return rankedPage(m_db, ranked, values, match, "sp", limit, cursor);
}

Result<Page<QString>> SearchStore::topics(
    const QString &text, int limit, const QString &cursor) const
{
    const QString match = SearchQuery::ftsMatch(text);
    if (match.isEmpty())
        return Page<QString>();
    const Result<Page<qint64>> ids = Sql::dialect(m_db) == Sql::Dialect::PostgreSQL
        ? rankedPage(m_db,
            u"SELECT t.id AS id, "_s + postgresScore(u"t")
                + u" AS score FROM topics t CROSS JOIN (SELECT CAST(? AS tsquery) AS query) "
                  "AS q WHERE t.search @@ q.query"_s,
            {PostgresSearch::query(text)}, match, "st", limit, cursor)
        : rankedPage(m_db,
            u"SELECT rowid AS id, bm25(topics_fts, 4.0, 4.0, 1.0) AS score FROM topics_fts "
            "WHERE topics_fts MATCH ?"_s,
            {match}, match, "st", limit, cursor);
    if (!ids)
        return ids.error();
    Page<QString> page;
    page.nextCursor = ids->nextCursor;
    if (ids->items.isEmpty())
        return page;
    QVariantList values;
    for (qint64 id : ids->items)
        values.append(id);
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT id, slug FROM topics WHERE id IN (%1)"_s.arg(Sql::placeholders(values.size())),
        values);
    QHash<qint64, QString> slugs;
    while (query.next())
        slugs.insert(query.value(0).toLongLong(), query.value(1).toString());
    for (qint64 id : ids->items) {
        if (slugs.contains(id))
            page.items.append(slugs.value(id));
    }
    return page;
}

Result<Page<User>> SearchStore::users(
    const QString &text, int limit, const QString &cursor, qint64 viewerId) const
{
    QString start = text.trimmed();
    if (start.startsWith(u'@'))
        start.remove(0, 1);
    if (!std::any_of(start.cbegin(), start.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return Page<User>();
    const QString pattern = likePattern(start);
    // SQLite's LIKE ignores the case of ASCII letters (only); so does this on PostgreSQL,
    // where lower() under the byte-order collation folds ASCII only.
    QString sql = Sql::dialect(m_db) == Sql::Dialect::PostgreSQL
        ? u"SELECT u.id, u.handle, u.display_name, u.team FROM users u "
          "WHERE (lower(u.handle) LIKE lower(?) ESCAPE '\\' "
          "OR lower(u.display_name COLLATE \"C\") LIKE lower(? COLLATE \"C\") ESCAPE '\\' "
          "OR lower(u.display_name COLLATE \"C\") LIKE lower(? COLLATE \"C\") ESCAPE '\\')"_s
        : u"SELECT u.id, u.handle, u.display_name, u.team FROM users u "
          "WHERE (u.handle LIKE ? ESCAPE '\\' OR u.display_name LIKE ? ESCAPE '\\' "
          "OR u.display_name LIKE ? ESCAPE '\\')"_s;
    const QString atStart = pattern + u'%';
    QVariantList values{atStart, atStart, QString(u"% "_s + atStart)};
    if (viewerId > 0) {
        sql += u" AND u.id NOT IN (SELECT blocked_id FROM blocks WHERE blocker_id = ?)"_s;
        values << viewerId;
    }
    if (!cursor.isEmpty()) {
        const auto parts = Cursor::decode(cursor, "su", 2);
        if (!parts || parts->at(0) != queryTag(start))
            return badCursor();
        sql += u" AND u.handle > ?"_s;
        values << QString::fromUtf8(QByteArray::fromHex(parts->at(1)));
    }
    sql += u" ORDER BY u.handle LIMIT ?"_s;
    values << limit + 1;
    QSqlQuery query = Sql::exec(m_db, sql, values);
    Page<User> page;
    while (query.next()) {
        if (page.items.size() == limit) {
            page.nextCursor = Cursor::encode(
                "su", {queryTag(start), page.items.last().handle.toUtf8().toHex()});
            break;
        }
        page.items.append(User{query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toBool()});
    }
    return page;
}

QStringList SearchStore::schemaStep()
{
    // External content, as the client's cache does it: the words live once, in the table,
    // and the triggers keep the index equal to it whatever writes. Prefix indexes make the
    // word being typed (the last term, a prefix) as quick as a whole one.
    return {
        uR"(CREATE VIRTUAL TABLE posts_fts USING fts5(
               title, body, content='posts', content_rowid='id',
               tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'))"_s,
        uR"(CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
               INSERT INTO posts_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
           END)"_s,
        uR"(CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
               INSERT INTO posts_fts (posts_fts, rowid, title, body)
                   VALUES ('delete', old.id, old.title, old.body);
           END)"_s,
        uR"(CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, body ON posts BEGIN
               INSERT INTO posts_fts (posts_fts, rowid, title, body)
                   VALUES ('delete', old.id, old.title, old.body);
               INSERT INTO posts_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
           END)"_s,
        uR"(INSERT INTO posts_fts (posts_fts) VALUES ('rebuild'))"_s,
        uR"(CREATE VIRTUAL TABLE topics_fts USING fts5(
               name, slug, description, content='topics', content_rowid='id',
               tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'))"_s,
        uR"(CREATE TRIGGER topics_fts_insert AFTER INSERT ON topics BEGIN
               INSERT INTO topics_fts (rowid, name, slug, description)
                   VALUES (new.id, new.name, new.slug, new.description);
           END)"_s,
        uR"(CREATE TRIGGER topics_fts_delete AFTER DELETE ON topics BEGIN
               INSERT INTO topics_fts (topics_fts, rowid, name, slug, description)
                   VALUES ('delete', old.id, old.name, old.slug, old.description);
           END)"_s,
        uR"(CREATE TRIGGER topics_fts_update AFTER UPDATE OF name, slug, description ON topics
           BEGIN
               INSERT INTO topics_fts (topics_fts, rowid, name, slug, description)
                   VALUES ('delete', old.id, old.name, old.slug, old.description);
               INSERT INTO topics_fts (rowid, name, slug, description)
                   VALUES (new.id, new.name, new.slug, new.description);
           END)"_s,
        uR"(INSERT INTO topics_fts (topics_fts) VALUES ('rebuild'))"_s,
    };
}

} // namespace Hearth
