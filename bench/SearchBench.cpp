// hearth-bench-search: how long the cache's full-text search takes at the size of a real
// community. It fills a real cache file with fictional posts (Bench::makePosts, through
// FeedCache as a sync stores them), then times FeedCache::search() for one word, for a word
// as it is typed (prefixes of one to all of its letters) and for a word few posts hold,
// each beside its anchor in the same run, alternately:
//   ranked  FeedCache::search(text, 20): what a result list asks for;
//   anchor  the query search() ran before issue 15, on the same connection and file: every
//           match ranked by bm25() and read whole, then the first 20.
// It reports, per query, the median and slowest of --repeats runs of each.
//
// Then what the search field shows as a word is typed (issue 18): LocalSearch::rows(word), the
// cached topics, posts with their marked snippets (with blocks and folds applied, a muted word
// set) and people, for common and rare words, --repeats runs each: the median and p95 of all
// runs, and each word's median. The goal is one frame, 16 ms.
//
//   hearth-bench-search [--posts N] [--repeats N] [--data DIR]
//
// It is not a test: it reports what it measured, and fails only when it cannot measure.

#include "BenchPosts.h"
#include "api/SearchQuery.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheSql.h"
#include "cache/FeedCache.h"
#include "cache/PostColumns.h"
#include "ui/care/Care.h"
#include "ui/care/Preferences.h"
#include "ui/search/LocalSearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

constexpr int ResultLimit = 20; // the rows a result list shows first

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The search as it was: every match scored and ordered, posts read with the ranking.
int anchorSearch(const QSqlDatabase &db, const QString &text)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + PostColumns::selectList()
        + u" FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid"_s + PostColumns::mineJoin()
        + u" WHERE posts_fts MATCH ? ORDER BY bm25(posts_fts, 4.0, 1.0), p.id DESC LIMIT ?"_s);
    query.addBindValue(SearchQuery::ftsMatch(text));
    query.addBindValue(ResultLimit);
    if (!query.exec())
        return -1;
    int rows = 0;
    while (query.next()) {
        if (PostColumns::read(query))
            ++rows;
    }
    return rows;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype at
        = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values[at];
}

