// The topic page on the offscreen platform, over a real cache file: the header says what
// the cache knows, the feed shows its cards, the tabs switch the feed at once, and the
// card's words read right.

#include "CountingDelegate.h"
#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"
#include "models/FeedModel.h"
#include "models/PostWording.h"
#include "translations/Translations.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/feed/TopicHeader.h"
#include "ui/feed/TopicPage.h"

#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestTopicPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheCachedTopicAndFeed();
    void tabsSwitchTheFeedAtOnce();
    void cardWordsReadRight();
    void appendingAPageMeasuresOnlyTheRowsNearTheReader();

private:
    Translations m_english; // the English plural forms: "1 reaction", "2 reactions"
    QTemporaryDir m_data;
    CacheDatabase m_database;
    std::unique_ptr<FeedCache> m_cache;
};

void TestTopicPage::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY(m_database.open(m_data.filePath(u"cache.sqlite"_s)));
    m_cache = std::make_unique<FeedCache>(m_database.connection());
    m_cache->storeTopic(Topic{u"therapy"_s, u"Therapy"_s, u"Therapy"_s,
        u"<b>Talking</b> therapies of every kind."_s, TopicCounts{14'600, 1'400, 1, 0}, false});
    QList<Post> posts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 30; ++i) {
        Post post;
        post.id = i;
        post.kind = i % 5 == 0 ? PostKind::Story : PostKind::Post;
        post.author = User{2, u"river_stone"_s, u"River"_s, false};
        post.title = u"Post number %1"_s.arg(i);
        post.body = u"Some words about the week. #Therapy"_s;
        post.hashtags = {u"Therapy"_s};
        post.createdAt = now.addSecs(-600 * i);
        post.reactions.setCount(ReactionKind::Hug, i % 3);
        post.commentCount = i % 2;
        posts.append(post);
    }
    QVERIFY(m_cache->storePosts(posts));
}

void TestTopicPage::showsTheCachedTopicAndFeed()
{
    TopicPage window(*m_cache, nullptr, nullptr);
    window.showTopic(u"therapy"_s);
    window.resize(760, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts.append(label->text());
    QVERIFY(texts.contains(u"Therapy"_s));
    QVERIFY(texts.contains(u"Join the conversation on Therapy"_s));
    QVERIFY(texts.contains(u"14.6K people · 1 story · 1.4K posts"_s));
    QVERIFY(texts.contains(u"What's new in Therapy"_s));
    // The description is shown as the text it is, never as markup.
    const auto labels = window.findChildren<QLabel *>();
    const auto about = std::find_if(labels.begin(), labels.end(),
        [](const QLabel *label) { return label->text().startsWith(u"<b>"_s); });
    QVERIFY(about != labels.end());
    QCOMPARE((*about)->textFormat(), Qt::PlainText);

    QListView *feed = window.feedView();
    QCOMPARE(feed->model()->rowCount(), FeedModel::PageSize);
    QCOMPARE(feed->model()->index(0, 0).data(FeedModel::IdRole).toLongLong(), 1);
    // Cards are painted: the rendered view holds text and card edges, not one flat colour.
    const QImage shot = feed->viewport()->grab().toImage();
    QVERIFY(!shot.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 3) {
        for (int x = 0; x < shot.width(); x += 3)
            colours.insert(shot.pixel(x, y));
    }
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
}

void TestTopicPage::tabsSwitchTheFeedAtOnce()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    page.kindTabs()->setCurrentIndex(1); // Stories
    QCOMPARE(page.model()->key().kind, FeedKind::Story);
    QCOMPARE(page.model()->rowCount(), 6);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QCOMPARE(page.model()->index(row).data(FeedModel::KindRole).toInt(), int(PostKind::Story));
    page.kindTabs()->setCurrentIndex(3); // Videos
    QCOMPARE(page.model()->rowCount(), 0);
    page.kindTabs()->setCurrentIndex(0);
    page.sortTabs()->setCurrentIndex(1); // Trending: nothing ranked in this cache yet
    QCOMPARE(page.model()->key().sort, FeedSort::Trending);
}

