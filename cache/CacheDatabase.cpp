#include "CacheDatabase.h"

#include "CacheSql.h"
#include "CacheTransaction.h"
#include "DraftStore.h"
#include "OutboxStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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
            // The outbox comes first: its root page then sits at the front of the file,
            // where a salvage still reads it when the file is truncated or damaged further
            // in. Writes are sent in id order; AUTOINCREMENT never reuses an id.
            uR"(CREATE TABLE outbox (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   kind TEXT NOT NULL,
                   target TEXT NOT NULL,
                   payload TEXT NOT NULL,
                   idempotency_key TEXT NOT NULL UNIQUE,
                   state TEXT NOT NULL DEFAULT 'pending',
                   attempts INTEGER NOT NULL DEFAULT 0,
                   next_attempt_at INTEGER,
                   last_error TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL))"_s,
            uR"(CREATE INDEX outbox_target ON outbox (target, id))"_s,
            uR"(CREATE TABLE drafts (
                   key TEXT PRIMARY KEY,
                   json TEXT NOT NULL,
                   updated_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
            // Small values of the sync engine: the change sequence, last sync times.
            uR"(CREATE TABLE sync_state (
                   key TEXT PRIMARY KEY,
                   value TEXT NOT NULL) WITHOUT ROWID)"_s,
            // The server's nextCursor per feed; '' once the last page was read.
            uR"(CREATE TABLE feed_cursors (
                   slug TEXT NOT NULL,
                   kind TEXT NOT NULL,
                   sort TEXT NOT NULL,
                   cursor TEXT NOT NULL,
                   updated_at INTEGER NOT NULL,
                   PRIMARY KEY (slug, kind, sort)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE topics (
                   slug TEXT PRIMARY KEY,
                   name TEXT NOT NULL,
                   tag TEXT NOT NULL,
                   description TEXT NOT NULL DEFAULT '',
                   members INTEGER NOT NULL DEFAULT 0,
                   posts INTEGER NOT NULL DEFAULT 0,
                   stories INTEGER NOT NULL DEFAULT 0,
                   videos INTEGER NOT NULL DEFAULT 0,
                   joined INTEGER NOT NULL DEFAULT 0,
                   cached_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX topics_members ON topics (members DESC, slug))"_s,
            // The whole post is its wire JSON; the columns are what queries filter and sort
            // on. The id column is the truth: local posts (not yet on the server) have
            // negative ids. title and body are the FTS index's external content.
            uR"(CREATE TABLE posts (
                   id INTEGER PRIMARY KEY,
                   kind TEXT NOT NULL,
                   created_at INTEGER NOT NULL,
                   author_id INTEGER NOT NULL,
                   version INTEGER NOT NULL,
                   title TEXT NOT NULL,
                   body TEXT NOT NULL,
                   json TEXT NOT NULL,
                   local_state INTEGER NOT NULL DEFAULT 0,
                   local_error TEXT NOT NULL DEFAULT '',
                   cached_at INTEGER NOT NULL))"_s,
            uR"(CREATE INDEX posts_author ON posts (author_id))"_s,
            // The latest feed's keyset order is copied here from the post, so that a page
            // is one index range scan, with or without a kind filter. No foreign key to
            // topics: a post's hashtags name topics the cache may not hold.
            uR"(CREATE TABLE post_topics (
                   slug TEXT NOT NULL,
                   post_id INTEGER NOT NULL REFERENCES posts(id)
                       ON DELETE CASCADE ON UPDATE CASCADE,
                   kind TEXT NOT NULL,
                   created_at INTEGER NOT NULL,
                   PRIMARY KEY (slug, post_id)) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX post_topics_latest
                   ON post_topics (slug, created_at DESC, post_id DESC))"_s,
            uR"(CREATE INDEX post_topics_kind
                   ON post_topics (slug, kind, created_at DESC, post_id DESC))"_s,
            uR"(CREATE INDEX post_topics_post ON post_topics (post_id))"_s,
            // The media each cached post shows, so that the media cache knows what is
            // still referenced.
            uR"(CREATE TABLE media_refs (
                   post_id INTEGER NOT NULL REFERENCES posts(id)
                       ON DELETE CASCADE ON UPDATE CASCADE,
                   media_id INTEGER NOT NULL,
                   role TEXT NOT NULL,
                   PRIMARY KEY (post_id, media_id)) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX media_refs_media ON media_refs (media_id))"_s,
            // The person's own reaction per post: an index of reactions.mine in the posts'
            // JSON, kept equal to it by every write.
            uR"(CREATE TABLE my_reactions (
                   post_id INTEGER PRIMARY KEY REFERENCES posts(id)
                       ON DELETE CASCADE ON UPDATE CASCADE,
                   kind TEXT NOT NULL))"_s,
            // The server's trending order per (topic, kind filter): scores are the server's
            // alone, the client keeps the positions it was given.
            uR"(CREATE TABLE trending_ranks (
                   slug TEXT NOT NULL,
                   kind TEXT NOT NULL,
                   post_id INTEGER NOT NULL REFERENCES posts(id)
                       ON DELETE CASCADE ON UPDATE CASCADE,
                   rank INTEGER NOT NULL,
                   PRIMARY KEY (slug, kind, post_id)) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX trending_ranks_order
                   ON trending_ranks (slug, kind, rank, post_id DESC))"_s,
            uR"(CREATE INDEX trending_ranks_post ON trending_ranks (post_id))"_s,
            // No foreign keys: a thread may be cached for a post that is not, and a reply
            // for a parent that is not; CommentCache and FeedCache keep them tidy.
            uR"(CREATE TABLE comments (
                   id INTEGER PRIMARY KEY,
                   post_id INTEGER NOT NULL,
                   parent_id INTEGER,
                   created_at INTEGER NOT NULL,
                   json TEXT NOT NULL,
                   local_state INTEGER NOT NULL DEFAULT 0,
                   local_error TEXT NOT NULL DEFAULT '',
                   cached_at INTEGER NOT NULL))"_s,
            uR"(CREATE INDEX comments_thread ON comments (post_id, parent_id, created_at, id))"_s,
            uR"(CREATE INDEX comments_parent ON comments (parent_id))"_s,
            uR"(CREATE TABLE thread_cursors (
                   post_id INTEGER PRIMARY KEY,
                   cursor TEXT NOT NULL))"_s,
            // Full-text search over titles and bodies. External content: the text lives
            // once, in posts; the triggers keep the index equal to it, whatever writes.
            uR"(CREATE VIRTUAL TABLE posts_fts USING fts5(
                   title, body, content='posts', content_rowid='id',
                   tokenize='unicode61 remove_diacritics 2'))"_s,
            uR"(CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
                   INSERT INTO posts_fts (rowid, title, body)
                       VALUES (new.id, new.title, new.body);
               END)"_s,
            uR"(CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
                   INSERT INTO posts_fts (posts_fts, rowid, title, body)
                       VALUES ('delete', old.id, old.title, old.body);
               END)"_s,
            uR"(CREATE TRIGGER posts_fts_update AFTER UPDATE OF id, title, body ON posts BEGIN
                   INSERT INTO posts_fts (posts_fts, rowid, title, body)
                       VALUES ('delete', old.id, old.title, old.body);
                   INSERT INTO posts_fts (rowid, title, body)
                       VALUES (new.id, new.title, new.body);
               END)"_s,
        },
        // 2: the people the person blocked (BlockList). blocked_at (ms since the epoch)
        // orders the list.
        {
            uR"(CREATE TABLE blocked_users (
                   user_id INTEGER PRIMARY KEY,
                   handle TEXT NOT NULL DEFAULT '',
                   display_name TEXT NOT NULL DEFAULT '',
                   blocked_at INTEGER NOT NULL))"_s,
        },
    };
    return steps;
}

