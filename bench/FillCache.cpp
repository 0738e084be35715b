// hearth-bench-fill: a client cache of N posts, quickly, for the benchmarks. It writes
// Bench::makePosts into exactly the cache file that `hearth --offline --data-dir D --topic
// therapy` opens (CacheDatabase::fileName for the server, signed out), through the cache's
// public API, as a sync would, and closes it cleanly. The client then paints from it:
//
//   hearth-bench-fill --posts 100000 --data-dir D
//   hearth --offline --data-dir D --topic therapy --exit-after-first-paint
//
// (How fast a sync ingests is measured elsewhere; this only needs the rows in place.)

#include "BenchPosts.h"
#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Hearth;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fills the client's signed-out cache with fictional posts in #Therapy."_s);
    parser.addHelpOption();
    const QCommandLineOption postsOption(
        u"posts"_s, u"How many posts (100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption dataOption(
        u"data-dir"_s, u"The client's data folder (its --data-dir)."_s, u"dir"_s);
    // The client's default: the cache is named after the server.
    const QCommandLineOption serverOption(u"server"_s,
        u"The community the cache belongs to (the client's default)."_s, u"url"_s,
        u"http://127.0.0.1:8080"_s);
    const QCommandLineOption batchOption(
        u"batch"_s, u"Posts per transaction (5000)."_s, u"n"_s, u"5000"_s);
    parser.addOptions({postsOption, dataOption, serverOption, batchOption});
    parser.process(app);
    const int count = parser.value(postsOption).toInt();
    const int batch = std::max(1, parser.value(batchOption).toInt());
    if (!parser.isSet(dataOption) || count < 0) {
        std::fputs("hearth-bench-fill: give --data-dir and a --posts of 0 or more\n", stderr);
        return 2;
    }
    const QString dataDir = QDir(parser.value(dataOption)).absolutePath();
    const QUrl server = QUrl::fromUserInput(parser.value(serverOption));
    // The client remembers its server in the settings beside the cache (--data-dir): the
    // same one, so that a later run without --server opens this cache.
    QDir().mkpath(dataDir);
    {
        QSettings settings(QDir(dataDir).filePath(u"hearth.ini"_s), QSettings::IniFormat);
        settings.setValue(u"server/url"_s, server.toString());
    }
    const QString path = CacheDatabase::fileName(dataDir, server, {});

    QElapsedTimer timer;
    timer.start();
    const QList<Post> posts = Bench::makePosts(count, QDateTime::currentDateTimeUtc());
    const qint64 madeMs = timer.restart();
    CacheDatabase database;
    if (!database.open(path)) {
        std::fprintf(stderr, "hearth-bench-fill: cannot open %s: %s\n", qPrintable(path),
            qPrintable(database.errorString()));
        return 1;
    }
    {
        FeedCache feed(database.connection());
        feed.storeTopic(Topic{u"therapy"_s, u"Therapy"_s, u"Therapy"_s,
            u"Talking therapies of every kind."_s, TopicCounts{14'600, count, 0, 0}, false});
        for (qsizetype from = 0; from < posts.size(); from += batch) {
            if (!feed.storePosts(posts.mid(from, batch))) {
                std::fprintf(stderr, "hearth-bench-fill: cannot store posts %lld..\n",
                    static_cast<long long>(from));
                return 1;
            }
        }
    }
    // Closed as the client closes it: the next open trusts it without reading it all.
    database.close();
    const qint64 storedMs = timer.elapsed();
    std::printf("filled %s: %d posts (made in %lld ms, stored in %lld ms), %.1f MiB\n",
        qPrintable(path), count, static_cast<long long>(madeMs), static_cast<long long>(storedMs),
        double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    return 0;
}
