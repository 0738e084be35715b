#include "CacheDatabase.h"

#include "CacheSql.h"
#include "SqliteFile.h"
#include "WordsDatabase.h"
#include "sqlite/SchemaMigration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The key in sync_state under which the cache notes its words file.
const QString WordsKey = u"words.file"_s;
// The schema version whose step drops the outbox and the drafts from the cache.
constexpr int WordsMovedOutVersion = 3;

// Each step moves the schema one version forward. Steps are never edited once released:
// a change is a new step.
const SchemaMigration &migrations()
{
    static const QList<SchemaStep> steps{
        // 1: the first schema.
        {{
            // (Up to version 3, when they moved to the words file, the outbox and the
            // drafts lived here.)
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
        }},
        // 2: the people the person blocked (BlockList). blocked_at (ms since the epoch)
        // orders the list.
        {{
            uR"(CREATE TABLE blocked_users (
                   user_id INTEGER PRIMARY KEY,
                   handle TEXT NOT NULL DEFAULT '',
                   display_name TEXT NOT NULL DEFAULT '',
                   blocked_at INTEGER NOT NULL))"_s,
        }},
        // 3: the outbox and the drafts moved to the words file (WordsDatabase), which
        // migrate() fills from these tables first, in a transaction of its own. The names
        // are qualified: unqualified, a missing main.outbox would name the words file's.
        {{
            uR"(DROP TABLE IF EXISTS main.outbox)"_s,
            uR"(DROP TABLE IF EXISTS main.drafts)"_s,
        }},
        // 4: a post is stored in columns of its own (PostColumns), not as the wire JSON,
        // which took stand-in ids to read back local posts. The columns are filled from the
        // JSON, which then goes. Timestamps are milliseconds since the epoch, as created_at;
        // the hashtags a JSON array, so that any text a tag holds comes back as it was. The
        // person's own reaction stays in my_reactions alone.
        {{
            uR"(ALTER TABLE posts ADD COLUMN author_handle TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE posts ADD COLUMN author_name TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE posts ADD COLUMN author_team INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE posts ADD COLUMN hashtags TEXT NOT NULL DEFAULT '[]')"_s,
            uR"(ALTER TABLE posts ADD COLUMN content_warning TEXT NOT NULL DEFAULT '')"_s,
            // NULL when the post shows no media; a local upload's id is negative.
            uR"(ALTER TABLE posts ADD COLUMN media_id INTEGER)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_kind TEXT)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_mime_type TEXT)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_width INTEGER)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_height INTEGER)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_byte_size INTEGER)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_alt_text TEXT)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_sensitive INTEGER)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_poster_id INTEGER)"_s,
            uR"(ALTER TABLE posts ADD COLUMN media_duration_ms INTEGER)"_s,
            // NULL when never edited.
            uR"(ALTER TABLE posts ADD COLUMN edited_at INTEGER)"_s,
            uR"(ALTER TABLE posts ADD COLUMN reactions_heart INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE posts ADD COLUMN reactions_hug INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE posts ADD COLUMN reactions_me_too INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE posts ADD COLUMN reactions_sending_strength
                   INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE posts ADD COLUMN reactions_thinking_of_you
                   INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE posts ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE posts ADD COLUMN team_prompt INTEGER NOT NULL DEFAULT 0)"_s,
            // A row that was not JSON never showed (it did not decode): it goes, with what
            // hangs on it.
            uR"(DELETE FROM posts WHERE NOT json_valid(json))"_s,
            // julianday() keeps whole milliseconds: rounding gives them back exactly.
            uR"(UPDATE posts SET
                   author_handle = coalesce(json_extract(json, '$.author.handle'), ''),
                   author_name = coalesce(json_extract(json, '$.author.displayName'), ''),
                   author_team = coalesce(json_extract(json, '$.author.team'), 0),
                   hashtags = coalesce(json_extract(json, '$.hashtags'), '[]'),
                   content_warning = coalesce(json_extract(json, '$.contentWarning'), ''),
                   media_id = json_extract(json, '$.media.id'),
                   media_kind = json_extract(json, '$.media.kind'),
                   media_mime_type = json_extract(json, '$.media.mimeType'),
                   media_width = json_extract(json, '$.media.width'),
                   media_height = json_extract(json, '$.media.height'),
                   media_byte_size = json_extract(json, '$.media.byteSize'),
                   media_alt_text = json_extract(json, '$.media.altText'),
                   media_sensitive = json_extract(json, '$.media.sensitive'),
                   media_poster_id = json_extract(json, '$.media.posterId'),
                   media_duration_ms = json_extract(json, '$.media.durationMs'),
                   edited_at = CAST(round((julianday(json_extract(json, '$.editedAt'))
                       - 2440587.5) * 86400000.0) AS INTEGER),
                   reactions_heart
                       = coalesce(json_extract(json, '$.reactions.counts.heart'), 0),
                   reactions_hug = coalesce(json_extract(json, '$.reactions.counts.hug'), 0),
                   reactions_me_too
                       = coalesce(json_extract(json, '$.reactions.counts.me_too'), 0),
                   reactions_sending_strength
                       = coalesce(json_extract(json, '$.reactions.counts.sending_strength'), 0),
                   reactions_thinking_of_you
                       = coalesce(json_extract(json, '$.reactions.counts.thinking_of_you'), 0),
                   comment_count = coalesce(json_extract(json, '$.commentCount'), 0),
                   team_prompt = coalesce(json_extract(json, '$.teamPrompt'), 0))"_s,
            uR"(ALTER TABLE posts DROP COLUMN json)"_s,
        }},
        // 5: what keeps the cache bounded (CachePruner). When the person last opened a post
        // (no foreign key: a post may be opened before it is cached, and is kept while the
        // opening is recent). And where each stored feed page ended, with the server's cursor
        // that followed it ('' after the last page): cursors are opaque, so a latest feed goes
        // on from the page that ends where its cached copy ends, and a feed cut back by the
        // pruner from the page that ends above the cut.
        {{
            uR"(CREATE TABLE opened_posts (
                   post_id INTEGER PRIMARY KEY,
                   opened_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE feed_pages (
                   slug TEXT NOT NULL,
                   kind TEXT NOT NULL,
                   sort TEXT NOT NULL,
                   next_cursor TEXT NOT NULL,
                   end_created_at INTEGER NOT NULL,
                   end_post_id INTEGER NOT NULL,
                   end_rank INTEGER NOT NULL,
                   PRIMARY KEY (slug, kind, sort, next_cursor)) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX feed_pages_latest
                   ON feed_pages (slug, kind, sort, end_created_at, end_post_id))"_s,
            uR"(CREATE INDEX feed_pages_trending ON feed_pages (slug, kind, sort, end_rank))"_s,
        }},
        // 6: the full-text index with prefix indexes, so that a word being typed ("th",
        // "the") is one index lookup rather than a merge of every term it starts; rebuilt
        // from the posts. FeedCache's write path indexes what it stores, once a batch (a
        // trigger per post wrote the index out per post: docs/performance.md); the
        // triggers left take a deleted post's words out and follow an id the server gave.
        {{
            uR"(DROP TRIGGER IF EXISTS posts_fts_insert)"_s,
            uR"(DROP TRIGGER IF EXISTS posts_fts_delete)"_s,
            uR"(DROP TRIGGER IF EXISTS posts_fts_update)"_s,
            uR"(DROP TABLE IF EXISTS posts_fts)"_s,
            uR"(CREATE VIRTUAL TABLE posts_fts USING fts5(
                   title, body, content='posts', content_rowid='id',
                   tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'))"_s,
            uR"(CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
                   INSERT INTO posts_fts (posts_fts, rowid, title, body)
                       VALUES ('delete', old.id, old.title, old.body);
               END)"_s,
            uR"(CREATE TRIGGER posts_fts_update_id AFTER UPDATE OF id ON posts
               WHEN old.id IS NOT new.id BEGIN
                   INSERT INTO posts_fts (posts_fts, rowid, title, body)
                       VALUES ('delete', old.id, old.title, old.body);
                   INSERT INTO posts_fts (rowid, title, body)
                       VALUES (new.id, new.title, new.body);
               END)"_s,
            uR"(INSERT INTO posts_fts (posts_fts) VALUES ('rebuild'))"_s,
        }},
        // 7: the people whose posts the cache has held (FeedCache::authors), for the search
        // field's People: a row per author, where a look through the posts would read all
        // of them. FeedCache's write path keeps it, once a batch (no trigger per post, as for
        // the index); filled here from the posts there are.
        {{
            uR"(CREATE TABLE authors (
                   id INTEGER PRIMARY KEY,
                   handle TEXT NOT NULL,
                   name TEXT NOT NULL,
                   team INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(INSERT OR REPLACE INTO authors (id, handle, name, team)
                   SELECT author_id, author_handle, author_name, author_team FROM posts
                   WHERE author_handle <> '' ORDER BY id)"_s,
        }},
        // 8: the person's notifications (NotificationCache), each as the wire's JSON: the
        // page reads a couple of hundred of them at most, and never searches them. Their
        // counts and marks live in sync_state.
        {{
            uR"(CREATE TABLE notifications (
                   id INTEGER PRIMARY KEY,
                   json TEXT NOT NULL))"_s,
        }},
        // 9: the profiles seen (ProfileCache), as the server sent them (the wire JSON: they
        // are small, read whole, and never searched), so that a person's page shows offline;
        // an author's posts newest first as one index range (the profile page's list); and
        // the author's avatar with each post.
        {{
            uR"(CREATE TABLE profiles (
                   handle TEXT PRIMARY KEY,
                   user_id INTEGER NOT NULL,
                   json TEXT NOT NULL,
                   fetched_at INTEGER NOT NULL))"_s,
            uR"(CREATE INDEX profiles_user ON profiles (user_id))"_s,
            uR"(CREATE TABLE author_cursors (
                   author_id INTEGER NOT NULL,
                   kind TEXT NOT NULL,
                   cursor TEXT NOT NULL,
                   PRIMARY KEY (author_id, kind)) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX posts_author_latest ON posts (author_id, created_at DESC, id DESC))"_s,
            // The author's picture, as the card shows it (NULL: their initials).
            uR"(ALTER TABLE posts ADD COLUMN author_avatar_id INTEGER)"_s,
        }},
    };
    static const SchemaMigration migration(steps, u"cache"_s, lcCache());
    return migration;
}