void TestTopicPage::cardWordsReadRight()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(PostWording::relativeTime(now.addSecs(-20), now), u"just now"_s);
    QCOMPARE(PostWording::relativeTime(now.addSecs(-180), now), u"3 min ago"_s);
    QCOMPARE(PostWording::relativeTime(now.addSecs(-2 * 3600), now), u"2 h ago"_s);
    QCOMPARE(PostWording::relativeTime(now.addDays(-1).addSecs(-60), now), u"yesterday"_s);
    QCOMPARE(PostWording::relativeTime(now.addDays(-3), now), u"3 days ago"_s);

    FeedModel model(*m_cache, nullptr);
    model.setFeed({u"therapy"_s, FeedKind::All, FeedSort::Latest});
    // Post 1: 1 hug, 1 comment; post 2: 2 hugs, 0 comments.
    const auto counts = [](const QModelIndex &index) {
        return PostWording::countsLine(index.data(FeedModel::ReactionCountRole).toInt(),
            index.data(FeedModel::CommentCountRole).toInt());
    };
    QCOMPARE(counts(model.index(0)), u"1 reaction · 1 comment"_s);
    QCOMPARE(counts(model.index(1)), u"2 reactions · 0 comments"_s);
    const QModelIndex first = model.index(0);
    QVERIFY(PostWording::headline(PostKind(first.data(FeedModel::KindRole).toInt()),
        first.data(FeedModel::AuthorNameRole).toString(),
        first.data(FeedModel::CreatedAtRole).toDateTime(),
        first.data(FeedModel::EditedRole).toBool(), now)
                .startsWith(u"Post · \u2068River\u2069 · "_s));
    QCOMPARE(TopicHeader::figures(TopicCounts{1, 2, 0, 0}, QLocale(QLocale::English)),
        u"1 person · 0 stories · 2 posts"_s);
}

// A page appended deep in the feed costs the rows it brings, not the rows above it: the view
// measures the new cards near the reader and no other.
void TestTopicPage::appendingAPageMeasuresOnlyTheRowsNearTheReader()
{
    QTemporaryDir data;
    CacheDatabase database;
    QVERIFY(database.open(data.filePath(u"deep.sqlite"_s)));
    FeedCache cache(database.connection());
    const int total = 1'000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Post> posts;
    for (int i = 1; i <= total; ++i) {
        Post post;
        post.id = i;
        post.author = User{3, u"slow_tide"_s, u"Slow Tide"_s, false};
        post.title = u"Evening note %1"_s.arg(i);
        // Cards of several heights: one to five lines of words.
        post.body
            = u"Walked to the pier and back, slowly. "_s.repeated(1 + 3 * (i % 5)) + u"#Deep"_s;
        post.hashtags = {u"Deep"_s};
        post.createdAt = now.addSecs(-60 * i);
        posts.append(post);
    }
    QVERIFY(cache.storePosts(posts));

    TopicPage page(cache, nullptr, nullptr);
    QListView *feed = page.feedView();
    auto *delegate = new CountingDelegate(nullptr, feed);
    feed->setItemDelegate(delegate);
    page.showTopic(u"deep"_s);
    page.resize(760, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    FeedModel *model = page.model();
    // All but the last three pages, fetched with the view at the top.
    while (model->rowCount() < total - 3 * FeedModel::PageSize && model->canFetchMore({}))
        model->fetchMore({});
    QTest::qWait(150); // a view's delayed layout (QListView's waits 100 ms after a resize)
    feed->viewport()->repaint();

    // To the bottom, as a reader dragging the scroll bar there: the view asks for the next
    // pages itself, and measures what it shows.
    delegate->measured = 0;
    const int before = model->rowCount();
    for (int step = 0; step < 10 && model->rowCount() < total; ++step) {
        feed->scrollToBottom();
        QTest::qWait(150);
        feed->viewport()->repaint();
    }
    QCOMPARE(model->rowCount(), total);
    const int appended = total - before;
    // The new pages' cards, and a screen's worth near the viewport: not the rows above.
    QVERIFY2(delegate->measured <= 2 * appended + FeedModel::PageSize,
        qPrintable(u"%1 cards measured for %2 rows appended after %3"_s.arg(delegate->measured)
                       .arg(appended)
                       .arg(before)));

    // And the page is there: the last card, scrolled to, shows whole at the bottom.
    feed->scrollToBottom();
    QTest::qWait(50);
    const QRect last = feed->visualRect(model->index(total - 1));
    QVERIFY2(last.height() > 0 && last.top() >= 0 && last.bottom() < feed->viewport()->height(),
        qPrintable(u"last card at %1..%2, viewport %3 high"_s.arg(last.top())
                       .arg(last.bottom())
                       .arg(feed->viewport()->height())));
    QCOMPARE(feed->indexAt(last.center()).row(), total - 1);
}

QTEST_MAIN(TestTopicPage)
#include "tst_topicpage.moc"
