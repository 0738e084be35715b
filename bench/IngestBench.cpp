// hearth-bench-ingest: how fast a sync fills an empty cache. The same fictional posts
// (Bench::makePosts) are stored, in the same run and alternately,
//   client  through the client's ingest path: each /changes page of 200 posts as the server
//           sends it (its JSON bytes) is decoded on this (the window's) thread, checked for
//           posts the outbox owns (FeedCache::pendingAmong, as SyncEngine does) and handed
//           to CacheWriter::storeChanges, which writes it on its own thread into a real
//           cache file (CacheDatabase, with its words file) while the next page is decoded,
//           held until the page before it is committed, as SyncEngine does (the network's
//           time is not in it: the pages are in memory);
//   raw     by the SQLite C API: one statement prepared once, bound and stepped per post into
//           the same post columns, plus an FTS5 table of titles and bodies (prefix indexes as
//           the cache's), one transaction per page, WAL and synchronous = NORMAL as the cache;
//   plain   the same, with an FTS5 table without prefix indexes: the anchor as issue 15
//           first measured it, before the cache had prefix indexes (they cost the index
//           about three times the work; docs/performance.md).
// It reports posts per second of each and the client's ratio to each anchor.
//
//   hearth-bench-ingest [--posts N] [--rounds N] [--data DIR]
//
// It is not a test: it reports what it measured, and fails only when it cannot measure.

#include "BenchPosts.h"
#include "api/Json.h"
#include "cache/BlockList.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheSql.h"
#include "cache/FeedCache.h"
#include "sync/CacheWriter.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

constexpr int PageSize = 200; // the server's most posts in one /changes answer

// The CPU time of the whole process, every thread, in milliseconds: on a machine shared with
// other work a run's wall time grows with the others' load, its CPU time much less.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The /changes pages a server would send for posts, as bytes.
QList<QByteArray> changePages(const QList<Post> &posts)
{
    QList<QByteArray> pages;
    for (qsizetype at = 0; at < posts.size(); at += PageSize) {
        Changes changes;
        changes.since = at;
        changes.posts = posts.mid(at, PageSize);
        changes.next = at + changes.posts.size();
        changes.more = changes.next < posts.size();
        pages.append(QJsonDocument(Json::toJson(changes)).toJson(QJsonDocument::Compact));
    }
    return pages;
}

// The client: milliseconds to store every page, or -1.
double client(const QString &path, const QList<QByteArray> &pages, int *stored, double *cpu)
{
    CacheDatabase database;
    if (!database.open(path)) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(database.errorString()));
        return -1;
    }
    FeedCache feed(database.connection());
    QObject context;
    int failed = 0;
    double ms = -1;
    {
        const double cpuStart = cpuMs();
        CacheWriter writer(path);
        QElapsedTimer timer;
        timer.start();
        int inFlight = 0;
        int written = 0;
        for (const QByteArray &bytes : pages) {
            Result<Changes> changes
                = Json::decode<Changes>(QJsonDocument::fromJson(bytes).object());
            if (!changes) {
                std::fprintf(stderr, "a page did not decode\n");
                return -1;
            }
            const QSet<qint64> blocked = BlockList(feed.connection()).ids();
            QList<qint64> ids;
            for (const Post &post : changes->posts)
                ids.append(post.id);
            const QSet<qint64> pending = feed.pendingAmong(ids);
            if (!blocked.isEmpty() || !pending.isEmpty()) {
                std::fprintf(stderr, "an empty cache has no pending posts\n");
                return -1;
            }
            // As SyncEngine: this page was decoded while the one before it was written; it
            // is handed over once that one is committed (MaxPagesInFlight - 1 waits).
            while (inFlight >= SyncEngine::MaxPagesInFlight - 1)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            ++inFlight;
            writer.storeChanges(*changes, &context, [&](bool ok) {
                --inFlight;
                ++written;
                failed += ok ? 0 : 1;
            });
        }
        while (written < pages.size())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        ms = double(timer.nsecsElapsed()) / 1e6;
        *cpu = cpuMs() - cpuStart;
    }
    if (failed) {
        std::fprintf(stderr, "%d pages failed\n", failed);
        return -1;
    }
    *stored = int(CacheSql::scalar(feed.connection(), u"SELECT count(*) FROM posts"_s).toInt());
    return ms;
}