std::atomic<int> fullChecks{0};

// What says that a file is the one Hearth closed: its size, its modification time to the
// nanosecond, and which file it is (a copy or a restore is another inode, even when the
// copy tool kept the time).
struct FileIdentity
{
    qint64 size = -1;
    qint64 modifiedNs = -1;
    qint64 inode = -1;
    qint64 device = -1;

    bool isValid() const { return size >= 0; }
    bool operator==(const FileIdentity &) const = default;
};

FileIdentity identityOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {qint64(info.st_size),
        qint64(info.st_mtim.tv_sec) * 1'000'000'000 + qint64(info.st_mtim.tv_nsec),
        qint64(info.st_ino), qint64(info.st_dev)};
}

// The clean mark's first line: what it is, and the version of its format.
constexpr QByteArrayView MarkHeader = "hearth-cache-closed-cleanly 1";

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
    return migrations().latestVersion();
}

bool CacheDatabase::open(const QString &path, Words words, int targetVersion)
{
    m_targetVersion = targetVersion;
    close();
    m_path = path;
    m_error.clear();
    m_recovery = {};

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = u"Cannot create the folder %1."_s.arg(folder);
        return false;
    }
    const QString wordsFile = wordsPath();

    // Whether to read it all now; otherwise open() reads only what opening and migrating read.
    m_check = Check::Trusted;
    m_checkedAt = {};
    if (words == Words::Attach)
        m_check = m_damage.isEmpty() ? takeCleanMark(path, wordsFile) : Check::Checked;
    m_checkOwed = m_check == Check::Later;

    // (A new file is Checked with its time set: there is nothing in it to read.)
    const bool fullCheck
        = m_check == Check::Checked && !m_checkedAt.isValid() && m_damage.isEmpty();
    QString problem;
    Outcome outcome = openAndCheck(path, &problem, fullCheck);
    if (outcome == Outcome::Failed)
        return fail(problem);
    if (outcome == Outcome::Ok && !m_damage.isEmpty()) {
        outcome = Outcome::Damaged;
        problem = m_damage;
    }
    if (words == Words::Leave) {
        if (outcome == Outcome::Damaged && !setAsideAndReopen(path, problem))
            return false;
        outcome = migrate(&problem);
        return outcome == Outcome::Ok || fail(problem);
    }
    // Whether this cache knew a words file: then a missing or empty one is a loss.
    const bool wordsExpected = outcome == Outcome::Ok && knowsWordsFile();
    PageSalvage::Result legacy;
    if (outcome == Outcome::Damaged) {
        // An older Hearth kept the outbox and the drafts in the cache itself: without a
        // words file yet, they may be in this one, and are read back before it goes aside.
        if (!SqliteFile::hasContent(wordsFile))
            legacy = PageSalvage::read(path);
        if (!setAsideAndReopen(path, problem))
            return false;
    }

    WordsDatabase::Report report;
    if (!WordsDatabase::prepare(wordsFile, wordsExpected, legacy, &report, &problem))
        return fail(problem);
    if (!WordsDatabase::attach(m_db, wordsFile, &problem))
        return fail(problem);
    outcome = migrate(&problem);
    if (outcome == Outcome::Damaged) {
        // From a newer Hearth, or a step the file refused: a fresh cache, the same words.
        if (!setAsideAndReopen(path, problem))
            return false;
        if (!WordsDatabase::attach(m_db, wordsFile, &problem))
            return fail(problem);
        outcome = migrate(&problem);
    }
    if (outcome != Outcome::Ok)
        return fail(problem);
    rememberWordsFile();

    m_recovery.wordsRepaired = report.repaired;
    m_recovery.wordsReason = report.reason;
    m_recovery.wordsMovedAsidePath = report.movedAsidePath;
    m_recovery.salvagedOutboxRows = report.salvagedOutboxRows;
    m_recovery.salvagedDrafts = report.salvagedDrafts;
    m_recovery.wordsMayBeLost = report.mayHaveLost;
    m_recovery.happened = m_recovery.cacheRebuilt || m_recovery.wordsRepaired;
    m_markOnClose = true;
    return true;
}

