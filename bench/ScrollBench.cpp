// hearth-bench-scroll: how the topic page scrolls through a long feed. It fills a real
// cache file with fictional posts of varied lengths in one topic, builds a TopicPage at
// 820x900, fetches every row, then scrolls from the top to the bottom a page at a time
// (Space, as a reader would) and a wheel step at a time (wheel events), painting each step,
// and reports the time per step, the layouts the card delegate made and the memory held.
//
//   hearth-bench-scroll [--posts N] [--passes page,wheel|none] [--max-steps N] [--data DIR]
//                       [--fill-only | --reuse] [--scale [--anchor-posts N]]
//
// --fill-only fills the cache file in --data and ends; --reuse measures over the file a
// --fill-only run left there, so that the process measured never held the posts it stored
// (its memory is the client's, not the filler's). --scale appends the pages with the reader
// at the bottom of the feed, each timed, interleaved with the same append on a feed of
// --anchor-posts posts (1000) in a page of its own, and reports the appends by depth. The
// last lines, "figure NAME VALUE", are for scripts/bench.
//
// It is not a test: it reports what it measured, and fails only when it cannot measure.
// Under `valgrind --tool=callgrind --instr-atstart=no` only the scroll passes are
// instrumented, and each one is dumped on its own ("page pass", "wheel pass"): instructions
// per step are the repeatable figure on a noisy machine.

#include "BenchPosts.h"
#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"
#include "models/FeedModel.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/feed/TopicPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <numeric>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define HEARTH_BENCH_CALLGRIND 1
#endif

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// The resident memory of this process in MiB, from the kernel (VmRSS); -1 if unknown.
double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

bool underValgrind()
{
#ifdef HEARTH_BENCH_CALLGRIND
    return RUNNING_ON_VALGRIND;
#else
    return false;
#endif
}

