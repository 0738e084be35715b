// The cache file: one per (server, account), WAL, migrated forward; a damaged file is
// detected at open, set aside and rebuilt, with the outbox and drafts salvaged when they
// can still be read.

#include "CacheTestData.h"
#include "api/Hashtags.h"
#include "api/Json.h"
#include "cache/BlockList.h"
#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::CacheTest;
using namespace Qt::StringLiterals;

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileNamesDifferPerServerAndAccount();
    void fileNamesAreSafe_data();
    void fileNamesAreSafe();
    void defaultDataDirIsAppData();
    void opensInWalMode();
    void migratesAnEmptyFile();
    void migratesAVersion1File();
    void carriesThePostsIntoColumns();
    void createsMissingFolders();
    void reopeningKeepsData();
    void instancesUseSeparateConnections();
    void recoversDamagedFile_data();
    void recoversDamagedFile();
    void keepsTheWordsWhateverBefallsTheCache_data();
    void keepsTheWordsWhateverBefallsTheCache();
    void repairsTheWordsFile_data();
    void repairsTheWordsFile();
    void carriesTheWordsOutOfAnOlderCache();
    void readsTheWordsBackFromAnOlderDamagedCache();
    void theWritersConnectionLeavesTheWords();
};

namespace {

// The schema version from which posts are stored in columns rather than as wire JSON.
constexpr int PostsInColumnsVersion = 4;

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

QStringList tablesIn(const QSqlDatabase &db, const QString &schema)
{
    QStringList tables;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name FROM %1.sqlite_master WHERE type = 'table'"_s.arg(schema)))
        return tables;
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

QList<OutboxEntry> sampleOutbox()
{
    QList<OutboxEntry> entries;
    for (int i = 0; i < 3; ++i) {
        OutboxEntry entry;
        entry.kind = i == 1 ? u"react"_s : u"createComment"_s;
        entry.target = u"post:%1"_s.arg(40 + i);
        entry.payload = QJsonObject{
            {u"body"_s, u"Sending you strength, note %1"_s.arg(i)}, {u"postId"_s, 40 + i}};
        entry.state = i == 2 ? OutboxEntry::Failed : OutboxEntry::Pending;
        entry.attempts = i;
        entry.lastError = i == 2 ? u"validation_failed"_s : QString();
        entries.append(entry);
    }
    return entries;
}

struct Filled
{
    QList<OutboxEntry> outbox;
    QList<DraftStore::Draft> drafts;
};

// Stores posts as Hearth did up to schema version 3: each post whole as its wire JSON, beside
// the columns that queries filter and sort on.
void storeAsWireJson(const QSqlDatabase &db, const QList<Post> &posts)
{
    QSqlQuery query(db);
    for (const Post &post : posts) {
        const QString json
            = QString::fromUtf8(QJsonDocument(Json::toJson(post)).toJson(QJsonDocument::Compact));
        QVERIFY(query.prepare(u"INSERT INTO posts (id, kind, created_at, author_id, version, "
                              "title, body, json, local_state, cached_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s));
        for (const QVariant &value :
            QVariantList{post.id, toWire(post.kind), post.createdAt.toMSecsSinceEpoch(),
                post.author.id, post.version, post.title, post.body, json, post.id < 0 ? 1 : 0})
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        for (const QString &tag : post.hashtags) {
            QVERIFY(query.prepare(u"INSERT OR IGNORE INTO post_topics (slug, post_id, kind, "
                                  "created_at) VALUES (?, ?, ?, ?)"_s));
            query.addBindValue(Hashtags::slug(tag));
            query.addBindValue(post.id);
            query.addBindValue(toWire(post.kind));
            query.addBindValue(post.createdAt.toMSecsSinceEpoch());
            QVERIFY(query.exec());
        }
        if (post.media) {
            for (const auto &[id, role] : {std::pair(std::optional(post.media->id), u"media"_s),
                     std::pair(post.media->posterId, u"poster"_s)}) {
                if (!id)
                    continue;
                QVERIFY(query.prepare(
                    u"INSERT INTO media_refs (post_id, media_id, role) VALUES (?, ?, ?)"_s));
                query.addBindValue(post.id);
                query.addBindValue(*id);
                query.addBindValue(role);
                QVERIFY(query.exec());
            }
        }
        if (const auto mine = post.reactions.mine()) {
            QVERIFY(query.prepare(u"INSERT INTO my_reactions (post_id, kind) VALUES (?, ?)"_s));
            query.addBindValue(post.id);
            query.addBindValue(toWire(*mine));
            QVERIFY(query.exec());
        }
    }
}

// A cache with an outbox, drafts and enough posts to span many pages, migrated up to
// schemaVersion (an older one: as that version's Hearth left it).
Filled fill(const QString &path, int postCount, int schemaVersion = CacheDatabase::schemaVersion())
{
    Filled filled;
    CacheDatabase database;
    if (!database.open(path, CacheDatabase::Words::Attach, schemaVersion))
        return filled;
    {
        OutboxStore outbox(database.connection());
        for (const OutboxEntry &entry : sampleOutbox())
            outbox.enqueue(entry);
        filled.outbox = outbox.all();
        DraftStore drafts(database.connection());
        drafts.save(u"post:new"_s, QJsonObject{{u"title"_s, u"A draft about rest"_s}});
        drafts.save(u"comment:post:41"_s, QJsonObject{{u"body"_s, u"Half a thought"_s}});
        filled.drafts = drafts.all();

        FeedCache feed(database.connection());
        QList<Post> posts;
        for (int i = 1; i <= postCount; ++i) {
            posts.append(makePost(i, PostKind::Story, baseTime().addSecs(i), {u"Therapy"_s}, {},
                QString(u"A long evening story, paragraph after paragraph. "_s).repeated(30)));
        }
        if (schemaVersion < PostsInColumnsVersion)
            storeAsWireJson(database.connection(), posts);
        else
            feed.storePosts(posts);
    }
    database.close();
    return filled;
}

void overwrite(const QString &path, qint64 from, qint64 length, quint32 seed)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QRandomGenerator random(seed);
    QByteArray garbage(length, Qt::Uninitialized);
    for (char &byte : garbage)
        byte = char(random.bounded(256));
    QVERIFY(file.seek(from));
    QCOMPARE(file.write(garbage), length);
}

// A cache as Hearth left it up to schema version 2: the outbox and the drafts in the cache
// itself (created before the posts, as the first schema did), and no words file.
Filled makeOlderCache(const QString &path, int postCount)
{
    Filled filled;
    {
        CacheDatabase current;
        if (!current.open(path, CacheDatabase::Words::Attach, PostsInColumnsVersion - 1))
            return filled;
        const QString words = current.wordsPath();
        current.close();
        QFile::remove(words);
    }
    const QString name = u"older-hearth"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return filled;
        QSqlQuery query(db);
        for (const QString &statement : {
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
                 u"DELETE FROM sync_state"_s,
                 u"PRAGMA user_version = 2"_s,
             }) {
            if (!query.exec(statement)) {
                qWarning() << query.lastError().text();
                return filled;
            }
        }
        OutboxStore outbox(db);
        for (const OutboxEntry &entry : sampleOutbox())
            outbox.enqueue(entry);
        // A sent write leaves a gap: ids are never used again.
        outbox.remove(outbox.enqueue(sampleOutbox().first()));
        filled.outbox = outbox.all();
        DraftStore drafts(db);
        drafts.save(u"post:new"_s, QJsonObject{{u"title"_s, u"Written before the update"_s}});
        drafts.save(u"comment:post:41"_s, QJsonObject{{u"body"_s, u"Still thinking"_s}});
        filled.drafts = drafts.all();
        QList<Post> posts;
        for (int i = 1; i <= postCount; ++i) {
            posts.append(makePost(i, PostKind::Story, baseTime().addSecs(i), {u"Therapy"_s}, {},
                QString(u"An older evening story, line after line. "_s).repeated(30)));
        }
        storeAsWireJson(db, posts);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return filled;
}

// Copies every file in dir (the database files and their -wal and -journal) as they are
// at this moment, for crashed() to put back: what a power cut would leave.
QHash<QString, QByteArray> snapshot(const QString &dir)
{
    QHash<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            files.insert(info.filePath(), file.readAll());
    }
    return files;
}

void crashed(const QString &dir, const QHash<QString, QByteArray> &files)
{
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files))
        QVERIFY(QFile::remove(info.filePath()));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(it.key());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(it.value()), it.value().size());
    }
}

} // namespace

void TestCacheDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCacheDatabase::fileNamesDifferPerServerAndAccount()
{
    const QString dir = u"/data"_s;
    const QUrl community(u"https://community.example.org"_s);
    const QStringList names{
        CacheDatabase::fileName(dir, community, u"maple_tea"_s),
        CacheDatabase::fileName(dir, community, u"river_stone"_s),
        CacheDatabase::fileName(dir, community, QString()),
        // A member whose handle is "guest" is not the signed-out reader.
        CacheDatabase::fileName(dir, community, u"guest"_s),
        CacheDatabase::fileName(dir, QUrl(u"https://community.example.org:8443"_s), u"maple_tea"_s),
        CacheDatabase::fileName(dir, QUrl(u"http://community.example.org"_s), u"maple_tea"_s),
        CacheDatabase::fileName(dir, QUrl(u"https://other.example.org"_s), u"maple_tea"_s),
        CacheDatabase::fileName(
            dir, QUrl(u"https://community.example.org/second/"_s), u"maple_tea"_s),
    };
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());

    QCOMPARE(names.at(0), u"/data/cache/community.example.org_443-@maple_tea.sqlite"_s);
    QCOMPARE(names.at(2), u"/data/cache/community.example.org_443-guest.sqlite"_s);
    QCOMPARE(names.at(4), u"/data/cache/community.example.org_8443-@maple_tea.sqlite"_s);
    // The same server and account always give the same file; host case does not matter.
    QCOMPARE(
        CacheDatabase::fileName(dir, QUrl(u"https://Community.Example.org/"_s), u"maple_tea"_s),
        names.at(0));
}