bool CacheDatabase::rebuild(const QString &reason)
{
    // The damaged file leaves no clean mark: it is going aside.
    m_markOnClose = false;
    m_damage = reason.isEmpty() ? u"The cache was found damaged."_s : reason;
    const bool opened = open(m_path, Words::Attach, m_targetVersion);
    m_damage.clear();
    return opened;
}

bool CacheDatabase::needsHealthCheck() const
{
    if (!isOpen() || !m_markOnClose)
        return false;
    return m_checkOwed || !m_checkedAt.isValid()
        || m_checkedAt.addSecs(
               std::chrono::duration_cast<std::chrono::seconds>(CheckInterval).count())
        <= QDateTime::currentDateTimeUtc();
}

void CacheDatabase::noteHealthy()
{
    m_checkOwed = false;
    m_checkedAt = QDateTime::currentDateTimeUtc();
}

int CacheDatabase::fullChecksAtOpen()
{
    return fullChecks.load();
}

QString CacheDatabase::cleanMarkPath(const QString &path)
{
    return path + u"-closed"_s;
}

CacheDatabase::Check CacheDatabase::takeCleanMark(const QString &path, const QString &wordsFile)
{
    const QString markPath = cleanMarkPath(path);
    QByteArray mark;
    {
        QFile file(markPath);
        if (file.open(QIODevice::ReadOnly))
            mark = file.read(4096);
    }
    // From now on the file is in use: a session that does not end cleanly leaves no mark.
    if (QFileInfo::exists(markPath) && !QFile::remove(markPath)) {
        qCWarning(lcCache) << "cannot remove the clean mark" << markPath
                           << "; checking the cache whole";
        return Check::Checked;
    }
    if (!SqliteFile::hasContent(path)) {
        // New: nothing to check.
        m_checkedAt = QDateTime::currentDateTimeUtc();
        return Check::Checked;
    }
    // An older Hearth kept the person's words in the cache itself: if this is one of its
    // caches, damage must be found now, while they can still be read back (open()).
    if (!SqliteFile::hasContent(wordsFile))
        return Check::Checked;
    if (mark.isEmpty())
        return Check::Later;
    FileIdentity closed;
    qint64 checkedAtMs = -1;
    const QList<QByteArray> lines = mark.split('\n');
    if (lines.value(0) != MarkHeader)
        return Check::Checked;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype space = line.indexOf(' ');
        const QByteArray key = line.left(space);
        bool number = false;
        const qint64 value = line.mid(space + 1).toLongLong(&number);
        if (!number)
            continue;
        if (key == "size")
            closed.size = value;
        else if (key == "modified-ns")
            closed.modifiedNs = value;
        else if (key == "inode")
            closed.inode = value;
        else if (key == "device")
            closed.device = value;
        else if (key == "checked-at-ms")
            checkedAtMs = value;
    }
    // A write-ahead log beside it: something opened it after Hearth closed it.
    const bool logBeside = SqliteFile::hasContent(path + u"-wal"_s);
    if (!closed.isValid() || closed != identityOf(path) || logBeside) {
        qCInfo(lcCache) << "The cache" << path
                        << "changed since Hearth closed it; checking it whole.";
        return Check::Checked;
    }
    if (checkedAtMs > 0)
        m_checkedAt = QDateTime::fromMSecsSinceEpoch(checkedAtMs, Qt::UTC);
    return Check::Trusted;
}