// SQLite result codes after which the file itself is fine and setting it aside would only
// lose data: another process holds it, or the disk, memory or permissions fail.
bool isEnvironmentFailure(const QSqlError &error, const QString &path)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
    case 7: // SQLITE_NOMEM
    case 8: // SQLITE_READONLY
    case 9: // SQLITE_INTERRUPT
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 15: // SQLITE_PROTOCOL
        return true;
    case 14: // SQLITE_CANTOPEN: the folder's fault unless there is a file that cannot be read
        return !QFileInfo::exists(path);
    default:
        return false;
    }
}

// Characters that are safe in a file name everywhere: a-z, 0-9, '.', '-', '_'. Anything
// else becomes '_' and sets *lossy, so that the caller can keep distinct names distinct.
QString safeName(QStringView text, bool *lossy)
{
    QString name;
    name.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-'
            || u == u'_') {
            name.append(c);
        } else {
            name.append(u'_');
            *lossy = true;
        }
    }
    return name;
}

struct Salvage
{
    QList<OutboxEntry> outbox;
    QList<DraftStore::Draft> drafts;
};

// Reads what the server cannot give back (the outbox and the drafts) from a damaged file,
// as far as it can be read.
Salvage salvage(const QString &path)
{
    Salvage salvaged;
    if (!QFileInfo(path).isFile())
        return salvaged;
    const QString name
        = u"hearth-cache-salvage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery pragma(db);
            // SQLite refuses a truncated file as a whole unless told to read what is there;
            // writable_schema does that (and also tolerates a damaged schema). Nothing is
            // written through this connection.
            pragma.exec(u"PRAGMA writable_schema = ON"_s);
            pragma.exec(u"PRAGMA query_only = ON"_s);
            salvaged.outbox = OutboxStore(db).all();
            salvaged.drafts = DraftStore(db).all();
            pragma.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return salvaged;
}