void TestCacheDatabase::fileNamesAreSafe_data()
{
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("handle");
    QTest::newRow("ipv6") << QUrl(u"http://[::1]:8080"_s) << u"maple_tea"_s;
    QTest::newRow("international host") << QUrl(u"https://bücher.example"_s) << u"maple"_s;
    QTest::newRow("path") << QUrl(u"https://example.org/hearth/community/"_s) << QString();
    QTest::newRow("traversal handle") << QUrl(u"https://example.org"_s) << u"../../etc/passwd"_s;
    QTest::newRow("odd handle") << QUrl(u"https://example.org"_s) << u"Ma:ple*?\"<>|\\ tea"_s;
    QTest::newRow("long host") << QUrl(u"https://"_s + QString(240, u'a') + u".org"_s)
                               << u"maple"_s;
    QTest::newRow("no host") << QUrl() << QString();
}

void TestCacheDatabase::fileNamesAreSafe()
{
    QFETCH(QUrl, server);
    QFETCH(QString, handle);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = CacheDatabase::fileName(dir.path(), server, handle);
    const QFileInfo info(path);
    QCOMPARE(info.absolutePath(), dir.path() + u"/cache"_s);
    static const QRegularExpression safe(u"^[a-z0-9._@~-]+\\.sqlite$"_s);
    QVERIFY2(safe.match(info.fileName()).hasMatch(), qPrintable(info.fileName()));
    QVERIFY(info.fileName().size() < 160);
    // Really creatable, and distinct from the signed-out file.
    QVERIFY(path != CacheDatabase::fileName(dir.path(), server, u"x"_s + handle));
    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(QFileInfo::exists(path));
}

