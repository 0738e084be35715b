#include "Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <span>

Q_LOGGING_CATEGORY(lcDatabase, "hearth.server.database")

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Each step moves the schema one version forward. Steps are never edited once released:
// a change is a new step.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 1: the first schema.
        {
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
        },
    };
    return steps;
}

} // namespace

Database::~Database()
{
    close();
}

int Database::schemaVersion()
{
    return int(migrations().size());
}

bool Database::open(const QString &path)
{
    close();
    m_connectionName = u"hearth-server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery pragma(m_db);
    for (const QString &statement : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
             u"PRAGMA synchronous = NORMAL"_s}) {
        if (!pragma.exec(statement)) {
            m_error = pragma.lastError().text();
            return false;
        }
    }
    return migrate();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        m_error = query.lastError().text();
        return false;
    }
    const int current = query.value(0).toInt();
    const auto &steps = migrations();
    if (current > steps.size()) {
        m_error = u"The database has schema version %1, newer than this server knows (%2)."_s
                      .arg(current)
                      .arg(steps.size());
        return false;
    }
    for (int version = current + 1; version <= steps.size(); ++version) {
        if (!m_db.transaction()) {
            m_error = m_db.lastError().text();
            return false;
        }
        for (const QString &statement : steps.at(version - 1)) {
            if (!query.exec(statement)) {
                m_error = u"Migration %1 failed: %2"_s.arg(version).arg(query.lastError().text());
                m_db.rollback();
                return false;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !m_db.commit()) {
            m_error = u"Migration %1 failed: %2"_s.arg(version).arg(m_db.lastError().text());
            m_db.rollback();
            return false;
        }
        qCInfo(lcDatabase) << "migrated the database to schema version" << version;
    }
    return true;
}

} // namespace Hearth
