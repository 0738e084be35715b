#include "Database.h"

#include "PostStore.h"
#include "PostgresSchema.h"
#include "SearchStore.h"
#include "Sql.h"
#include "Statements.h"
#include "TrendingScore.h"
#include "sqlite/SchemaMigration.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <libpq-fe.h>
#include <span>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "hearth.server.database")

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

void greatest(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL
        || sqlite3_value_type(values[1]) == SQLITE_NULL)
        sqlite3_result_null(context);
    else
        sqlite3_result_int64(
            context, std::max(sqlite3_value_int64(values[0]), sqlite3_value_int64(values[1])));
}

// Schema step 7: U+FFFD wherever text people wrote holds U+0000. In C++, not SQL: SQLite's
// replace() takes a pattern that starts with U+0000 for an empty one.
QString replaceStoredNul(QSqlDatabase &db)
{
    static const QList<std::pair<QString, QStringList>> written{
        {u"users"_s, {u"display_name"_s, u"bio"_s}},
        {u"posts"_s, {u"title"_s, u"body"_s, u"content_warning"_s}},
        {u"comments"_s, {u"body"_s, u"content_warning"_s}},
        {u"media"_s, {u"alt_text"_s}},
        {u"reports"_s, {u"note"_s}},
    };
    for (const auto &[table, columns] : written) {
        for (const QString &column : columns) {
            QSqlQuery read(db);
            if (!read.exec(
                    u"SELECT id, %1 FROM %2 WHERE instr(%1, char(0)) > 0"_s.arg(column, table)))
                return read.lastError().text();
            QList<std::pair<qint64, QString>> rows;
            while (read.next())
                rows.append({read.value(0).toLongLong(), read.value(1).toString()});
            QSqlQuery write(db);
            write.prepare(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, column));
            for (auto &[id, text] : rows) {
                write.addBindValue(text.replace(QChar(0), QChar(0xfffd)));
                write.addBindValue(id);
                if (!write.exec())
                    return write.lastError().text();
            }
        }
    }
    return {};
}

// A step of migration 2: rebuilds table from its new definition (which names it
// "<table>_rebuilt"), copying columns, the SQLite table-rebuild way.
QStringList rebuild(const QString &table, const QString &definition, const QString &columns)
{
    return {
        definition,
        u"INSERT INTO %1_rebuilt (%2) SELECT %2 FROM %1"_s.arg(table, columns),
        u"DROP TABLE %1"_s.arg(table),
        u"ALTER TABLE %1_rebuilt RENAME TO %1"_s.arg(table),
    };
}

// Seeds table's AUTOINCREMENT counter with the highest id the database knows was handed out:
// its own rows' and those that other tables still name (idsSeen: SQL expressions).
QStringList seedSequence(const QString &table, const QStringList &idsSeen)
{
    QStringList highest{u"0"_s}; // two arguments at least, or max() would aggregate
    for (const QString &ids : idsSeen)
        highest.append(u"coalesce((%1), 0)"_s.arg(ids));
    return {
        u"DELETE FROM sqlite_sequence WHERE name = '%1'"_s.arg(table),
        u"INSERT INTO sqlite_sequence (name, seq) VALUES ('%1', max(%2))"_s.arg(
            table, highest.join(u", "_s)),
    };
}