// Runs work with callgrind's instrumentation on, and dumps what it counted under name. Without
// valgrind (or its header at build time), just runs work.
void instrumented(const char *name, const std::function<void()> &work)
{
#ifdef HEARTH_BENCH_CALLGRIND
    CALLGRIND_ZERO_STATS;
    CALLGRIND_START_INSTRUMENTATION;
    work();
    CALLGRIND_STOP_INSTRUMENTATION;
    CALLGRIND_DUMP_STATS_AT(name);
#else
    Q_UNUSED(name);
    work();
#endif
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A nearest-rank percentile of sorted values.
double percentile(const QList<double> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

// One pass of scrolling: how long each step took, from the event to the painted viewport,
// and how many cards the delegate laid out for it.
struct Pass
{
    const char *name;
    QList<double> stepMs;
    QList<int> stepLayouts;
    QList<int> stepTopRow; // the row at the top of the viewport after the step
    double totalMs = 0;
    int startValue = 0;
    int endValue = 0;

    QList<double> sortedMs() const
    {
        QList<double> sorted = stepMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }
    qsizetype overFrame() const
    {
        return std::count_if(
            stepMs.begin(), stepMs.end(), [](double ms) { return ms > 1000.0 / 60.0; });
    }

    void print() const
    {
        QList<double> sorted = stepMs;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype over = std::count_if(
            sorted.begin(), sorted.end(), [](double ms) { return ms > 1000.0 / 60.0; });
        int layouts = 0;
        QList<double> painted; // steps that only painted
        QList<double> laidOut; // steps that laid out at least one card
        for (qsizetype i = 0; i < stepMs.size(); ++i) {
            layouts += stepLayouts[i];
            (stepLayouts[i] > 0 ? laidOut : painted).append(stepMs[i]);
        }
        std::sort(painted.begin(), painted.end());
        std::sort(laidOut.begin(), laidOut.end());
        std::printf(
            "%s: %lld steps of %.0f px (scroll %d -> %d), per step median %.2f ms, p99 %.2f ms, "
            "max %.2f ms; %lld over 16.7 ms; total %.0f ms\n",
            name, static_cast<long long>(sorted.size()),
            sorted.isEmpty() ? 0.0 : double(endValue - startValue) / double(sorted.size()),
            startValue, endValue, percentile(sorted, 0.5), percentile(sorted, 0.99),
            sorted.isEmpty() ? 0 : sorted.back(), static_cast<long long>(over), totalMs);
        std::printf("  layouts made %d; steps painting only: %lld, median %.2f ms; steps laying "
                    "out cards: %lld, median %.2f ms\n",
            layouts, static_cast<long long>(painted.size()), percentile(painted, 0.5),
            static_cast<long long>(laidOut.size()), percentile(laidOut, 0.5));
        if (!stepMs.isEmpty()) {
            const auto slowest = std::max_element(stepMs.begin(), stepMs.end()) - stepMs.begin();
            std::printf("  slowest: step %lld, %.2f ms, %d layouts, row %d at the top\n",
                static_cast<long long>(slowest), stepMs[slowest], stepLayouts[slowest],
                stepTopRow[slowest]);
        }
    }
};

// The topic page under measure, and the ways a reader moves through it.
class Scroller
{
public:
    explicit Scroller(TopicPage &page)
        : m_feed(page.feedView())
        , m_delegate(qobject_cast<PostCardDelegate *>(m_feed->itemDelegate()))
    { }

    int layoutCount() const { return m_delegate ? m_delegate->layoutCount() : -1; }
    QScrollBar *bar() const { return m_feed->verticalScrollBar(); }
    FeedView *view() const { return m_feed; }

    // One frame: the whole viewport painted now, then whatever the step left waiting in the
    // event loop. A real scroll may repaint only the strip it uncovers: this is the worst case.
    void paint()
    {
        m_feed->viewport()->repaint();
        QCoreApplication::processEvents();
    }

    // The view brought up to date (delayed layouts run first), then painted.
    void settle()
    {
        QCoreApplication::processEvents();
        paint();
    }

    // Space on the feed: the page's own paging, which also makes the top card current.
    void pageDown()
    {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, u" "_s);
        QCoreApplication::sendEvent(m_feed, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, u" "_s);
        QCoreApplication::sendEvent(m_feed, &release);
    }

    // One notch of a mouse wheel, down, over the middle of the feed.
    void wheelDown()
    {
        QWidget *viewport = m_feed->viewport();
        const QPointF at = QRectF(viewport->rect()).center();
        QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &wheel);
    }

    // From the top to the bottom, one step at a time, each painted; at most maxSteps steps.
    Pass scroll(const char *name, const std::function<void()> &step, int maxSteps)
    {
        m_feed->scrollToTop();
        settle();
        Pass pass{name, {}, {}, {}, 0, bar()->value(), 0};
        QElapsedTimer total;
        instrumented(name, [&] {
            total.start();
            while (bar()->value() < bar()->maximum() && pass.stepMs.size() < maxSteps) {
                const int before = bar()->value();
                const int layoutsBefore = layoutCount();
                QElapsedTimer timer;
                timer.start();
                step();
                paint();
                pass.stepMs.append(elapsedMs(timer));
                pass.stepLayouts.append(layoutCount() - layoutsBefore);
                pass.stepTopRow.append(
                    m_feed->indexAt(m_feed->columnRect().topLeft() + QPoint(4, 4)).row());
                if (bar()->value() == before)
                    break; // stuck: nothing more to scroll
            }
            pass.totalMs = elapsedMs(total);
        });
        pass.endValue = bar()->value();
        return pass;
    }

private:
    FeedView *m_feed;
    PostCardDelegate *m_delegate;
};

bool waitForExposed(QWidget &widget)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10'000) {
        if (widget.windowHandle() && widget.windowHandle()->isExposed())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return false;
}