void TestCacheDatabase::defaultDataDirIsAppData()
{
    const QString path
        = CacheDatabase::fileName(QString(), QUrl(u"https://example.org"_s), u"maple"_s);
    QCOMPARE(path,
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/cache/example.org_443-@maple.sqlite"_s);
}

void TestCacheDatabase::opensInWalMode()
{
    QTemporaryDir dir;
    CacheDatabase database;
    QVERIFY2(database.open(dir.filePath(u"cache.sqlite"_s)), qPrintable(database.errorString()));
    QCOMPARE(pragma(database.connection(), u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(database.connection(), u"foreign_keys"_s).toInt(), 1);
    QVERIFY(pragma(database.connection(), u"busy_timeout"_s).toInt() >= 1000);
}

void TestCacheDatabase::migratesAnEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.sqlite"_s);
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.recovery().happened);
    QVERIFY(CacheDatabase::schemaVersion() >= 1);
    QCOMPARE(
        pragma(database.connection(), u"user_version"_s).toInt(), CacheDatabase::schemaVersion());
    const QStringList expected{u"blocked_users"_s, u"comments"_s, u"drafts"_s, u"feed_cursors"_s,
        u"media_refs"_s, u"my_reactions"_s, u"outbox"_s, u"post_topics"_s, u"posts"_s,
        u"posts_fts"_s, u"sync_state"_s, u"thread_cursors"_s, u"topics"_s, u"trending_ranks"_s};
    // The person's words are in the words file, attached to the cache's connection.
    const QStringList words{u"drafts"_s, u"outbox"_s};
    const QStringList inWords = tablesIn(database.connection(), u"words"_s);
    const QStringList inCache = tablesIn(database.connection(), u"main"_s);
    for (const QString &table : expected) {
        QVERIFY2((words.contains(table) ? inWords : inCache).contains(table), qPrintable(table));
        if (words.contains(table))
            QVERIFY2(!inCache.contains(table), qPrintable(table));
    }
    QCOMPARE(database.wordsPath(), dir.filePath(u"empty.words.sqlite"_s));
    QCOMPARE(pragma(database.connection(), u"words.journal_mode"_s).toString(), u"truncate"_s);
    QCOMPARE(pragma(database.connection(), u"words.synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(pragma(database.connection(), u"words.secure_delete"_s).toInt(), 1);
}

void TestCacheDatabase::migratesAVersion1File()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"version1.sqlite"_s);
    const Filled filled = fill(path, 3, PostsInColumnsVersion - 1);
    QCOMPARE(filled.outbox.size(), 3);
    {
        // Back to version 1 as the first release left it: step 2 only adds blocked_users.
        const QString name = u"back-to-version-1"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DROP TABLE blocked_users"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
            QVERIFY(!db.tables().contains(u"blocked_users"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.recovery().happened);
    QCOMPARE(
        pragma(database.connection(), u"user_version"_s).toInt(), CacheDatabase::schemaVersion());
    QVERIFY(database.connection().tables().contains(u"blocked_users"_s));
    QCOMPARE(OutboxStore(database.connection()).all(), filled.outbox);
    QCOMPARE(DraftStore(database.connection()).all(), filled.drafts);
    QVERIFY(FeedCache(database.connection()).post(2));
    BlockList blocks(database.connection());
    QVERIFY(blocks.all().isEmpty());
    QVERIFY(blocks.block(member(7)));
    QVERIFY(blocks.contains(7));
}

// A cache of schema version 3 held each post as its wire JSON: step 4 moves every field into
// columns of its own, local ids and all, and leaves the rest of the cache as it was.
void TestCacheDatabase::carriesThePostsIntoColumns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"version3.sqlite"_s);

    Post shared = makePost(41, PostKind::Post, baseTime(), {u"Therapy"_s, u"Überleben"_s},
        u"A gentle first session"_s);
    shared.author = {9, u"willow_path"_s, u"Willow & Path"_s, true};
    shared.contentWarning = u"Talks about a hospital stay"_s;
    shared.media = Media{501, MediaKind::Image, u"image/jpeg"_s, 1200, 800, 123456,
        u"A window with rain on it"_s, true, std::nullopt, std::nullopt};
    shared.editedAt = baseTime().addMSecs(90'123);
    shared.version = 3;
    shared.reactions.setCount(ReactionKind::Heart, 3);
    shared.reactions.setCount(ReactionKind::MeToo, 2);
    shared.reactions.setCount(ReactionKind::ThinkingOfYou, 9'007'199'254);
    shared.reactions.setMine(ReactionKind::Hug);
    shared.commentCount = 7;
    shared.teamPrompt = true;
    // Written offline: its id and its video's are local, not yet the server's.
    Post local = makePost(-3, PostKind::Video, baseTime().addSecs(60), {u"Therapy"_s});
    local.media = Media{
        -5, MediaKind::Video, u"video/x-msvideo"_s, 640, 360, 2'000'000, {}, false, -6, 12'345};
    const Post story = makePost(42, PostKind::Story, baseTime().addSecs(-60), {u"Therapy"_s});
    const QList<Post> posts{shared, local, story};
    const Topic therapy{u"therapy"_s, u"Therapy"_s, u"Therapy"_s, u"Talking it through"_s,
        {14'600, 1'400, 0, 2}, true};
    const Comment comment = makeComment(7001, 41, std::nullopt, baseTime().addSecs(5));
    {
        CacheDatabase older;
        QVERIFY2(older.open(path, CacheDatabase::Words::Attach, PostsInColumnsVersion - 1),
            qPrintable(older.errorString()));
        QCOMPARE(pragma(older.connection(), u"user_version"_s).toInt(), PostsInColumnsVersion - 1);
        storeAsWireJson(older.connection(), posts);
        // A row that never decoded: it showed nowhere, and goes.
        QSqlQuery query(older.connection());
        QVERIFY(query.exec(u"INSERT INTO posts (id, kind, created_at, author_id, version, "
                           "title, body, json, cached_at) "
                           "VALUES (43, 'post', 0, 1, 1, 'x', 'y', '{not json', 0)"_s));
        FeedCache feed(older.connection());
        QVERIFY(feed.storeTopic(therapy));
        QVERIFY(feed.setServerCursor({u"therapy"_s, FeedKind::All, FeedSort::Latest}, u"c2"_s));
        QVERIFY(feed.setChangeSequence(812));
        QVERIFY(CommentCache(older.connection()).storeComment(comment));
        QVERIFY(BlockList(older.connection()).block(member(77)));
        QVERIFY(DraftStore(older.connection())
                    .save(u"post:new"_s, QJsonObject{{u"title"_s, u"Half written"_s}}));
    }

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.recovery().happened);
    QCOMPARE(
        pragma(database.connection(), u"user_version"_s).toInt(), CacheDatabase::schemaVersion());
    QVERIFY(!database.connection().record(u"posts"_s).contains(u"json"_s));
    FeedCache feed(database.connection());
    for (const Post &post : posts)
        QCOMPARE(feed.post(post.id), std::optional(post));
    QVERIFY(!feed.post(43));
    QCOMPARE(feed.localState(-3), LocalState::Pending);
    QCOMPARE(feed.myReaction(41), std::optional(ReactionKind::Hug));
    QCOMPARE(idsOf(feed.feed({u"therapy"_s, FeedKind::All, FeedSort::Latest}, {}, 10)),
        (QList<qint64>{-3, 41, 42}));
    QCOMPARE(idsOf(feed.feed({u"überleben"_s, FeedKind::Post, FeedSort::Latest}, {}, 10)),
        QList<qint64>{41});
    QCOMPARE(idsOf(feed.search(u"gentle sess"_s, 5)), QList<qint64>{41});
    QCOMPARE(feed.referencedMediaIds(), (QList<qint64>{-6, -5, 501}));
    QCOMPARE(feed.topic(u"therapy"_s), std::optional(therapy));
    QCOMPARE(feed.serverCursor({u"therapy"_s, FeedKind::All, FeedSort::Latest}), u"c2"_s);
    QCOMPARE(feed.changeSequence(), 812);
    QCOMPARE(CommentCache(database.connection()).thread(41), QList<Comment>{comment});
    QVERIFY(BlockList(database.connection()).contains(77));
    QCOMPARE(DraftStore(database.connection()).all().size(), 1);

    // And the migrated rows take writes as new ones do.
    QVERIFY(feed.setMyReaction(41, ReactionKind::Heart));
    QCOMPARE(feed.post(41)->reactions.count(ReactionKind::Heart), 4);
    QCOMPARE(feed.post(41)->reactions.mine(), std::optional(ReactionKind::Heart));
    QVERIFY(feed.replacePostId(-3, 44));
    Post sent = local;
    sent.id = 44;
    QCOMPARE(feed.post(44), std::optional(sent));
}

void TestCacheDatabase::createsMissingFolders()
{
    QTemporaryDir dir;
    const QString path = CacheDatabase::fileName(
        dir.filePath(u"deep/er"_s), QUrl(u"https://example.org"_s), QString());
    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QCOMPARE(database.path(), path);
    QVERIFY(QFileInfo::exists(path));
}

void TestCacheDatabase::reopeningKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const Filled filled = fill(path, 3);
    QCOMPARE(filled.outbox.size(), 3);

    CacheDatabase database;
    QVERIFY(database.open(path));
    QVERIFY(!database.recovery().happened);
    {
        QCOMPARE(OutboxStore(database.connection()).all(), filled.outbox);
        QCOMPARE(DraftStore(database.connection()).all(), filled.drafts);
        const auto post = FeedCache(database.connection()).post(2);
        QVERIFY(post);
        QCOMPARE(post->id, 2);
        QCOMPARE(pragma(database.connection(), u"user_version"_s).toInt(),
            CacheDatabase::schemaVersion());
    }
}

void TestCacheDatabase::instancesUseSeparateConnections()
{
    QTemporaryDir dir;
    CacheDatabase first;
    CacheDatabase second;
    QVERIFY(first.open(dir.filePath(u"a.sqlite"_s)));
    QVERIFY(second.open(dir.filePath(u"b.sqlite"_s)));
    const QString firstName = first.connection().connectionName();
    QVERIFY(firstName != second.connection().connectionName());
    QVERIFY(QSqlDatabase::connectionNames().contains(firstName));
    {
        FeedCache(first.connection()).setState(u"k"_s, u"first"_s);
        QCOMPARE(FeedCache(second.connection()).state(u"k"_s), QString());
    }
    first.close();
    QVERIFY(!QSqlDatabase::connectionNames().contains(firstName));
    QVERIFY(!first.isOpen());
    QVERIFY(second.isOpen());
}

void TestCacheDatabase::recoversDamagedFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage bytes") << u"garbage"_s;
    QTest::newRow("garbage with a stale WAL") << u"garbage+wal"_s;
    QTest::newRow("truncated to half") << u"truncate"_s;
    QTest::newRow("pages garbled in the middle") << u"middle"_s;
    QTest::newRow("from a newer Hearth") << u"newer"_s;
}