// Each step moves the schema one version forward. Steps are never edited once released:
// a change is a new step.
const SchemaMigration &migrations()
{
    static const QList<SchemaStep> steps{
        // 1: the first schema.
        {{
            uR"(CREATE TABLE meta (
                   key TEXT PRIMARY KEY,
                   value INTEGER NOT NULL))"_s,
            uR"(INSERT INTO meta (key, value) VALUES ('change_seq', 0))"_s,
            uR"(CREATE TABLE users (
                   id INTEGER PRIMARY KEY,
                   handle TEXT NOT NULL UNIQUE,
                   display_name TEXT NOT NULL,
                   password_hash TEXT NOT NULL,
                   team INTEGER NOT NULL DEFAULT 0,
                   created_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE tokens (
                   hash BLOB PRIMARY KEY,
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   created_at INTEGER NOT NULL,
                   revoked_at INTEGER))"_s,
            uR"(CREATE TABLE topics (
                   id INTEGER PRIMARY KEY,
                   slug TEXT NOT NULL UNIQUE,
                   name TEXT NOT NULL,
                   tag TEXT NOT NULL,
                   description TEXT NOT NULL DEFAULT '',
                   members INTEGER NOT NULL DEFAULT 0,
                   posts INTEGER NOT NULL DEFAULT 0,
                   stories INTEGER NOT NULL DEFAULT 0,
                   videos INTEGER NOT NULL DEFAULT 0,
                   seq INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE INDEX topics_seq ON topics (seq))"_s,
            uR"(CREATE TABLE memberships (
                   topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   created_at INTEGER NOT NULL,
                   PRIMARY KEY (topic_id, user_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE media (
                   id INTEGER PRIMARY KEY,
                   owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   kind TEXT NOT NULL,
                   mime_type TEXT NOT NULL,
                   width INTEGER NOT NULL,
                   height INTEGER NOT NULL,
                   byte_size INTEGER NOT NULL,
                   file TEXT NOT NULL,
                   thumb_file TEXT,
                   poster_id INTEGER REFERENCES media(id),
                   duration_ms INTEGER,
                   alt_text TEXT NOT NULL DEFAULT '',
                   sensitive INTEGER NOT NULL DEFAULT 0,
                   post_id INTEGER,
                   removed INTEGER NOT NULL DEFAULT 0,
                   created_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE posts (
                   id INTEGER PRIMARY KEY,
                   kind TEXT NOT NULL,
                   author_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   title TEXT NOT NULL,
                   body TEXT NOT NULL,
                   content_warning TEXT NOT NULL DEFAULT '',
                   media_id INTEGER REFERENCES media(id),
                   created_at INTEGER NOT NULL,
                   edited_at INTEGER,
                   version INTEGER NOT NULL DEFAULT 1,
                   reaction_count INTEGER NOT NULL DEFAULT 0,
                   comment_count INTEGER NOT NULL DEFAULT 0,
                   team_prompt INTEGER NOT NULL DEFAULT 0,
                   seq INTEGER NOT NULL))"_s,
            uR"(CREATE INDEX posts_seq ON posts (seq))"_s,
            uR"(CREATE INDEX posts_author ON posts (author_id))"_s,
            // The feed's keyset order lives here, copied from the post, so a page is one
            // index range scan.
            uR"(CREATE TABLE post_topics (
                   topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                   post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                   kind TEXT NOT NULL,
                   created_at INTEGER NOT NULL,
                   position INTEGER NOT NULL,
                   tag TEXT NOT NULL,
                   PRIMARY KEY (topic_id, post_id)) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX post_topics_latest ON post_topics (topic_id, created_at DESC, post_id DESC))"_s,
            uR"(CREATE INDEX post_topics_kind ON post_topics (topic_id, kind, created_at DESC, post_id DESC))"_s,
            uR"(CREATE INDEX post_topics_post ON post_topics (post_id))"_s,
            uR"(CREATE TABLE reactions (
                   post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   kind TEXT NOT NULL,
                   created_at INTEGER NOT NULL,
                   PRIMARY KEY (post_id, user_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE comments (
                   id INTEGER PRIMARY KEY,
                   post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                   parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
                   author_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   body TEXT NOT NULL,
                   content_warning TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL,
                   edited_at INTEGER,
                   version INTEGER NOT NULL DEFAULT 1,
                   deleted INTEGER NOT NULL DEFAULT 0,
                   reply_count INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE INDEX comments_thread ON comments (post_id, parent_id, created_at, id))"_s,
            uR"(CREATE TABLE deleted_posts (
                   post_id INTEGER PRIMARY KEY,
                   seq INTEGER NOT NULL,
                   topic_ids TEXT NOT NULL))"_s,
            uR"(CREATE INDEX deleted_posts_seq ON deleted_posts (seq))"_s,
            // Topics a post left by an edit, so /changes?topics= still tells their followers.
            uR"(CREATE TABLE post_departures (
                   post_id INTEGER NOT NULL,
                   topic_id INTEGER NOT NULL,
                   seq INTEGER NOT NULL,
                   PRIMARY KEY (post_id, topic_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE newsletters (
                   id INTEGER PRIMARY KEY,
                   topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                   title TEXT NOT NULL,
                   description TEXT NOT NULL DEFAULT '',
                   cadence TEXT NOT NULL))"_s,
            uR"(CREATE TABLE subscriptions (
                   newsletter_id INTEGER NOT NULL REFERENCES newsletters(id) ON DELETE CASCADE,
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   created_at INTEGER NOT NULL,
                   PRIMARY KEY (newsletter_id, user_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE reports (
                   id INTEGER PRIMARY KEY,
                   reporter_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   post_id INTEGER,
                   comment_id INTEGER,
                   reason TEXT NOT NULL,
                   note TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE blocks (
                   blocker_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   blocked_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   created_at INTEGER NOT NULL,
                   PRIMARY KEY (blocker_id, blocked_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE idempotency (
                   user_id INTEGER NOT NULL,
                   key TEXT NOT NULL,
                   fingerprint BLOB NOT NULL,
                   status INTEGER NOT NULL,
                   headers TEXT NOT NULL,
                   body BLOB NOT NULL,
                   created_at INTEGER NOT NULL,
                   PRIMARY KEY (user_id, key)) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX idempotency_age ON idempotency (created_at))"_s,
        }},
        // 2: ids are never reused (docs/api.md, Identifiers). Without AUTOINCREMENT, SQLite
        // gives a new row the highest id plus one, so deleting the newest post, comment or
        // upload handed its id to the next one, and /changes then listed that id as live and
        // deleted at once. The tables whose ids the API hands out and whose rows can go are
        // rebuilt with AUTOINCREMENT (same columns, constraints and indexes), and each counter
        // starts past every id the database still knows of.
        {rebuild(u"users"_s,
             uR"(CREATE TABLE users_rebuilt (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    handle TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    team INTEGER NOT NULL DEFAULT 0,
                    created_at INTEGER NOT NULL))"_s,
             u"id, handle, display_name, password_hash, team, created_at"_s)
                + rebuild(u"media"_s,
                    uR"(CREATE TABLE media_rebuilt (
                           id INTEGER PRIMARY KEY AUTOINCREMENT,
                           owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                           kind TEXT NOT NULL,
                           mime_type TEXT NOT NULL,
                           width INTEGER NOT NULL,
                           height INTEGER NOT NULL,
                           byte_size INTEGER NOT NULL,
                           file TEXT NOT NULL,
                           thumb_file TEXT,
                           poster_id INTEGER REFERENCES media(id),
                           duration_ms INTEGER,
                           alt_text TEXT NOT NULL DEFAULT '',
                           sensitive INTEGER NOT NULL DEFAULT 0,
                           post_id INTEGER,
                           removed INTEGER NOT NULL DEFAULT 0,
                           created_at INTEGER NOT NULL))"_s,
                    u"id, owner_id, kind, mime_type, width, height, byte_size, file, thumb_file, "
                    "poster_id, duration_ms, alt_text, sensitive, post_id, removed, created_at"_s)
                + rebuild(u"posts"_s,
                    uR"(CREATE TABLE posts_rebuilt (
                           id INTEGER PRIMARY KEY AUTOINCREMENT,
                           kind TEXT NOT NULL,
                           author_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                           title TEXT NOT NULL,
                           body TEXT NOT NULL,
                           content_warning TEXT NOT NULL DEFAULT '',
                           media_id INTEGER REFERENCES media(id),
                           created_at INTEGER NOT NULL,
                           edited_at INTEGER,
                           version INTEGER NOT NULL DEFAULT 1,
                           reaction_count INTEGER NOT NULL DEFAULT 0,
                           comment_count INTEGER NOT NULL DEFAULT 0,
                           team_prompt INTEGER NOT NULL DEFAULT 0,
                           seq INTEGER NOT NULL))"_s,
                    u"id, kind, author_id, title, body, content_warning, media_id, created_at, "
                    "edited_at, version, reaction_count, comment_count, team_prompt, seq"_s)
                + rebuild(u"comments"_s,
                    uR"(CREATE TABLE comments_rebuilt (
                           id INTEGER PRIMARY KEY AUTOINCREMENT,
                           post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                           parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
                           author_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                           body TEXT NOT NULL,
                           content_warning TEXT NOT NULL DEFAULT '',
                           created_at INTEGER NOT NULL,
                           edited_at INTEGER,
                           version INTEGER NOT NULL DEFAULT 1,
                           deleted INTEGER NOT NULL DEFAULT 0,
                           reply_count INTEGER NOT NULL DEFAULT 0))"_s,
                    u"id, post_id, parent_id, author_id, body, content_warning, created_at, "
                    "edited_at, version, deleted, reply_count"_s)
                + rebuild(u"newsletters"_s,
                    uR"(CREATE TABLE newsletters_rebuilt (
                           id INTEGER PRIMARY KEY AUTOINCREMENT,
                           topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                           title TEXT NOT NULL,
                           description TEXT NOT NULL DEFAULT '',
                           cadence TEXT NOT NULL))"_s,
                    u"id, topic_id, title, description, cadence"_s)
                + rebuild(u"reports"_s,
                    uR"(CREATE TABLE reports_rebuilt (
                           id INTEGER PRIMARY KEY AUTOINCREMENT,
                           reporter_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                           post_id INTEGER,
                           comment_id INTEGER,
                           reason TEXT NOT NULL,
                           note TEXT NOT NULL DEFAULT '',
                           created_at INTEGER NOT NULL))"_s,
                    u"id, reporter_id, post_id, comment_id, reason, note, created_at"_s)
                // Dropping the old tables dropped their indexes.
                + QStringList{
                    uR"(CREATE INDEX posts_seq ON posts (seq))"_s,
                    uR"(CREATE INDEX posts_author ON posts (author_id))"_s,
                    uR"(CREATE INDEX comments_thread ON comments (post_id, parent_id, created_at, id))"_s,
                }
                + seedSequence(u"users"_s,
                    {u"SELECT max(id) FROM users"_s, u"SELECT max(user_id) FROM idempotency"_s})
                + seedSequence(u"media"_s,
                    {u"SELECT max(id) FROM media"_s, u"SELECT max(poster_id) FROM media"_s,
                        u"SELECT max(media_id) FROM posts"_s})
                + seedSequence(u"posts"_s,
                    {u"SELECT max(id) FROM posts"_s, u"SELECT max(post_id) FROM deleted_posts"_s,
                        u"SELECT max(post_id) FROM post_departures"_s,
                        u"SELECT max(post_id) FROM reports"_s,
                        u"SELECT max(post_id) FROM media"_s})
                + seedSequence(u"comments"_s,
                    {u"SELECT max(id) FROM comments"_s, u"SELECT max(comment_id) FROM reports"_s})
                + seedSequence(u"newsletters"_s,
                    {u"SELECT max(id) FROM newsletters"_s,
                        u"SELECT max(newsletter_id) FROM subscriptions"_s})
                + seedSequence(u"reports"_s, {u"SELECT max(id) FROM reports"_s}),
            true},
        // 3: trending in an index. The old score, (R + 2C + 1) / (H + 2)^1.5, depended on the
        // time of asking, so every page scored and sorted the whole topic. Today's score
        // (docs/api.md, Trending; TrendingScore) changes only with a post's counts: it is
        // kept beside each feed row, updated with the counts, and a page is a range of
        // these indexes. (A later change of formula is a new step that fills it anew.)
        // And what a page shows of a post's hashtags and reactions, kept with the post, so
        // that a page is one read of limit + 1 rows, each with its post (PostStore).
        {QStringList{
             uR"(ALTER TABLE post_topics ADD COLUMN trending INTEGER NOT NULL DEFAULT 0)"_s,
             u"UPDATE post_topics SET trending = s.score FROM (%1) AS s "
             "WHERE s.id = post_topics.post_id"_s.arg(TrendingScore::selectScoresOfPosts()),
             uR"(CREATE INDEX post_topics_trending
                   ON post_topics (topic_id, trending DESC, post_id DESC))"_s,
             uR"(CREATE INDEX post_topics_trending_kind
                   ON post_topics (topic_id, kind, trending DESC, post_id DESC))"_s,
             uR"(ALTER TABLE posts ADD COLUMN hashtags TEXT NOT NULL DEFAULT '')"_s,
             uR"(ALTER TABLE posts ADD COLUMN reaction_kinds TEXT NOT NULL DEFAULT '')"_s,
         } + PostStore::fillSummaries()},
        // 4: the server's own full-text index for GET /search (SearchStore): posts by title
        // and body, topics by name, slug and description, filled from the rows there are.
        {SearchStore::schemaStep()},
        // 5: notifications (NotificationStore). A person's read mark and the change number
        // of the last thing that moved their notifications live in notification_marks.
        {{
            uR"(CREATE TABLE notifications (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   recipient_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   kind TEXT NOT NULL,
                   actor_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   others INTEGER NOT NULL DEFAULT 0,
                   post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                   comment_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
                   reactions TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL))"_s,
            uR"(CREATE INDEX notifications_recipient ON notifications (recipient_id, id))"_s,
            uR"(CREATE INDEX notifications_post ON notifications (post_id))"_s,
            uR"(CREATE INDEX notifications_comment ON notifications (comment_id))"_s,
            uR"(CREATE TABLE notification_marks (
                   user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
                   read_up_to INTEGER NOT NULL DEFAULT 0,
                   seq INTEGER NOT NULL DEFAULT 0))"_s,
        }},
        // 6: profiles (ProfileStore). A person's bio, whether the topics they joined are
        // public, and their avatar: an image they uploaded, kept by Housekeeping while it is
        // someone's avatar. An author's posts newest first are one range of an index.
        {{
            uR"(ALTER TABLE users ADD COLUMN bio TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE users ADD COLUMN topics_public INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE users ADD COLUMN avatar_id INTEGER)"_s,
            uR"(CREATE INDEX users_avatar ON users (avatar_id) WHERE avatar_id IS NOT NULL)"_s,
            uR"(CREATE INDEX posts_author_latest ON posts (author_id, created_at DESC, id DESC))"_s,
        }},
        // 7: no U+0000 in text (docs/api.md, "Text and lengths": refused since, because
        // PostgreSQL's text cannot hold it). What was stored before has U+FFFD in its place,
        // so that every answer decodes; only the rows that hold one are written.
        {{}, false, replaceStoredNul},
    };
    static const SchemaMigration migration(steps, u"database"_s, lcDatabase());
    return migration;
}

} // namespace