void CacheDatabase::leaveCleanMark() const
{
    // Only the last connection to close checkpoints the log into the file and removes it;
    // while another is open the file may still change, and the mark would be wrong.
    if (QFileInfo::exists(m_path + u"-wal"_s))
        return;
    const FileIdentity identity = identityOf(m_path);
    if (!identity.isValid())
        return;
    QByteArray mark = MarkHeader.toByteArray() + '\n';
    mark += "size " + QByteArray::number(identity.size) + '\n';
    mark += "modified-ns " + QByteArray::number(identity.modifiedNs) + '\n';
    mark += "inode " + QByteArray::number(identity.inode) + '\n';
    mark += "device " + QByteArray::number(identity.device) + '\n';
    if (m_checkedAt.isValid())
        mark += "checked-at-ms " + QByteArray::number(m_checkedAt.toMSecsSinceEpoch()) + '\n';
    QSaveFile file(cleanMarkPath(m_path));
    if (!file.open(QIODevice::WriteOnly) || file.write(mark) != mark.size() || !file.commit())
        qCWarning(lcCache) << "cannot leave the clean mark beside" << m_path;
}

bool CacheDatabase::fail(const QString &problem)
{
    m_error = problem;
    close();
    return false;
}

bool CacheDatabase::setAsideAndReopen(const QString &path, const QString &reason)
{
    qCWarning(lcCache).noquote() << "The cache" << path << "cannot be used (" << reason
                                 << "); setting it aside and starting afresh.";
    close();
    QString aside;
    if (!SqliteFile::moveAside(path, &aside, &m_error))
        return false;
    QString problem;
    // New: nothing to read whole.
    if (openAndCheck(path, &problem, false) != Outcome::Ok)
        return fail(problem);
    m_checkOwed = false;
    m_checkedAt = QDateTime::currentDateTimeUtc();
    m_recovery.cacheRebuilt = true;
    m_recovery.reason = reason;
    m_recovery.movedAsidePath = aside;
    qCInfo(lcCache).noquote() << "Rebuilt the cache" << path << "; the damaged file is at" << aside;
    return true;
}