// Stores postCount posts in #Therapy in one batch, as a sync would, and says what it stored.
// The posts are let go before the page is built: the page holds its own.
bool fill(FeedCache &cache, int postCount, const QString &cachePath)
{
    QElapsedTimer timer;
    timer.start();
    const QList<Post> posts = Bench::makePosts(postCount, QDateTime::currentDateTimeUtc());
    const double makeMs = elapsedMs(timer);
    timer.start();
    cache.storeTopic(Topic{u"therapy"_s, u"Therapy"_s, u"Therapy"_s,
        u"Talking therapies of every kind."_s, TopicCounts{14'600, postCount, 0, 0}, false});
    if (!cache.storePosts(posts)) {
        std::fprintf(stderr, "cannot store the posts\n");
        return false;
    }
    const double storeMs = elapsedMs(timer);
    qint64 bodyChars = 0;
    int withMedia = 0;
    for (const Post &post : posts) {
        bodyChars += post.body.size();
        withMedia += post.media ? 1 : 0;
    }
    std::printf("fill: %d posts (%d with media, body %lld chars on average), made in %.0f ms, "
                "stored in %.0f ms; cache file %.1f MiB, its write-ahead log %.1f MiB\n",
        postCount, withMedia, static_cast<long long>(bodyChars / postCount), makeMs, storeMs,
        double(QFileInfo(cachePath).size()) / (1024.0 * 1024.0),
        double(QFileInfo(cachePath + u"-wal"_s).size()) / (1024.0 * 1024.0));
    return true;
}

// The appends of one feed: how long each took, by the rows the feed had before it.
struct Appends
{
    QList<int> depth;
    QList<double> ms; // fetchMore and the view's work on the rows (not the frame)
    QList<double> frameMs; // the frame painted after it

    // The appends made at depths from..to (rows before them), sorted; or their frames.
    QList<double> between(int from, int to, bool frames = false) const
    {
        QList<double> chosen;
        for (qsizetype i = 0; i < ms.size(); ++i) {
            if (depth[i] >= from && depth[i] < to)
                chosen.append(frames ? frameMs[i] : ms[i]);
        }
        std::sort(chosen.begin(), chosen.end());
        return chosen;
    }
};

// A page of cards over a feed, as the window shows it, for the appends.
struct ShownFeed
{
    TopicPage &page;
    Appends appends;

    QAbstractItemView *view() const { return page.feedView(); }
    FeedModel *model() const { return page.model(); }

    // The reader at the end of what is loaded (untimed, with what the view asks for by
    // itself as it nears the end), then one page appended: fetchMore and what the view does
    // about it, timed, then the frame painted, timed apart. False when the feed has no more.
    bool appendOne()
    {
        const int rows = model()->rowCount();
        if (rows > 0)
            view()->scrollTo(model()->index(rows - 1, 0), QAbstractItemView::PositionAtBottom);
        QCoreApplication::processEvents();
        view()->viewport()->repaint();
        if (!model()->canFetchMore({}))
            return false;
        const int before = model()->rowCount();
        QElapsedTimer timer;
        timer.start();
        model()->fetchMore({});
        QCoreApplication::processEvents();
        const double ms = elapsedMs(timer);
        timer.start();
        view()->viewport()->repaint();
        const double frameMs = elapsedMs(timer);
        if (model()->rowCount() > before) {
            appends.depth.append(before);
            appends.ms.append(ms);
            appends.frameMs.append(frameMs);
        }
        return true;
    }
};

void printAppends(const char *what, const QList<double> &sorted)
{
    std::printf("  %-34s %5lld appends, median %.2f ms, p99 %.2f ms, max %.2f ms\n", what,
        static_cast<long long>(sorted.size()), percentile(sorted, 0.5), percentile(sorted, 0.99),
        sorted.isEmpty() ? 0.0 : sorted.back());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the topic page scrolling a long feed."_s);
    parser.addHelpOption();
    const QCommandLineOption postsOption(
        u"posts"_s, u"How many posts the topic holds (10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption passesOption(u"passes"_s,
        u"The scroll passes, comma-separated: page, wheel (both)."_s, u"list"_s, u"page,wheel"_s);
    const QCommandLineOption maxStepsOption(
        u"max-steps"_s, u"At most this many steps in each pass (no limit)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption dataOption(
        u"data"_s, u"Keep the cache file in this folder (a temporary one, removed)."_s, u"dir"_s);
    const QCommandLineOption fillOnlyOption(
        u"fill-only"_s, u"Fill the cache file in --data, and end."_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s, u"Measure over the cache file a --fill-only run left in --data."_s);
    const QCommandLineOption scaleOption(u"scale"_s,
        u"Time each page appended with the reader at the end, beside an anchor feed."_s);
    const QCommandLineOption anchorOption(u"anchor-posts"_s,
        u"How many posts the anchor feed of --scale holds (1000)."_s, u"n"_s, u"1000"_s);
    parser.addOptions({postsOption, passesOption, maxStepsOption, dataOption, fillOnlyOption,
        reuseOption, scaleOption, anchorOption});
    parser.process(app);
    const int postCount = std::max(1, parser.value(postsOption).toInt());
    const QStringList passes = parser.value(passesOption).split(u',', Qt::SkipEmptyParts);
    const int maxStepsValue = parser.value(maxStepsOption).toInt();
    const int maxSteps = maxStepsValue > 0 ? maxStepsValue : std::numeric_limits<int>::max();
    const bool fillOnly = parser.isSet(fillOnlyOption);
    const bool reuse = parser.isSet(reuseOption);
    const bool scale = parser.isSet(scaleOption);
    const int anchorPosts = std::max(1, parser.value(anchorOption).toInt());
    if ((fillOnly || reuse) && !parser.isSet(dataOption)) {
        std::fprintf(stderr, "--fill-only and --reuse need --data\n");
        return 2;
    }

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
    const QString cachePath = dataDir + u"/bench-cache.sqlite"_s;
    if (!reuse)
        QFile::remove(cachePath);
    else if (!QFileInfo::exists(cachePath)) {
        std::fprintf(stderr, "no %s to reuse\n", qPrintable(cachePath));
        return 2;
    }

    std::printf("scroll bench: %d posts in #Therapy, platform %s%s\n", postCount,
        qPrintable(QGuiApplication::platformName()),
        underValgrind() ? " (under valgrind: times are not real, count instructions)" : "");
    const double rssStart = residentMiB();

    // The cache, filled as a sync would: one topic, all its posts in one batch.
    CacheDatabase database;
    if (!database.open(cachePath)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(cachePath),
            qPrintable(database.errorString()));
        return 1;
    }
    FeedCache cache(database.connection());
    if (!reuse && !fill(cache, postCount, cachePath))
        return 1;
    if (fillOnly)
        return 0;
    QElapsedTimer timer;

    // The page, as the window shows it: the first page of cards from the cache.
    const double rssBeforePage = residentMiB();
    TopicPage page(cache, nullptr, nullptr);
    page.setFixedSize(820, 900);
    timer.start();
    page.showTopic(u"therapy"_s);
    page.show();
    if (!waitForExposed(page)) {
        std::fprintf(stderr, "the page was never exposed\n");
        return 1;
    }
    Scroller scroller(page);
    scroller.settle();
    std::printf("first page: %d rows shown and painted in %.1f ms; viewport %dx%d\n",
        page.model()->rowCount(), elapsedMs(timer), page.feedView()->viewport()->width(),
        page.feedView()->viewport()->height());

    FeedModel *model = page.model();
    const auto meanOf = [](const QList<double> &values, qsizetype from, qsizetype count) {
        double sum = 0;
        const qsizetype to = std::min(values.size(), from + count);
        for (qsizetype i = std::max<qsizetype>(0, from); i < to; ++i)
            sum += values[i];
        return to > from ? sum / double(to - std::max<qsizetype>(0, from)) : 0.0;
    };
    QList<double> appendDeep; // at scale: the appends among the last rows
    QList<double> appendAnchor; // and the anchor's
    if (scale) {
        // The anchor: the same appends on a feed of a few pages, in a page of its own, one
        // after each of the long feed's. Its posts are the long feed's first ones.
        const QString anchorPath = dataDir + u"/bench-anchor.sqlite"_s;
        QFile::remove(anchorPath);
        CacheDatabase anchorDatabase;
        if (!anchorDatabase.open(anchorPath)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(anchorPath));
            return 1;
        }
        FeedCache anchorCache(anchorDatabase.connection());
        anchorCache.storeTopic(Topic{u"therapy"_s, u"Therapy"_s, u"Therapy"_s,
            u"Talking therapies of every kind."_s, TopicCounts{14'600, anchorPosts, 0, 0}, false});
        if (!anchorCache.storePosts(
                Bench::makePosts(anchorPosts, QDateTime::currentDateTimeUtc()))) {
            std::fprintf(stderr, "cannot store the anchor's posts\n");
            return 1;
        }
        TopicPage anchorPage(anchorCache, nullptr, nullptr);
        anchorPage.setFixedSize(820, 900);
        anchorPage.showTopic(u"therapy"_s);
        anchorPage.show();
        if (!waitForExposed(anchorPage)) {
            std::fprintf(stderr, "the anchor page was never exposed\n");
            return 1;
        }
        ShownFeed deep{page, {}};
        ShownFeed anchor{anchorPage, {}};
        timer.start();
        while (deep.appendOne()) {
            if (!anchor.appendOne()) {
                // The anchor's end: it starts again from its first page.
                anchorPage.showTopic(u"therapy"_s);
                anchor.appendOne();
            }
        }
        anchorPage.hide();
        std::printf("appends, the reader at the end of the feed (fetchMore and the view's "
                    "work; %d rows in %.0f s, the anchor's in between):\n",
            model->rowCount(), elapsedMs(timer) / 1000);
        const int rows = model->rowCount();
        for (const int at : {0, 1'000, 10'000, 50'000}) {
            if (at + 1'000 > rows)
                continue;
            const QByteArray what = QByteArray("long feed, rows ") + QByteArray::number(at) + ".."
                + QByteArray::number(at + 1'000);
            printAppends(what.constData(), deep.appends.between(at, at + 1'000));
        }
        appendDeep = deep.appends.between(std::max(0, rows - 1'000), rows);
        printAppends(QByteArray("long feed, last 1000 rows (to " + QByteArray::number(rows) + ")")
                         .constData(),
            appendDeep);
        appendAnchor = anchor.appends.between(0, anchorPosts);
        printAppends(
            QByteArray("anchor feed of " + QByteArray::number(anchorPosts) + " posts").constData(),
            appendAnchor);
        const QList<double> all = deep.appends.between(0, rows);
        printAppends("long feed, every append", all);
        const QList<double> frames = deep.appends.between(0, rows, true);
        printAppends("  the frame painted after each", frames);
        // Where the slowest were: the same rows in every run would be the feed's own work
        // (a hash growing, say), other rows in each run the machine's noise.
        QList<qsizetype> order(deep.appends.ms.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
            [&](qsizetype a, qsizetype b) { return deep.appends.ms[a] > deep.appends.ms[b]; });
        std::printf("  the slowest appends, at rows:");
        for (qsizetype i = 0; i < std::min<qsizetype>(5, order.size()); ++i)
            std::printf(" %d (%.2f ms)", deep.appends.depth[order[i]], deep.appends.ms[order[i]]);
        std::printf("\n");
        std::printf("figure append_deep_median %.3f\nfigure append_deep_max %.3f\n"
                    "figure append_all_max %.3f\nfigure append_all_p99 %.3f\n"
                    "figure append_anchor_median %.3f\nfigure append_anchor_max %.3f\n",
            percentile(appendDeep, 0.5), appendDeep.isEmpty() ? 0.0 : appendDeep.back(),
            all.isEmpty() ? 0.0 : all.back(), percentile(all, 0.99), percentile(appendAnchor, 0.5),
            appendAnchor.isEmpty() ? 0.0 : appendAnchor.back());
    } else {
        // Every row, a page at a time, as the view asks when scrolled to the bottom.
        QList<double> fetchMs;
        timer.start();
        while (model->canFetchMore({})) {
            QElapsedTimer one;
            one.start();
            model->fetchMore({});
            fetchMs.append(elapsedMs(one));
        }
        const double fetchTotalMs = elapsedMs(timer);
        std::printf("fetch: %d rows in %lld fetchMore calls, %.0f ms (a page costs %.2f ms "
                    "among the first 10, %.2f ms among the last 10)\n",
            model->rowCount(), static_cast<long long>(fetchMs.size()), fetchTotalMs,
            meanOf(fetchMs, 0, 10), meanOf(fetchMs, fetchMs.size() - 10, 10));
    }
    const double rssFetched = residentMiB();

    // What the view does before it paints the rows fetched: it measures the cards near the
    // viewport, no other.
    int layoutsBefore = scroller.layoutCount();
    scroller.view()->scrollToTop();
    timer.start();
    scroller.settle();
    std::printf("first paint after fetching: %.0f ms, layouts made %d; scroll height %d px\n",
        elapsedMs(timer), scroller.layoutCount() - layoutsBefore,
        scroller.bar()->maximum() + scroller.bar()->pageStep());

    // A new delegate or folding rule: every row estimated again, the ones near measured.
    layoutsBefore = scroller.layoutCount();
    timer.start();
    static_cast<QAbstractItemView *>(page.feedView())->doItemsLayout();
    scroller.settle();
    std::printf("items laid out again, all %d rows + paint (a new folding rule): %.1f ms, "
                "layouts made %d\n",
        model->rowCount(), elapsedMs(timer), scroller.layoutCount() - layoutsBefore);
    const double rssLaidOut = residentMiB();

    Pass pagePass{"page pass", {}, {}, {}, 0, 0, 0};
    for (const QString &name : passes) {
        if (name == u"page"_s) {
            pagePass = scroller.scroll(
                "page pass", [&] { scroller.pageDown(); }, maxSteps);
            pagePass.print();
        } else if (name == u"wheel"_s) {
            scroller
                .scroll(
                    "wheel pass", [&] { scroller.wheelDown(); }, maxSteps)
                .print();
        } else if (name != u"none"_s) {
            std::fprintf(stderr, "unknown pass '%s' (page, wheel, none)\n", qPrintable(name));
        }
    }
    const int lastRowShown
        = page.feedView()->indexAt(page.feedView()->columnRect().topLeft() + QPoint(4, 4)).row();
    const double rssScrolled = residentMiB();

    // A resized window: every row estimated again at the new width, the ones near the
    // viewport measured.
    layoutsBefore = scroller.layoutCount();
    page.setFixedSize(860, 940);
    timer.start();
    QCoreApplication::processEvents();
    scroller.settle();
    std::printf(
        "window resized to 860x940, every row estimated again + paint: %.1f ms, layouts made %d\n",
        elapsedMs(timer), scroller.layoutCount() - layoutsBefore);
    const double resizeMs = elapsedMs(timer);
    const double rssEnd = residentMiB();

    std::printf("layouts made in all: %d for %d posts\n", scroller.layoutCount(), postCount);
    std::printf("RSS (MiB): at start %.1f, cache open %.1f, all rows fetched %.1f, laid out "
                "%.1f, after scrolling %.1f, after the resize %.1f\n",
        rssStart, rssBeforePage, rssFetched, rssLaidOut, rssScrolled, rssEnd);
    std::printf(
        "model: %d rows, card data kept for %d\n", model->rowCount(), model->keptRowCount());
    {
        // For scripts/bench to read.
        const QList<double> frames = pagePass.sortedMs();
        std::printf("figure rows %d\nfigure last_row_shown %d\nfigure frames %lld\n"
                    "figure frame_median %.3f\nfigure frame_p99 %.3f\nfigure frame_max %.3f\n"
                    "figure frames_over %lld\nfigure resize_ms %.1f\nfigure rss_start %.1f\n"
                    "figure rss_scrolled %.1f\n",
            model->rowCount(), lastRowShown, static_cast<long long>(frames.size()),
            percentile(frames, 0.5), percentile(frames, 0.99),
            frames.isEmpty() ? 0.0 : frames.back(), static_cast<long long>(pagePass.overFrame()),
            resizeMs, rssStart, rssScrolled);
    }
    return 0;
}