void TestCacheDatabase::recoversDamagedFile()
{
    QFETCH(QString, damage);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const Filled filled = fill(path, 400);
    QCOMPARE(filled.outbox.size(), 3);
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size > 1024 * 1024, "the posts should span many pages");
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));

    if (damage == u"garbage") {
        overwrite(path, 0, size, 7);
    } else if (damage == u"garbage+wal") {
        // A WAL left by a crash: valid, and replayed into whatever file it sits next to.
        const QString walCopy = dir.filePath(u"crashed-wal"_s);
        {
            CacheDatabase crashed;
            QVERIFY(crashed.open(path));
            QSqlQuery query(crashed.connection());
            QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY(FeedCache(crashed.connection())
                        .storePosts({makePost(9001, PostKind::Post, baseTime(), {u"Rest"_s})}));
            QVERIFY(QFile::copy(path + u"-wal"_s, walCopy));
        }
        overwrite(path, 0, size, 7);
        QVERIFY(QFile::copy(walCopy, path + u"-wal"_s));
    } else if (damage == u"truncate") {
        QVERIFY(QFile::resize(path, size / 2));
    } else if (damage == u"middle") {
        constexpr qint64 page = 4096;
        const qint64 from = (size * 2 / 5) / page * page;
        overwrite(path, from, (size / 5) / page * page, 9);
    } else if (damage == u"newer") {
        const QString name = u"newer-schema"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (QTest::currentTestFailed())
        return;
    const qint64 damagedSize = QFileInfo(path).size();

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    const CacheDatabase::Recovery recovery = database.recovery();
    QVERIFY(recovery.happened);
    QVERIFY(!recovery.reason.isEmpty());
    qInfo() << "detected:" << recovery.reason;

    // The damaged file is kept, beside the fresh one, under a recognisable name.
    static const QRegularExpression asideName(u"^cache\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"_s);
    QVERIFY2(asideName.match(QFileInfo(recovery.movedAsidePath).fileName()).hasMatch(),
        qPrintable(recovery.movedAsidePath));
    QCOMPARE(QFileInfo(recovery.movedAsidePath).absolutePath(), QFileInfo(path).absolutePath());
    QCOMPARE(QFileInfo(recovery.movedAsidePath).size(), damagedSize);
    if (damage.endsWith(u"+wal")) {
        // The crashed WAL went with the damaged file (moved, or checkpointed into it by
        // SQLite on close): the WAL beside the fresh file, if any, is the fresh file's own.
        QFile wal(path + u"-wal"_s);
        QFile stale(dir.filePath(u"crashed-wal"_s));
        QVERIFY(stale.open(QIODevice::ReadOnly));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(wal.read(32) != stale.read(32));
    }

    // The fresh cache is healthy, current and empty of server data.
    QCOMPARE(pragma(database.connection(), u"quick_check"_s).toString(), u"ok"_s);
    QCOMPARE(
        pragma(database.connection(), u"user_version"_s).toInt(), CacheDatabase::schemaVersion());
    QCOMPARE(pragma(database.connection(), u"journal_mode"_s).toString(), u"wal"_s);
    {
        FeedCache feed(database.connection());
        QVERIFY(!feed.post(1));
        QVERIFY(!feed.post(9001));
        QVERIFY(feed.feed({u"therapy"_s, FeedKind::All, FeedSort::Latest}, {}, 10).isEmpty());

        // What the server cannot give back is still there, in order, with its keys, however
        // damaged the cache was: it lives in the words file, which needed no salvage.
        OutboxStore outbox(database.connection());
        DraftStore drafts(database.connection());
        QVERIFY(recovery.cacheRebuilt);
        QVERIFY(!recovery.wordsRepaired);
        QVERIFY(!recovery.wordsMayBeLost);
        QCOMPARE(recovery.salvagedOutboxRows, 0);
        QCOMPARE(outbox.all(), filled.outbox);
        QCOMPARE(recovery.salvagedDrafts, 0);
        QCOMPARE(drafts.all(), filled.drafts);
        // New entries go after the kept ones.
        const qint64 next = outbox.enqueue(sampleOutbox().first());
        QVERIFY(next > filled.outbox.last().id);
    }
    database.close();

    // The rebuilt file opens cleanly the next time.
    CacheDatabase again;
    QVERIFY(again.open(path));
    QVERIFY(!again.recovery().happened);
    QCOMPARE(OutboxStore(again.connection()).all().size(), 4);
}