Database::~Database()
{
    close();
}

int Database::schemaVersion()
{
    return migrations().latestVersion();
}

bool Database::isPostgresUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

bool Database::open(const QString &location, int targetVersion)
{
    close();
    m_connectionName = u"hearth-server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return isPostgresUrl(location) ? openPostgres(location) : openSqlite(location, targetVersion);
}

bool Database::openPostgres(const QString &location)
{
    const QUrl url(location);
    if (!url.isValid()) {
        m_error = u"not a PostgreSQL URL: %1"_s.arg(url.errorString());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    m_db.setHostName(url.host());
    if (url.port() != -1)
        m_db.setPort(url.port());
    m_db.setUserName(url.userName());
    m_db.setPassword(url.password());
    m_db.setDatabaseName(url.path().mid(1));
    QStringList options{u"application_name=hearth-server"_s};
    const QList<std::pair<QString, QString>> parameters
        = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : parameters) {
        if (key == u"host")
            m_db.setHostName(value);
        else if (key == u"port")
            m_db.setPort(value.toInt());
        else if (key == u"user")
            m_db.setUserName(value);
        else if (key == u"password")
            m_db.setPassword(value);
        else if (key == u"dbname")
            m_db.setDatabaseName(value);
        else
            options.append(key + u'=' + value);
    }
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    if (const QString problem = PostgresSchema::migrate(m_db); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    return true;
}

bool Database::openSqlite(const QString &path, int targetVersion)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery pragma(m_db);
    // synchronous = FULL: in WAL mode NORMAL syncs only at checkpoints, so a power cut can
    // undo the last commits after their clients were told 201. FULL syncs the log on every
    // commit; docs/server.md measures what it costs.
    for (const QString &statement : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
             u"PRAGMA synchronous = FULL"_s}) {
        if (!pragma.exec(statement)) {
            m_error = pragma.lastError().text();
            return false;
        }
    }
    // A statement left open (PRAGMA journal_mode answers a row) would lock the tables a
    // migration drops.
    pragma.finish();
    // PostgreSQL's greatest(a, b), which the stores' SQL uses: SQLite's max(a, b) with
    // PostgreSQL's name.
    sqlite3 *handle = *static_cast<sqlite3 *const *>(m_db.driver()->handle().constData());
    if (sqlite3_create_function_v2(handle, "greatest", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
            nullptr, &greatest, nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return migrate(qBound(0, targetVersion, schemaVersion()));
}

bool Database::isConnectionLost() const
{
    if (!m_db.isOpen() || Sql::dialect(m_db) != Sql::Dialect::PostgreSQL)
        return false;
    const QVariant handle = m_db.driver()->handle();
    const auto *connection = static_cast<PGconn *const *>(handle.constData());
    if (!connection || !*connection)
        return true;
    // A statement that failed to be sent leaves libpq's status good until it next reads:
    // an empty query makes it read (and costs a healthy connection one round trip).
    if (PQstatus(*connection) == CONNECTION_OK)
        PQclear(PQexec(*connection, ""));
    return PQstatus(*connection) != CONNECTION_OK;
}

QSqlDatabase Database::openSibling(const QString &purpose)
{
    const QString name = m_connectionName + u'-' + purpose;
    QSqlDatabase sibling = QSqlDatabase::cloneDatabase(m_db, name);
    m_siblings.append(name);
    if (!sibling.open())
        m_error = sibling.lastError().text();
    return sibling;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    for (const QString &name : std::as_const(m_siblings)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_siblings.clear();
    Statements::forget(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::migrate(int targetVersion)
{
    const SchemaMigration::Result result = migrations().migrate(m_db, targetVersion);
    if (!result.ok())
        m_error = result.problem;
    return result.ok();
}

} // namespace Hearth