// Renames the file at path, with its WAL, shared-memory and rollback journal files, to
// "<path>.corrupt-<time>". Gives false when the file or one of its companions had to stay.
bool moveAside(const QString &path, QString *asidePath, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-hhmmss"_s);
    const QStringList companions{u"-wal"_s, u"-shm"_s, u"-journal"_s};
    QString aside = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + companions.first());
         ++n) {
        aside = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    }
    asidePath->clear();
    if (QFileInfo::exists(path)) {
        if (!QFile::rename(path, aside)) {
            *error = u"Cannot move the damaged cache %1 aside."_s.arg(path);
            return false;
        }
        *asidePath = aside;
    }
    for (const QString &suffix : companions) {
        const QString from = path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        // A journal left next to the fresh file would be replayed into it: it must go,
        // moved along or at least deleted.
        if (!QFile::rename(from, aside + suffix) && !QFile::remove(from)) {
            *error = u"Cannot move %1 aside."_s.arg(from);
            return false;
        }
    }
    return true;
}

} // namespace

CacheDatabase::~CacheDatabase()
{
    close();
}

QString CacheDatabase::fileName(
    const QString &dataDir, const QUrl &server, const QString &accountHandle)
{
    bool lossy = false;
    const QString scheme = server.scheme().toLower();
    const int port = server.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : 0);
    // Host names are case-insensitive; an international one is kept in its ASCII form.
    QString readable = safeName(server.host(QUrl::EncodeUnicode).toLower(), &lossy) + u'_'
        + QString::number(port);
    // Two communities may share a host under different paths.
    const QString path = server.path();
    QStringView trimmedPath(path);
    while (trimmedPath.startsWith(u'/'))
        trimmedPath = trimmedPath.mid(1);
    while (trimmedPath.endsWith(u'/'))
        trimmedPath.chop(1);
    if (!trimmedPath.isEmpty())
        readable += u'_' + safeName(trimmedPath, &lossy);
    constexpr qsizetype maxReadable = 100;
    if (readable.size() > maxReadable) {
        readable.truncate(maxReadable);
        lossy = true;
    }
    // Signed out gets "guest"; accounts get "@handle", which no handle can collide with.
    QString name = readable + u'-'
        + (accountHandle.isEmpty() ? u"guest"_s : u'@' + safeName(accountHandle, &lossy));
    if (lossy) {
        const QString original = server.toString(QUrl::FullyEncoded) + u'\n' + accountHandle;
        name += u'~'
            + QString::fromLatin1(
                QCryptographicHash::hash(original.toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(8));
    }
    const QString base = dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : dataDir;
    return QDir::cleanPath(base + u"/cache/"_s + name + u".sqlite"_s);
}

int CacheDatabase::schemaVersion()
{
    return int(migrations().size());
}

bool CacheDatabase::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_recovery = {};

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = u"Cannot create the folder %1."_s.arg(folder);
        return false;
    }

    QString problem;
    switch (openAndCheck(path, &problem)) {
    case Outcome::Ok:
        return true;
    case Outcome::Failed:
        m_error = problem;
        close();
        return false;
    case Outcome::Damaged:
        break;
    }

    qCWarning(lcCache).noquote() << "The cache" << path << "cannot be used (" << problem
                                 << "); setting it aside and starting afresh.";
    close();
    salvageAndMoveAside(path, problem);
    return m_error.isEmpty();
}