void TestCacheDatabase::keepsTheWordsWhateverBefallsTheCache_data()
{
    // The damage SQLite meets in practice (issue 13, defect 11).
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated to 8 KiB") << u"truncate-8k"_s;
    QTest::newRow("header zeroed") << u"zero-header"_s;
    QTest::newRow("-wal garbled") << u"garble-wal"_s;
    QTest::newRow("-wal deleted") << u"delete-wal"_s;
    QTest::newRow("0 bytes") << u"empty"_s;
}

// The cache is disposable, the person's words are not: whatever happens to the cache file,
// every queued write and every draft is still there when it opens again.
void TestCacheDatabase::keepsTheWordsWhateverBefallsTheCache()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    Filled filled = fill(path, 400);
    QCOMPARE(filled.outbox.size(), 3);

    {
        // One more write and draft, and a post, while the app runs; then a power cut
        // before any checkpoint: the cache's latest commits are in its -wal only.
        CacheDatabase running;
        QVERIFY(running.open(path));
        QHash<QString, QByteArray> atTheCut;
        {
            QSqlQuery query(running.connection());
            QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            OutboxEntry late = sampleOutbox().first();
            late.payload.insert(u"body"_s, u"Written on the night bus"_s);
            OutboxStore outbox(running.connection());
            QVERIFY(outbox.enqueue(late) > 0);
            DraftStore drafts(running.connection());
            QVERIFY(drafts.save(u"comment:post:42"_s, QJsonObject{{u"body"_s, u"Not sure yet"_s}}));
            QVERIFY(FeedCache(running.connection())
                        .storePosts({makePost(9001, PostKind::Post, baseTime(), {u"Rest"_s})}));
            filled.outbox = outbox.all();
            filled.drafts = drafts.all();
            QCOMPARE(filled.outbox.size(), 4);
            QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
            atTheCut = snapshot(dir.path());
        }
        running.close();
        crashed(dir.path(), atTheCut);
    }
    if (QTest::currentTestFailed())
        return;

    const QString wal = path + u"-wal"_s;
    if (damage == u"truncate-8k") {
        QVERIFY(QFile::remove(wal));
        QVERIFY(QFile::resize(path, 8 * 1024));
    } else if (damage == u"zero-header") {
        QVERIFY(QFile::remove(wal));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(QByteArray(100, '\0')), 100);
    } else if (damage == u"garble-wal") {
        overwrite(wal, 0, QFileInfo(wal).size(), 11);
    } else if (damage == u"delete-wal") {
        QVERIFY(QFile::remove(wal));
    } else if (damage == u"empty") {
        QVERIFY(QFile::remove(wal));
        QVERIFY(QFile::resize(path, 0));
    }
    if (QTest::currentTestFailed())
        return;

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    qInfo() << "recovery:" << database.recovery().happened << database.recovery().reason;
    QCOMPARE(pragma(database.connection(), u"quick_check"_s).toString(), u"ok"_s);
    QCOMPARE(OutboxStore(database.connection()).all(), filled.outbox);
    QCOMPARE(DraftStore(database.connection()).all(), filled.drafts);
    QVERIFY(!database.recovery().wordsMayBeLost);
    // And it keeps them across the next start as well.
    database.close();
    CacheDatabase again;
    QVERIFY(again.open(path));
    QVERIFY(!again.recovery().happened);
    QCOMPARE(OutboxStore(again.connection()).all(), filled.outbox);
}