struct Case
{
    QString text;
    QString what;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"How long a full-text search of the cache takes."_s);
    parser.addHelpOption();
    const QCommandLineOption postsOption(u"posts"_s, u"Posts in the cache."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption repeatsOption(
        u"repeats"_s, u"Runs of each query, alternating with the anchor."_s, u"N"_s, u"7"_s);
    const QCommandLineOption dataOption(
        u"data"_s, u"Folder for the cache (a temporary one by default)."_s, u"DIR"_s);
    parser.addOptions({postsOption, repeatsOption, dataOption});
    parser.process(app);
    const int count = std::max(1, parser.value(postsOption).toInt());
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    QTemporaryDir temporary;
    const QString folder = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
    QDir().mkpath(folder);
    const QString path = folder + u"/search-bench.sqlite"_s;
    for (const QString &file : QDir(folder).entryList({u"search-bench.*"_s}, QDir::Files))
        QFile::remove(folder + u'/' + file);

    CacheDatabase database;
    if (!database.open(path)) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(database.errorString()));
        return 1;
    }
    FeedCache feed(database.connection());
    {
        QElapsedTimer filling;
        filling.start();
        const QList<Post> posts = Bench::makePosts(count, QDateTime::currentDateTimeUtc());
        constexpr int Batch = 2000;
        for (qsizetype at = 0; at < posts.size(); at += Batch) {
            if (!feed.storePosts(posts.mid(at, Batch))) {
                std::fprintf(stderr, "cannot store the posts\n");
                return 1;
            }
        }
        std::printf("%d posts cached in %.1f s\n", count, filling.elapsed() / 1000.0);
    }

    // Every post holds "therapy" (its hashtag is in its body); "session" and "sessions" most;
    // "counsellor" one sentence in thirty-two. Typed letter by letter, each prefix is a query.
    const QList<Case> cases{
        {u"therapy"_s, u"one word, in every post"_s},
        {u"session"_s, u"one word, in most posts"_s},
        {u"counsellor"_s, u"one word, in a few posts"_s},
        {u"t"_s, u"typing: 1 letter"_s},
        {u"th"_s, u"typing: 2 letters"_s},
        {u"the"_s, u"typing: 3 letters"_s},
        {u"ther"_s, u"typing: 4 letters"_s},
        {u"thera"_s, u"typing: 5 letters"_s},
        {u"small steps"_s, u"two words"_s},
    };
    double worstOneWord = 0;
    double worstAnchor = 0;
    double worstTyping = 0;
    std::printf("%-14s %-28s %6s %9s %9s %9s %9s\n", "query", "what", "found", "ms median",
        "ms max", "anchor med", "anchor max");
    for (const Case &c : cases) {
        QList<double> ours;
        QList<double> anchor;
        qsizetype found = 0;
        for (int run = 0; run < repeats; ++run) {
            // Alternately first, so that neither always meets a warm page cache.
            for (int which = 0; which < 2; ++which) {
                const bool isOurs = (which == 0) == (run % 2 == 0);
                QElapsedTimer timer;
                timer.start();
                if (isOurs) {
                    found = feed.search(c.text, ResultLimit).size();
                    ours.append(double(timer.nsecsElapsed()) / 1e6);
                } else {
                    if (anchorSearch(database.connection(), c.text) < 0) {
                        std::fprintf(stderr, "the anchor query failed\n");
                        return 1;
                    }
                    anchor.append(double(timer.nsecsElapsed()) / 1e6);
                }
            }
        }
        if (found == 0) {
            std::fprintf(stderr, "'%s' found nothing\n", qPrintable(c.text));
            return 1;
        }
        const double ourMedian = median(ours);
        const double anchorMedian = median(anchor);
        std::printf("%-14s %-28s %6lld %9.2f %9.2f %9.2f %9.2f\n", qPrintable(c.text),
            qPrintable(c.what), static_cast<long long>(found), ourMedian,
            *std::max_element(ours.cbegin(), ours.cend()), anchorMedian,
            *std::max_element(anchor.cbegin(), anchor.cend()));
        if (c.what.startsWith(u"one word")) {
            worstOneWord = std::max(worstOneWord, ourMedian);
            worstAnchor = std::max(worstAnchor, anchorMedian);
        } else if (c.what.startsWith(u"typing")) {
            worstTyping = std::max(worstTyping, ourMedian);
        }
    }
    std::printf("one word (slowest median): %.2f ms\n", worstOneWord);
    std::printf("one word anchor (slowest median): %.2f ms\n", worstAnchor);
    std::printf("typing (slowest median): %.2f ms\n", worstTyping);

    // The search field's local rows, as they are made for each key: the reader's rules apply
    // (a muted word folds the posts that hold it), as in the window.
    QSettings settings(folder + u"/search-bench.ini"_s, QSettings::IniFormat);
    Preferences preferences(settings);
    preferences.setMutedWords({u"crowded"_s});
    Care care(preferences);
    const LocalSearch field(feed, &care);
    const QList<std::pair<QString, QString>> words{{u"therapy"_s, u"common"_s},
        {u"session"_s, u"common"_s}, {u"week"_s, u"common"_s}, {u"small"_s, u"common"_s},
        {u"counsellor"_s, u"rare"_s}, {u"receptionist"_s, u"rare"_s}, {u"spiral"_s, u"rare"_s},
        {u"brother"_s, u"rare"_s}};
    QList<double> all;
    std::printf("%-14s %-8s %6s %9s %9s\n", "field word", "kind", "rows", "ms median", "ms max");
    for (const auto &[word, kind] : words) {
        QList<double> times;
        qsizetype rows = 0;
        for (int run = 0; run < repeats; ++run) {
            QElapsedTimer timer;
            timer.start();
            rows = field.rows(word).size();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        if (rows == 0) {
            std::fprintf(stderr, "the field found nothing for '%s'\n", qPrintable(word));
            return 1;
        }
        all += times;
        std::printf("%-14s %-8s %6lld %9.2f %9.2f\n", qPrintable(word), qPrintable(kind),
            static_cast<long long>(rows), median(times),
            *std::max_element(times.cbegin(), times.cend()));
    }
    std::printf("field one word median: %.2f ms\n", median(all));
    std::printf("field one word p95: %.2f ms\n", percentile(all, 0.95));
    return 0;
}