void CacheDatabase::salvageAndMoveAside(const QString &path, const QString &reason)
{
    const Salvage salvaged = salvage(path);
    QString aside;
    if (!moveAside(path, &aside, &m_error))
        return;
    QString problem;
    if (openAndCheck(path, &problem) != Outcome::Ok) {
        m_error = problem;
        close();
        return;
    }
    CacheTransaction transaction(m_db);
    const bool restored = OutboxStore(m_db).restore(salvaged.outbox)
        && DraftStore(m_db).restore(salvaged.drafts) && transaction.commit();
    if (!restored) {
        // They are still in the file set aside.
        qCWarning(lcCache) << "Could not put the salvaged outbox and drafts back.";
    }
    m_recovery = {true, reason, aside, restored ? int(salvaged.outbox.size()) : 0,
        restored ? int(salvaged.drafts.size()) : 0};
    qCInfo(lcCache).noquote() << "Rebuilt the cache" << path << "; the damaged file is at" << aside
                              << "; salvaged" << m_recovery.salvagedOutboxRows << "outbox rows and"
                              << m_recovery.salvagedDrafts << "drafts.";
}

void CacheDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

CacheDatabase::Outcome CacheDatabase::openAndCheck(const QString &path, QString *problem)
{
    m_connectionName = u"hearth-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *problem = m_db.lastError().text();
        return isEnvironmentFailure(m_db.lastError(), path) ? Outcome::Failed : Outcome::Damaged;
    }

    QSqlQuery query(m_db);
    const auto failed = [&] {
        *problem = query.lastError().text();
        return isEnvironmentFailure(query.lastError(), path) ? Outcome::Failed : Outcome::Damaged;
    };
    // busy_timeout first, so that the others wait for a lock held by a checkpoint rather
    // than fail.
    if (!query.exec(u"PRAGMA busy_timeout = 5000"_s))
        return failed();
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s))
        return failed();
    if (query.next() && query.value(0).toString() != u"wal") {
        // Some file systems (network mounts) cannot share WAL memory: still usable.
        qCWarning(lcCache) << "The cache" << path << "is not in WAL mode but"
                           << query.value(0).toString();
    }
    // FULL: the outbox holds the person's own words, and a commit costs one fsync of the
    // WAL (sync batches are one commit each).
    for (const QString &statement :
        {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s}) {
        if (!query.exec(statement))
            return failed();
    }

    // quick_check reads every page and checks the b-trees (not index contents, which
    // integrity_check would also compare): about 0.2 s for a 250 MB cache in the OS's
    // file cache, one read of the whole file when cold.
    if (!query.exec(u"PRAGMA quick_check"_s))
        return failed();
    QStringList report;
    while (query.next())
        report.append(query.value(0).toString());
    if (query.lastError().isValid())
        return failed();
    if (report != QStringList{u"ok"_s}) {
        *problem = u"quick_check: "_s + report.mid(0, 5).join(u"; "_s);
        return Outcome::Damaged;
    }
    query.finish();
    return migrate(problem);
}

CacheDatabase::Outcome CacheDatabase::migrate(QString *problem)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *problem = query.lastError().text();
        return isEnvironmentFailure(query.lastError(), m_path) ? Outcome::Failed : Outcome::Damaged;
    }
    const int current = query.value(0).toInt();
    query.finish();
    const auto &steps = migrations();
    if (current > steps.size() || current < 0) {
        // Written by a newer Hearth, which this build cannot read. Setting it aside (renamed,
        // not deleted) lets this build work, and keeps what the outbox of the newer one holds.
        *problem = u"The cache has schema version %1; this version of Hearth knows up to %2."_s
                       .arg(current)
                       .arg(steps.size());
        return Outcome::Damaged;
    }
    for (int version = current + 1; version <= steps.size(); ++version) {
        if (!m_db.transaction()) {
            *problem = m_db.lastError().text();
            return Outcome::Failed;
        }
        for (const QString &statement : steps.at(version - 1)) {
            if (!query.exec(statement)) {
                *problem = u"Migration %1 failed: %2"_s.arg(version).arg(query.lastError().text());
                const bool environment = isEnvironmentFailure(query.lastError(), m_path);
                m_db.rollback();
                return environment ? Outcome::Failed : Outcome::Damaged;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !m_db.commit()) {
            *problem = u"Migration %1 failed: %2"_s.arg(version).arg(m_db.lastError().text());
            m_db.rollback();
            return Outcome::Failed;
        }
        qCInfo(lcCache) << "migrated the cache to schema version" << version;
    }
    return Outcome::Ok;
}

} // namespace Hearth