bool CacheDatabase::knowsWordsFile() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT value FROM main.sync_state WHERE key = '%1'"_s.arg(WordsKey))
        && query.next();
}

void CacheDatabase::rememberWordsFile()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            u"INSERT OR REPLACE INTO main.sync_state (key, value) VALUES ('%1', '%2')"_s.arg(
                WordsKey, QFileInfo(wordsPath()).fileName().replace(u'\'', u"''"_s)))) {
        qCWarning(lcCache) << "cannot note the words file in the cache:"
                           << query.lastError().text();
    }
}

QString CacheDatabase::wordsPath() const
{
    return WordsDatabase::fileName(m_path);
}

void CacheDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    // A check still owed stays owed: no mark, so the next open checks it.
    if (std::exchange(m_markOnClose, false) && !m_checkOwed)
        leaveCleanMark();
}

CacheDatabase::Outcome CacheDatabase::openAndCheck(
    const QString &path, QString *problem, bool fullCheck)
{
    m_connectionName = u"hearth-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *problem = m_db.lastError().text();
        return SqliteFile::outcomeOf(m_db.lastError(), path);
    }

    QSqlQuery query(m_db);
    const auto failed = [&] {
        *problem = query.lastError().text();
        return SqliteFile::outcomeOf(query.lastError(), path);
    };
    // busy_timeout first, so that the others wait for a lock held by a checkpoint rather
    // than fail.
    if (!query.exec(u"PRAGMA busy_timeout = 5000"_s))
        return failed();
    if (!query.exec(u"PRAGMA main.journal_mode = WAL"_s))
        return failed();
    if (query.next() && query.value(0).toString() != u"wal") {
        // Some file systems (network mounts) cannot share WAL memory: still usable.
        qCWarning(lcCache) << "The cache" << path << "is not in WAL mode but"
                           << query.value(0).toString();
    }
    // NORMAL: in WAL mode a commit is not fsynced, only checkpoints are. The cache is
    // disposable: a power cut may lose its last commits, never its consistency, and a batch's
    // change sequence commits with the batch, so the lost tail is pulled again. The person's
    // words are in the attached words file, which stays FULL (docs/architecture.md).
    for (const QString &statement :
        {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA main.synchronous = NORMAL"_s}) {
        if (!query.exec(statement))
            return failed();
    }
    query.finish();
    if (!fullCheck)
        return Outcome::Ok;
    ++fullChecks;
    bool environment = false;
    if (!SqliteFile::quickCheck(m_db, path, problem, &environment))
        return environment ? Outcome::Failed : Outcome::Damaged;
    m_checkedAt = QDateTime::currentDateTimeUtc();
    return Outcome::Ok;
}