void TestCacheDatabase::repairsTheWordsFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated to 8 KiB") << u"truncate-8k"_s;
    QTest::newRow("header zeroed") << u"zero-header"_s;
    QTest::newRow("schema page zeroed") << u"zero-page-1"_s;
    QTest::newRow("-wal garbled beside it") << u"garble-wal"_s;
    QTest::newRow("-journal garbled beside it") << u"garble-journal"_s;
    QTest::newRow("0 bytes") << u"empty"_s;
    QTest::newRow("missing") << u"missing"_s;
}

// The words file itself damaged: what its pages still hold is read back into a fresh one,
// and the recovery says whether anything may be missing. A missing or empty file where the
// cache knew one is a loss to report, not a first start.
void TestCacheDatabase::repairsTheWordsFile()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const Filled filled = fill(path, 20);
    QCOMPARE(filled.outbox.size(), 3);
    QCOMPARE(filled.drafts.size(), 2);
    const QString words = dir.filePath(u"cache.words.sqlite"_s);
    QVERIFY(QFileInfo(words).size() > 8 * 1024);

    if (damage == u"truncate-8k") {
        QVERIFY(QFile::resize(words, 8 * 1024));
    } else if (damage == u"zero-header") {
        QFile file(words);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(QByteArray(100, '\0')), 100);
    } else if (damage == u"zero-page-1") {
        QFile file(words);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(QByteArray(4096, '\0')), 4096);
    } else if (damage == u"garble-wal") {
        QFile wal(words + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.close();
        QVERIFY(QFile::resize(words + u"-wal"_s, 3 * 4096));
        overwrite(words + u"-wal"_s, 0, 3 * 4096, 21);
    } else if (damage == u"garble-journal") {
        QFile journal(words + u"-journal"_s);
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.close();
        QVERIFY(QFile::resize(words + u"-journal"_s, 2 * 4096));
        overwrite(words + u"-journal"_s, 0, 2 * 4096, 22);
    } else if (damage == u"empty") {
        QVERIFY(QFile::resize(words, 0));
    } else if (damage == u"missing") {
        QVERIFY(QFile::remove(words));
    }
    if (QTest::currentTestFailed())
        return;

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    const CacheDatabase::Recovery recovery = database.recovery();
    qInfo() << "words:" << recovery.wordsReason << recovery.salvagedOutboxRows
            << recovery.salvagedDrafts << recovery.wordsMayBeLost;
    QVERIFY(!recovery.cacheRebuilt);
    QVERIFY(FeedCache(database.connection()).post(2));
    OutboxStore outbox(database.connection());
    DraftStore drafts(database.connection());

    if (damage.startsWith(u"garble-")) {
        // A rollback journal: the file itself holds every commit, and a stray -wal or
        // -journal that is not one is ignored.
        QVERIFY(!recovery.happened);
        QCOMPARE(outbox.all(), filled.outbox);
        QCOMPARE(drafts.all(), filled.drafts);
        return;
    }
    QVERIFY(recovery.happened);
    QVERIFY(recovery.wordsRepaired);
    QVERIFY(!recovery.wordsReason.isEmpty());
    if (damage == u"empty" || damage == u"missing") {
        QVERIFY(recovery.wordsMayBeLost);
        QVERIFY(outbox.all().isEmpty());
        QCOMPARE(recovery.salvagedOutboxRows, 0);
    } else if (damage == u"truncate-8k") {
        // The outbox's rows are on page 2; the drafts' page was cut off, and the recovery
        // says that something may be missing.
        QVERIFY(recovery.wordsMayBeLost);
        QCOMPARE(recovery.salvagedOutboxRows, 3);
        QCOMPARE(outbox.all(), filled.outbox);
        for (const DraftStore::Draft &draft : drafts.all())
            QVERIFY(filled.drafts.contains(draft));
    } else {
        QVERIFY(!recovery.wordsMayBeLost);
        QCOMPARE(recovery.salvagedOutboxRows, 3);
        QCOMPARE(recovery.salvagedDrafts, 2);
        QCOMPARE(outbox.all(), filled.outbox);
        QCOMPARE(drafts.all(), filled.drafts);
    }
    if (damage != u"missing")
        QVERIFY(QFileInfo::exists(recovery.wordsMovedAsidePath));
    QCOMPARE(pragma(database.connection(), u"words.quick_check"_s).toString(), u"ok"_s);
    // New writes go after the ones read back.
    const qint64 next = outbox.enqueue(sampleOutbox().first());
    QVERIFY(next > 0);
    if (!outbox.all().isEmpty() && outbox.all().size() > 1)
        QVERIFY(next > filled.outbox.last().id);
    database.close();

    CacheDatabase again;
    QVERIFY(again.open(path));
    QVERIFY(!again.recovery().happened);
}