bool ok(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "sqlite: %s in %s\n", error ? error : "?", sql);
    sqlite3_free(error);
    return false;
}

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// The anchor: milliseconds to store the posts by the C API, or -1.
double raw(
    const QString &path, const QList<QByteArray> &pages, int *stored, bool prefixes, double *cpu)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return -1;
    const auto closed = qScopeGuard([db] { sqlite3_close(db); });
    if (!ok(db, "PRAGMA journal_mode = WAL") || !ok(db, "PRAGMA synchronous = NORMAL")
        || !ok(db,
            "CREATE TABLE posts (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, author_id INTEGER "
            "NOT NULL, author_handle TEXT NOT NULL, author_name TEXT NOT NULL, author_team "
            "INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, hashtags TEXT NOT NULL, "
            "content_warning TEXT NOT NULL, media_id INTEGER, media_kind TEXT, media_mime_type "
            "TEXT, media_width INTEGER, media_height INTEGER, media_byte_size INTEGER, "
            "media_alt_text TEXT, media_sensitive INTEGER, media_poster_id INTEGER, "
            "media_duration_ms INTEGER, created_at INTEGER NOT NULL, edited_at INTEGER, version "
            "INTEGER NOT NULL, reactions_heart INTEGER NOT NULL, reactions_hug INTEGER NOT NULL, "
            "reactions_me_too INTEGER NOT NULL, reactions_sending_strength INTEGER NOT NULL, "
            "reactions_thinking_of_you INTEGER NOT NULL, comment_count INTEGER NOT NULL, "
            "team_prompt INTEGER NOT NULL, local_state INTEGER NOT NULL, "
            "cached_at INTEGER NOT NULL)")
        || !ok(db,
            prefixes ? "CREATE VIRTUAL TABLE posts_fts USING fts5(title, body, content='posts', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2', "
                       "prefix='1 2 3')"
                     : "CREATE VIRTUAL TABLE posts_fts USING fts5(title, body, content='posts', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')")) {
        return -1;
    }
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *index = nullptr;
    if (sqlite3_prepare_v2(db,
            "INSERT INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            -1, &insert, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db, "INSERT INTO posts_fts (rowid, title, body) VALUES (?, ?, ?)", -1,
               &index, nullptr)
            != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        return -1;
    }
    const auto finalized = qScopeGuard([insert, index] {
        sqlite3_finalize(insert);
        sqlite3_finalize(index);
    });
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &bytes : pages) {
        // The same decoding as the client: the bytes are what a server sends.
        const Result<Changes> changes
            = Json::decode<Changes>(QJsonDocument::fromJson(bytes).object());
        if (!changes || !ok(db, "BEGIN"))
            return -1;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Post &post : changes->posts) {
            sqlite3_reset(insert);
            int c = 1;
            sqlite3_bind_int64(insert, c++, post.id);
            bindText(insert, c++, toWire(post.kind));
            sqlite3_bind_int64(insert, c++, post.author.id);
            bindText(insert, c++, post.author.handle);
            bindText(insert, c++, post.author.displayName);
            sqlite3_bind_int(insert, c++, post.author.team);
            bindText(insert, c++, post.title);
            bindText(insert, c++, post.body);
            bindText(insert, c++,
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(post.hashtags))
                                      .toJson(QJsonDocument::Compact)));
            bindText(insert, c++, post.contentWarning);
            if (post.media) {
                sqlite3_bind_int64(insert, c++, post.media->id);
                bindText(insert, c++, toWire(post.media->kind));
                bindText(insert, c++, post.media->mimeType);
                sqlite3_bind_int(insert, c++, post.media->width);
                sqlite3_bind_int(insert, c++, post.media->height);
                sqlite3_bind_int64(insert, c++, post.media->byteSize);
                bindText(insert, c++, post.media->altText);
                sqlite3_bind_int(insert, c++, post.media->sensitive);
                sqlite3_bind_int64(insert, c++, post.media->posterId.value_or(0));
                sqlite3_bind_int64(insert, c++, post.media->durationMs.value_or(0));
            } else {
                for (int i = 0; i < 10; ++i)
                    sqlite3_bind_null(insert, c++);
            }
            sqlite3_bind_int64(insert, c++, post.createdAt.toMSecsSinceEpoch());
            if (post.editedAt.isValid())
                sqlite3_bind_int64(insert, c++, post.editedAt.toMSecsSinceEpoch());
            else
                sqlite3_bind_null(insert, c++);
            sqlite3_bind_int64(insert, c++, post.version);
            for (const ReactionKind reaction : AllReactionKinds)
                sqlite3_bind_int64(insert, c++, post.reactions.count(reaction));
            sqlite3_bind_int64(insert, c++, post.commentCount);
            sqlite3_bind_int(insert, c++, post.teamPrompt);
            sqlite3_bind_int(insert, c++, 0);
            sqlite3_bind_int64(insert, c++, now);
            if (sqlite3_step(insert) != SQLITE_DONE) {
                std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
                return -1;
            }
            sqlite3_reset(index);
            sqlite3_bind_int64(index, 1, post.id);
            bindText(index, 2, post.title);
            bindText(index, 3, post.body);
            if (sqlite3_step(index) != SQLITE_DONE) {
                std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
                return -1;
            }
        }
        if (!ok(db, "COMMIT"))
            return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *cpu = cpuMs() - cpuStart;
    sqlite3_stmt *count = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM posts", -1, &count, nullptr);
    if (sqlite3_step(count) == SQLITE_ROW)
        *stored = sqlite3_column_int(count, 0);
    sqlite3_finalize(count);
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"How fast a sync fills an empty cache."_s);
    parser.addHelpOption();
    const QCommandLineOption postsOption(u"posts"_s, u"Posts to store."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"Rounds, each storing the posts three ways, in turn."_s, u"N"_s, u"1"_s);
    const QCommandLineOption dataOption(
        u"data"_s, u"Folder for the files (a temporary one by default)."_s, u"DIR"_s);
    parser.addOptions({postsOption, roundsOption, dataOption});
    parser.process(app);
    const int count = std::max(1, parser.value(postsOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTemporaryDir temporary;
    const QString folder = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
    QDir().mkpath(folder);

    const QList<QByteArray> pages
        = changePages(Bench::makePosts(count, QDateTime::currentDateTimeUtc()));
    qint64 bytes = 0;
    for (const QByteArray &page : pages)
        bytes += page.size();
    std::printf("%d posts in %lld pages of %d (%.1f MiB of JSON)\n", count,
        static_cast<long long>(pages.size()), PageSize, double(bytes) / 1048576.0);

    // What decoding alone costs (both sides do it): the floor of either figure.
    QElapsedTimer decoding;
    decoding.start();
    for (const QByteArray &page : pages) {
        if (!Json::decode<Changes>(QJsonDocument::fromJson(page).object()))
            return 1;
    }
    const double decodeMs = double(decoding.nsecsElapsed()) / 1e6;
    std::printf("decoding the pages alone: %.0f ms (%.0f posts/s)\n", decodeMs,
        count / (decodeMs / 1000.0));

    enum Which { Client, Raw, Plain };
    const char *const names[] = {"client", "raw", "plain"};
    QList<double> rates[3];
    QList<double> cpuRates[3];
    for (int round = 0; round < rounds; ++round) {
        // Each first in turn, so that none always meets a cold or a warm machine.
        for (int step = 0; step < 3; ++step) {
            const auto which = Which((round + step) % 3);
            const QString path = u"%1/%2-%3.sqlite"_s.arg(
                folder, QString::fromLatin1(names[which]), QString::number(round));
            int stored = 0;
            double cpu = 0;
            const double ms = which == Client ? client(path, pages, &stored, &cpu)
                                              : raw(path, pages, &stored, which == Raw, &cpu);
            if (ms < 0 || stored != count) {
                std::fprintf(stderr, "%s: stored %d of %d\n", names[which], stored, count);
                return 1;
            }
            const double rate = count / (ms / 1000.0);
            rates[which].append(rate);
            cpuRates[which].append(count / (cpu / 1000.0));
            std::printf("round %d %-6s %8.0f ms  %8.0f posts/s  (CPU %8.0f ms)\n", round + 1,
                names[which], ms, rate, cpu);
            std::fflush(stdout);
            for (const QString &file :
                QDir(folder).entryList({u"client-*"_s, u"raw-*"_s, u"plain-*"_s}, QDir::Files)) {
                QFile::remove(folder + u'/' + file);
            }
        }
    }
    const double clientRate = median(rates[Client]);
    const double rawRate = median(rates[Raw]);
    const double plainRate = median(rates[Plain]);
    std::printf("client: %.0f posts/s (median of %d)\n", clientRate, rounds);
    std::printf("raw: %.0f posts/s (median of %d)\n", rawRate, rounds);
    std::printf("plain: %.0f posts/s (median of %d)\n", plainRate, rounds);
    std::printf("ratio: %.2f\n", rawRate > 0 ? clientRate / rawRate : 0.0);
    std::printf("ratio to plain: %.2f\n", plainRate > 0 ? clientRate / plainRate : 0.0);
    // By CPU time: the work each does, less swayed by the machine's load (the client's
    // counts both its threads).
    const double clientCpu = median(cpuRates[Client]);
    const double rawCpu = median(cpuRates[Raw]);
    const double plainCpu = median(cpuRates[Plain]);
    std::printf("by CPU time: client %.0f, raw %.0f, plain %.0f posts per CPU second\n", clientCpu,
        rawCpu, plainCpu);
    std::printf("CPU ratio: %.2f\n", rawCpu > 0 ? clientCpu / rawCpu : 0.0);
    std::printf("CPU ratio to plain: %.2f\n", plainCpu > 0 ? clientCpu / plainCpu : 0.0);
    return 0;
}