bool CacheDatabase::carryWordsForward(QString *problem)
{
    // Copied in a transaction that writes the words file alone and is durable before step 3
    // drops the tables: a crash in between leaves the rows in both, and the copy is done
    // again, ignoring what is there already.
    if (!m_db.transaction()) {
        *problem = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    const QString words = WordsDatabase::schemaName();
    QStringList tables;
    if (!query.exec(u"SELECT name FROM main.sqlite_master WHERE type = 'table'"_s)) {
        *problem = query.lastError().text();
        m_db.rollback();
        return false;
    }
    while (query.next())
        tables.append(query.value(0).toString());
    query.finish();
    QStringList statements;
    if (tables.contains(u"outbox"_s)) {
        const QString columns = u"id, kind, target, payload, idempotency_key, state, attempts, "
                                "next_attempt_at, last_error, created_at"_s;
        statements.append(u"INSERT OR IGNORE INTO %1.outbox (%2) SELECT %2 FROM main.outbox"_s.arg(
            words, columns));
        // AUTOINCREMENT's high mark goes along, so that no id is ever used twice.
        statements.append(
            u"UPDATE %1.sqlite_sequence SET seq = max(seq, (SELECT seq FROM "
            "main.sqlite_sequence WHERE name = 'outbox')) WHERE name = 'outbox' "
            "AND EXISTS (SELECT 1 FROM main.sqlite_sequence WHERE name = 'outbox')"_s.arg(words));
    }
    if (tables.contains(u"drafts"_s)) {
        statements.append(u"INSERT OR IGNORE INTO %1.drafts (key, json, updated_at) "
                          "SELECT key, json, updated_at FROM main.drafts"_s.arg(words));
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *problem
                = u"Carrying the outbox and drafts over failed: %1"_s.arg(query.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *problem = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

CacheDatabase::Outcome CacheDatabase::migrate(QString *problem)
{
    // A newer Hearth's cache is Damaged: setting it aside lets this build work; the words are
    // in their own file.
    const auto result
        = migrations().migrate(m_db, m_targetVersion, [this](int version, QString *problem) {
              // (Opened with Words::Leave, there is no words file to carry them to.)
              return version != WordsMovedOutVersion || carryWordsForward(problem);
          });
    return SqliteFile::outcomeOf(result, m_path, problem);
}

} // namespace Hearth