void TestCacheDatabase::carriesTheWordsOutOfAnOlderCache()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const Filled filled = makeOlderCache(path, 5);
    QCOMPARE(filled.outbox.size(), 3);
    QCOMPARE(filled.drafts.size(), 2);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"cache.words.sqlite"_s)));

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    // A migration, not a repair: nothing to tell the person.
    QVERIFY(!database.recovery().happened);
    QCOMPARE(OutboxStore(database.connection()).all(), filled.outbox);
    QCOMPARE(DraftStore(database.connection()).all(), filled.drafts);
    QVERIFY(FeedCache(database.connection()).post(3));
    QVERIFY(!tablesIn(database.connection(), u"main"_s).contains(u"outbox"_s));
    QVERIFY(!tablesIn(database.connection(), u"main"_s).contains(u"drafts"_s));
    // The ids of writes already sent are not used again.
    const qint64 next = OutboxStore(database.connection()).enqueue(sampleOutbox().first());
    QCOMPARE(next, filled.outbox.last().id + 2);
    database.close();

    // The words file stands on its own: read without the cache.
    const QString name = u"words-alone"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dir.filePath(u"cache.words.sqlite"_s));
        QVERIFY(db.open());
        QCOMPARE(OutboxStore(db).all().size(), 4);
        QCOMPARE(DraftStore(db).all(), filled.drafts);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    // Once carried over, the cache may go: the words stay.
    QVERIFY(QFile::remove(path));
    CacheDatabase fresh;
    QVERIFY(fresh.open(path));
    QCOMPARE(OutboxStore(fresh.connection()).all().size(), 4);
}

// An older Hearth's cache, with the words in it, damaged beyond SQLite's reading (its
// header zeroed, its second half gone): the words are read from its pages before it goes.
void TestCacheDatabase::readsTheWordsBackFromAnOlderDamagedCache()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const Filled filled = makeOlderCache(path, 300);
    QCOMPARE(filled.outbox.size(), 3);
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 512 * 1024);
    QVERIFY(QFile::resize(path, size / 2 / 4096 * 4096));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(QByteArray(100, '\0')), 100);
    }

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    const CacheDatabase::Recovery recovery = database.recovery();
    QVERIFY(recovery.happened);
    QVERIFY(recovery.cacheRebuilt);
    QCOMPARE(recovery.salvagedOutboxRows, 3);
    QCOMPARE(recovery.salvagedDrafts, 2);
    QCOMPARE(OutboxStore(database.connection()).all(), filled.outbox);
    QCOMPARE(DraftStore(database.connection()).all(), filled.drafts);
    QVERIFY(!FeedCache(database.connection()).post(3));
}

// The cache writer's thread opens the cache alone: while it stores a large batch (a write
// transaction on the cache), the person's draft is saved without waiting for it.
void TestCacheDatabase::theWritersConnectionLeavesTheWords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    CacheDatabase window;
    QVERIFY(window.open(path));
    CacheDatabase writer;
    QVERIFY2(writer.open(path, CacheDatabase::Words::Leave), qPrintable(writer.errorString()));
    QVERIFY(tablesIn(writer.connection(), u"words"_s).isEmpty());
    QVERIFY(!tablesIn(window.connection(), u"words"_s).isEmpty());

    QSqlQuery batch(writer.connection());
    QVERIFY(batch.exec(u"PRAGMA busy_timeout = 0"_s));
    QVERIFY(batch.exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(batch.exec(u"INSERT INTO sync_state (key, value) VALUES ('batch', 'storing')"_s));
    {
        QSqlQuery quick(window.connection());
        // Without waiting: a lock on the words file would fail the save at once.
        QVERIFY(quick.exec(u"PRAGMA busy_timeout = 0"_s));
        DraftStore drafts(window.connection());
        QVERIFY(drafts.save(u"post:new"_s, QJsonObject{{u"title"_s, u"Typed meanwhile"_s}}));
        QVERIFY(quick.exec(u"PRAGMA busy_timeout = 5000"_s));
    }
    QVERIFY(batch.exec(u"COMMIT"_s));
    QCOMPARE(DraftStore(window.connection()).all().size(), 1);
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
