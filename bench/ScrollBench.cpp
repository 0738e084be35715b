// hearth-bench-scroll: how the topic page scrolls through a long feed. It fills a real
// cache file with fictional posts of varied lengths in one topic, builds a TopicPage at
// 820x900, fetches every row, then scrolls from the top to the bottom a page at a time
// (Space, as a reader would) and a wheel step at a time (wheel events), painting each step,
// and reports the time per step, the layouts the card delegate made and the memory held.
//
//   hearth-bench-scroll [--posts N] [--passes page,wheel] [--max-steps N] [--data DIR]
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
                pass.stepTopRow.append(m_feed->indexAt(QPoint(4, 4)).row());
                if (bar()->value() == before)
                    break; // stuck: nothing more to scroll
            }
            pass.totalMs = elapsedMs(total);
        });
        pass.endValue = bar()->value();
        return pass;
    }

private:
    QListView *m_feed;
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
    parser.addOptions({postsOption, passesOption, maxStepsOption, dataOption});
    parser.process(app);
    const int postCount = std::max(1, parser.value(postsOption).toInt());
    const QStringList passes = parser.value(passesOption).split(u',', Qt::SkipEmptyParts);
    const int maxStepsValue = parser.value(maxStepsOption).toInt();
    const int maxSteps = maxStepsValue > 0 ? maxStepsValue : std::numeric_limits<int>::max();

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
    const QString cachePath = dataDir + u"/bench-cache.sqlite"_s;
    QFile::remove(cachePath);

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
    if (!fill(cache, postCount, cachePath))
        return 1;
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

    // Every row, a page at a time, as the view asks when scrolled to the bottom.
    FeedModel *model = page.model();
    QList<double> fetchMs;
    timer.start();
    while (model->canFetchMore({})) {
        QElapsedTimer one;
        one.start();
        model->fetchMore({});
        fetchMs.append(elapsedMs(one));
    }
    const double fetchTotalMs = elapsedMs(timer);
    const auto meanOf = [](const QList<double> &values, qsizetype from, qsizetype count) {
        double sum = 0;
        const qsizetype to = std::min(values.size(), from + count);
        for (qsizetype i = std::max<qsizetype>(0, from); i < to; ++i)
            sum += values[i];
        return to > from ? sum / double(to - std::max<qsizetype>(0, from)) : 0.0;
    };
    std::printf("fetch: %d rows in %lld fetchMore calls, %.0f ms (a page costs %.2f ms among "
                "the first 10, %.2f ms among the last 10)\n",
        model->rowCount(), static_cast<long long>(fetchMs.size()), fetchTotalMs,
        meanOf(fetchMs, 0, 10), meanOf(fetchMs, fetchMs.size() - 10, 10));
    const double rssFetched = residentMiB();

    // The view lays every row out again (it measures each card) before it paints.
    int layoutsBefore = scroller.layoutCount();
    timer.start();
    scroller.settle();
    std::printf("first paint after fetching (the view measures every row): %.0f ms, "
                "layouts made %d; scroll height %d px\n",
        elapsedMs(timer), scroller.layoutCount() - layoutsBefore,
        scroller.bar()->maximum() + scroller.bar()->pageStep());

    // What each appended page costs the view once the rows are many: it lays out all rows.
    layoutsBefore = scroller.layoutCount();
    timer.start();
    static_cast<QAbstractItemView *>(page.feedView())->doItemsLayout();
    scroller.settle();
    std::printf("relayout of all %d rows + paint (what every appended page costs): %.1f ms, "
                "layouts made %d\n",
        model->rowCount(), elapsedMs(timer), scroller.layoutCount() - layoutsBefore);
    const double rssLaidOut = residentMiB();

    for (const QString &name : passes) {
        if (name == u"page"_s)
            scroller
                .scroll(
                    "page pass", [&] { scroller.pageDown(); }, maxSteps)
                .print();
        else if (name == u"wheel"_s)
            scroller
                .scroll(
                    "wheel pass", [&] { scroller.wheelDown(); }, maxSteps)
                .print();
        else
            std::fprintf(stderr, "unknown pass '%s' (page, wheel)\n", qPrintable(name));
    }
    const double rssScrolled = residentMiB();

    // A resized window: 100 ms after a resize that changes its height, the view measures
    // every row again, at the new width (this does it at once).
    layoutsBefore = scroller.layoutCount();
    page.setFixedSize(860, 940);
    timer.start();
    static_cast<QAbstractItemView *>(page.feedView())->doItemsLayout();
    scroller.settle();
    std::printf(
        "window resized to 860x940, relayout of all rows + paint: %.0f ms, layouts made %d\n",
        elapsedMs(timer), scroller.layoutCount() - layoutsBefore);
    const double rssEnd = residentMiB();

    std::printf("layouts made in all: %d for %d posts\n", scroller.layoutCount(), postCount);
    std::printf("RSS (MiB): at start %.1f, filled %.1f, all rows fetched %.1f, laid out %.1f, "
                "after scrolling %.1f, after the resize %.1f\n",
        rssStart, rssBeforePage, rssFetched, rssLaidOut, rssScrolled, rssEnd);
    return 0;
}
