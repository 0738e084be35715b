// hearth-bench-prune: the cache's bound at the size of a real community. It fills a real
// cache file with one topic's feed, page after page as the sync engine stores them, then
// prunes it to a bound as the cache writer does (CachePruner, a batch per transaction), and
// reports the cache's size before and after, how long the pass took and how long its
// longest batch held the database, beside the time to store one feed page in the same run:
// the write a batch makes wait. Last, how long finding where a feed goes on costs
// (FeedCache::serverCursor()) beside reading a page of the feed.
//
//   hearth-bench-prune [--posts N] [--bound-mb M] [--batch N] [--data DIR]
//
// It is not a test: it reports what it measured, and fails only when it cannot measure.
// The last line is for scripts/bench: "prune: key value key value ...".

#include "BenchPosts.h"
#include "cache/CacheDatabase.h"
#include "cache/CachePruner.h"
#include "cache/CacheTransaction.h"
#include "cache/FeedCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

constexpr int PageSize = 20;
const QString Slug = u"therapy"_s;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString cursorAfter(qint64 id)
{
    return u"bench-after-"_s + QString::number(id);
}

int fail(const char *what)
{
    std::fprintf(stderr, "hearth-bench-prune: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption postsOption(u"posts"_s, u"Posts in the topic."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption boundOption(
        u"bound-mb"_s, u"The bound, in megabytes."_s, u"M"_s, u"50"_s);
    const QCommandLineOption batchOption(
        u"batch"_s, u"Posts removed per transaction."_s, u"N"_s, u"100"_s);
    const QCommandLineOption dataOption(
        u"data"_s, u"Where the cache file goes (a temporary folder by default)."_s, u"dir"_s);
    parser.addOptions({postsOption, boundOption, batchOption, dataOption});
    parser.process(app);
    const int count = std::max(PageSize, parser.value(postsOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
    const QString path = dir + u"/prune-bench.sqlite"_s;
    QFile::remove(path);

    CacheDatabase database;
    if (!database.open(path))
        return fail("cannot open the cache");
    FeedCache feed(database.connection());
    const FeedKey key{Slug, FeedKind::All, FeedSort::Latest};

    // The feed as the sync engine stores it, page after page (fifty pages a transaction, so
    // that the fill is quick; each page is still stored whole with its cursor).
    const QList<Post> posts = Bench::makePosts(count, QDateTime::currentDateTimeUtc());
    QElapsedTimer timer;
    timer.start();
    for (qsizetype at = 0; at < posts.size();) {
        CacheTransaction transaction(database.connection());
        for (int page = 0; page < 50 && at < posts.size(); ++page, at += PageSize) {
            const QList<Post> items = posts.mid(at, PageSize);
            const bool last = at + PageSize >= posts.size();
            if (!feed.storeFeedPage(
                    key, {items, last ? QString() : cursorAfter(items.last().id)}, 0))
                return fail("cannot store a page");
        }
        if (!transaction.commit())
            return fail("cannot commit the fill");
    }
    const double fillSeconds = timer.elapsed() / 1000.0;

    // The anchor: one page stored on its own, as a page fetched while reading is.
    QList<double> pageWrites;
    for (int i = 0; i < 21; ++i) {
        const qsizetype at = qsizetype(i) * PageSize * 7 % (posts.size() - PageSize);
        const QList<Post> items = posts.mid(at, PageSize);
        timer.start();
        if (!feed.storeFeedPage(key, {items, cursorAfter(items.last().id)}, 0))
            return fail("cannot store a page");
        pageWrites.append(timer.nsecsElapsed() / 1e6);
    }

    // Read two hours ago: a topic read recently, not the feed being read now.
    QSqlQuery aged(database.connection());
    if (!aged.exec(u"UPDATE feed_cursors SET updated_at = updated_at - 7200000"_s))
        return fail("cannot age the feed");

    // The writer's connection: the cache alone, as CacheWriter has it.
    CacheDatabase writer;
    if (!writer.open(path, CacheDatabase::Words::Leave))
        return fail("cannot open the writer's connection");
    CachePruner pruner(writer.connection());
    CachePruner::Policy policy;
    policy.maxBytes = parser.value(boundOption).toLongLong() * 1024 * 1024;
    policy.batchSize = std::max(1, parser.value(batchOption).toInt());
    const qint64 fileBefore = QFileInfo(path).size();

    timer.start();
    QElapsedTimer pass;
    pass.start();
    const bool started = pruner.start(policy);
    const double startMs = timer.nsecsElapsed() / 1e6;
    QList<double> batches;
    QList<double> merges;
    // The anchor, interleaved: every tenth step, a page of the newest posts (which the pass
    // keeps) stored between two steps on the same connection, as the writer's thread does.
    QList<double> pageWritesDuring;
    {
        FeedCache writerFeed(writer.connection());
        for (bool more = started; more;) {
            const int mergesBefore = pruner.report().merges;
            timer.start();
            more = pruner.step();
            const double ms = timer.nsecsElapsed() / 1e6;
            (pruner.report().merges > mergesBefore ? merges : batches).append(ms);
            if ((batches.size() + merges.size()) % 10 == 0) {
                const QList<Post> items
                    = posts.mid(pageWritesDuring.size() % 10 * PageSize, PageSize);
                timer.start();
                if (!writerFeed.storeFeedPage(key, {items, cursorAfter(items.last().id)}, 0))
                    return fail("cannot store a page during the pass");
                pageWritesDuring.append(timer.nsecsElapsed() / 1e6);
            }
        }
    }
    const double passMs = pass.nsecsElapsed() / 1e6;
    const CachePruner::Report report = pruner.report();
    if (report.failed)
        return fail("the pass failed");
    writer.close();

    // Where the feed goes on, beside reading a page of it (the window's connection).
    QList<double> cursorLookups;
    QList<double> pageReads;
    QString cursor;
    for (int i = 0; i < 101; ++i) {
        timer.start();
        cursor = feed.serverCursor(key);
        cursorLookups.append(timer.nsecsElapsed() / 1e3);
        timer.start();
        const QList<Post> page = feed.feed(key, FeedPosition::start(), PageSize);
        pageReads.append(timer.nsecsElapsed() / 1e3);
        if (page.size() != PageSize)
            return fail("the pruned feed has no first page");
    }
    int kept = 0;
    for (FeedPosition at = FeedPosition::start();;) {
        FeedPosition last;
        int rows = 0;
        kept += int(feed.feed(key, at, 500, &last, &rows).size());
        if (rows < 500)
            break;
        at = last;
    }

    const double maxBatch
        = batches.isEmpty() ? 0 : *std::max_element(batches.begin(), batches.end());
    const double maxMerge = merges.isEmpty() ? 0 : *std::max_element(merges.begin(), merges.end());
    QList<double> sorted = batches;
    std::sort(sorted.begin(), sorted.end());
    const double p90Batch = sorted.isEmpty() ? 0 : sorted.at(sorted.size() * 9 / 10);
    std::printf("filled %d posts as %d pages in %.1f s (%.0f posts/s)\n", count,
        (count + PageSize - 1) / PageSize, fillSeconds, count / fillSeconds);
    std::printf("one page of %d stored on its own: median %.2f ms\n", PageSize, median(pageWrites));
    std::printf("cache before: %.1f MB in use, file %.1f MB; bound %.1f MB\n",
        report.bytesBefore / 1048576.0, fileBefore / 1048576.0, policy.maxBytes / 1048576.0);
    std::printf("pass: start (choosing what goes) %.0f ms; %d batches of up to %d posts: median "
                "%.1f ms, 90%% within %.1f ms, longest %.1f ms; %d steps merging the search "
                "index: longest %.1f ms; %.0f ms in all\n",
        startMs, report.batches, policy.batchSize, median(batches), p90Batch, maxBatch,
        report.merges, maxMerge, passMs);
    std::printf("one page of %d stored between two steps of the pass (%lld times): median %.2f "
                "ms\n",
        PageSize, qsizetype(pageWritesDuring.size()), median(pageWritesDuring));
    std::printf("removed %d of %d posts; %.1f MB in use after (file %.1f MB); the feed keeps %d "
                "rows and goes on at %s\n",
        report.postsRemoved, report.postsBefore, report.bytesAfter / 1048576.0,
        report.fileBytesAfter / 1048576.0, kept, qPrintable(cursor));
    std::printf("where the feed goes on (serverCursor): median %.0f µs; a page of %d read: "
                "median %.0f µs\n",
        median(cursorLookups), PageSize, median(pageReads));
    std::printf("prune: posts %d removed %d before_mb %.1f after_mb %.1f bound_mb %.1f "
                "bounded %d start_ms %.0f batches %d batch_max_ms %.1f batch_median_ms %.1f "
                "batch_p90_ms %.1f merges %d merge_max_ms %.1f "
                "pass_ms %.0f page_write_ms %.2f page_write_during_ms %.2f cursor_us %.0f "
                "page_read_us %.0f kept %d\n",
        count, report.postsRemoved, report.bytesBefore / 1048576.0, report.bytesAfter / 1048576.0,
        policy.maxBytes / 1048576.0, report.bounded ? 1 : 0, startMs, report.batches, maxBatch,
        median(batches), p90Batch, report.merges, maxMerge, passMs, median(pageWrites),
        median(pageWritesDuring), median(cursorLookups), median(pageReads), kept);
    return 0;
}
