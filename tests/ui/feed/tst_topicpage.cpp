// The topic page on the offscreen platform, over a real cache file: the header says what
// the cache knows, the feed shows its cards, the tabs switch the feed at once, and the
// card's words read right.

#include "CountingDelegate.h"
#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"
#include "models/FeedModel.h"
#include "models/PostWording.h"
#include "translations/Translations.h"
#include "ui/feed/FeedView.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/feed/SegmentedControl.h"
#include "ui/feed/TopicHeader.h"
#include "ui/feed/TopicPage.h"
#include "ui/look/Metrics.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
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
    void theHeaderFoldsAsTheFeedScrollsAndUnfoldsAtTheTop();
    void foldingKeepsTheCardsAndTheKeyboardWhereTheyAre();
    void theFeedIsAReadingColumnInWideWindows();
    void anEmptyFeedKeepsTheHeaderOverTheColumn();
    void aResizeThatKeepsTheColumnMeasuresNoCard();
    void kindsAndOrderAreOneRowOfSegments();
    void segmentsChooseByMouseAndByKeyboard();
    void quietLinksOpenWhatTheyOpen();
    void aSmallWindowShowsTwoCardsUnderTheCompactBar();

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

namespace {

// A widget's rectangle in the page's coordinates.
QRect inPage(const QWidget *widget, const QWidget *page)
{
    return QRect(widget->mapTo(page, QPoint(0, 0)), widget->size());
}

// A card's top edge in the page's coordinates.
int cardTop(const TopicPage &page, int row)
{
    const FeedView *feed = page.feedView();
    return feed->viewport()
        ->mapTo(&page, feed->visualRect(feed->model()->index(row, 0)).topLeft())
        .y();
}

const QLabel *labelSaying(const QWidget *parent, const QString &text)
{
    for (const QLabel *label : parent->findChildren<QLabel *>()) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

} // namespace

// Scrolled down, the header is one compact bar (name, Join, Create a post); back at the top
// it is whole again. Between the two, a scroll near the top never folds and unfolds it in turn.
void TestTopicPage::theHeaderFoldsAsTheFeedScrollsAndUnfoldsAtTheTop()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    page.resize(820, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TopicHeader *header = page.header();
    QScrollBar *bar = page.feedView()->verticalScrollBar();
    const int fullHeight = header->height();
    const QLabel *invitation = labelSaying(header, u"Join the conversation on Therapy"_s);
    const QLabel *figures = labelSaying(header, u"14.6K people · 1 story · 1.4K posts"_s);
    const QLabel *section = labelSaying(&page, u"What's new in Therapy"_s);
    QVERIFY(invitation && figures && section);
    QVERIFY(!header->isCompact());
    QVERIFY(invitation->isVisible() && figures->isVisible() && section->isVisible());
    QVERIFY(header->newslettersButton()->isVisible() && header->aboutButton()->isVisible());

    // Down the feed in the wheel's steps: the header folds once, and stays folded.
    int folds = 0;
    bool compact = false;
    while (bar->value() < 1'500 && bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + bar->singleStep());
        if (header->isCompact() != compact) {
            compact = header->isCompact();
            ++folds;
        }
    }
    QCOMPARE(folds, 1);
    QVERIFY(header->isCompact());
    QTRY_VERIFY(header->height() < fullHeight);
    // One bar: the name, Join and Create a post, side by side; the rest hidden.
    const QWidget *name = labelSaying(header, u"Therapy"_s);
    QVERIFY(name && name->isVisible());
    QVERIFY(header->joinButton()->isVisible() && header->createPostButton()->isVisible());
    for (const QWidget *part : {static_cast<const QWidget *>(header->joinButton()),
             static_cast<const QWidget *>(header->createPostButton())}) {
        const QRect rect = inPage(part, &page);
        const QRect nameRect = inPage(name, &page);
        QVERIFY2(rect.center().y() > nameRect.top() && rect.center().y() < nameRect.bottom(),
            qPrintable(u"%1 at y %2, the name %3..%4"_s.arg(part->accessibleName())
                           .arg(rect.center().y())
                           .arg(nameRect.top())
                           .arg(nameRect.bottom())));
        QVERIFY(rect.left() > nameRect.right());
    }
    QVERIFY(!invitation->isVisible() && !figures->isVisible() && !section->isVisible());
    QVERIFY(!header->newslettersButton()->isVisible() && !header->aboutButton()->isVisible());
    QVERIFY(header->height() <= header->createPostButton()->height() + Metrics::spaceM);
    // The same actions, named as before.
    QCOMPARE(header->joinButton()->accessibleName(), u"Join Therapy"_s);
    QCOMPARE(header->createPostButton()->text(), u"Create a post"_s);

    // Back up in the same steps: folded all the way, whole only at the top.
    folds = 0;
    while (bar->value() > 0) {
        bar->setValue(bar->value() - bar->singleStep());
        if (header->isCompact() != compact) {
            compact = header->isCompact();
            ++folds;
            QCOMPARE(bar->value(), 0);
        }
    }
    QCOMPARE(folds, 1);
    QVERIFY(!header->isCompact());
    QTRY_COMPARE(header->height(), fullHeight);
    QVERIFY(invitation->isVisible() && figures->isVisible() && section->isVisible());

    // A little scroll near the top (less than the header's height) folds nothing.
    bar->setValue(page.header()->height() / 2);
    QVERIFY(!header->isCompact());
}

// When the header folds, the cards on the screen stay where they are (the feed's top edge
// moves up, its scroll position with it), and the keyboard's focus stays in the bar; Tab to
// the bar brings the whole header back.
void TestTopicPage::foldingKeepsTheCardsAndTheKeyboardWhereTheyAre()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    page.resize(820, 700);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    TopicHeader *header = page.header();
    FeedView *feed = page.feedView();
    QScrollBar *bar = feed->verticalScrollBar();

    header->newslettersButton()->setFocus(Qt::TabFocusReason);
    QVERIFY(header->newslettersButton()->hasFocus());
    // Just short of folding, then one step more.
    while (!header->isCompact() && bar->value() < bar->maximum()) {
        const int row = feed->indexAt(feed->columnRect().center()).row();
        const int before = cardTop(page, row);
        const int step = bar->singleStep();
        bar->setValue(bar->value() + step);
        if (header->isCompact()) {
            QCOMPARE(cardTop(page, row), before - step);
            // And still there once everything waiting has run.
            QTest::qWait(20);
            QCOMPARE(cardTop(page, row), before - step);
            break;
        }
    }
    QVERIFY(header->isCompact());
    // The newsletters link is hidden now: the keyboard is on Join, in the bar.
    QVERIFY(header->joinButton()->hasFocus());

    // Shift+Tab from the kinds comes to Create a post: the header is whole again, and the
    // cards stay where they are.
    SegmentedControl *kinds = page.kindTabs();
    kinds->segment(kinds->currentIndex())->setFocus(Qt::TabFocusReason);
    const int row = feed->indexAt(feed->columnRect().center()).row();
    const int before = cardTop(page, row);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), header->createPostButton());
    QVERIFY(!header->isCompact());
    QVERIFY(header->newslettersButton()->isVisible());
    QCOMPARE(cardTop(page, row), before);
    QTest::qWait(20);
    QCOMPARE(cardTop(page, row), before);
    QVERIFY(bar->value() > 0);
}

// In a wide window the cards are a column of reading width in the middle, with the header
// and the controls over it; in a narrow one they take the whole width.
void TestTopicPage::theFeedIsAReadingColumnInWideWindows()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    page.resize(1280, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    FeedView *feed = page.feedView();
    QTRY_VERIFY(feed->viewport()->width() > 1'200);
    const QRect card = feed->visualRect(feed->model()->index(0, 0));
    QVERIFY2(card.width() >= Metrics::readingWidthMinimum
            && card.width() <= Metrics::readingWidthMaximum,
        qPrintable(QString::number(card.width())));
    const int leftGap = card.left();
    const int rightGap = feed->viewport()->width() - card.right() - 1;
    QVERIFY2(
        std::abs(leftGap - rightGap) <= 1, qPrintable(u"%1 | %2"_s.arg(leftGap).arg(rightGap)));
    // The header and the controls line up with the cards' frames.
    const int frameLeft = feed->viewport()->mapTo(&page, card.topLeft()).x() + CardLayout::Gap;
    const int frameRight
        = feed->viewport()->mapTo(&page, card.topRight()).x() - CardLayout::Gap + 1;
    QTRY_COMPARE(inPage(page.kindTabs(), &page).left(), frameLeft);
    QCOMPARE(inPage(page.sortTabs(), &page).right() + 1, frameRight);
    QCOMPARE(inPage(labelSaying(page.header(), u"Therapy"_s), &page).left(), frameLeft);
    QCOMPARE(inPage(page.header()->createPostButton(), &page).right() + 1, frameRight);
    // A click in the margin beside the column is on no card.
    QVERIFY(!feed->indexAt(QPoint(card.left() / 2, card.center().y())).isValid());
    QCOMPARE(feed->indexAt(card.center()).row(), 0);

    page.resize(800, 600);
    QTRY_VERIFY(feed->viewport()->width() < 800);
    QTRY_COMPARE(feed->visualRect(feed->model()->index(0, 0)).width(), feed->viewport()->width());
    QCOMPARE(feed->visualRect(feed->model()->index(0, 0)).left(), 0);
}

// A topic with nothing to show yet (the feed never laid out) still has its header where the
// column will be.
void TestTopicPage::anEmptyFeedKeepsTheHeaderOverTheColumn()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"quiet-corner"_s);
    page.resize(1280, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.emptyStateText().isEmpty());
    const int columnLeft = (page.width() - Metrics::readingWidth) / 2;
    QTRY_COMPARE(inPage(page.kindTabs(), &page).left(), columnLeft + CardLayout::Gap);
    QCOMPARE(inPage(page.sortTabs(), &page).right() + 1,
        columnLeft + Metrics::readingWidth - CardLayout::Gap);
}

// The cards' heights hang on the column's width only: widening a wide window measures no card
// again; a narrower column does.
void TestTopicPage::aResizeThatKeepsTheColumnMeasuresNoCard()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    page.resize(1280, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    FeedView *feed = page.feedView();
    QTRY_VERIFY(feed->isMeasured(0));
    const int measured = feed->measureCount();
    const QRect before = feed->visualRect(feed->model()->index(0, 0));
    page.resize(1600, 900);
    QTRY_VERIFY(feed->viewport()->width() > 1'500);
    feed->viewport()->repaint();
    QCOMPARE(feed->measureCount(), measured);
    QVERIFY(feed->isMeasured(0));
    QCOMPARE(feed->visualRect(feed->model()->index(0, 0)).size(), before.size());
    page.resize(760, 900);
    QTRY_VERIFY(feed->viewport()->width() < 760);
    feed->viewport()->repaint();
    QVERIFY(feed->measureCount() > measured);
}

// The kinds and the order sit on one row, the order at its end, neither overlapping.
void TestTopicPage::kindsAndOrderAreOneRowOfSegments()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    for (const QSize size : {QSize(1280, 900), QSize(800, 600)}) {
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(10);
        const QRect kinds = inPage(page.kindTabs(), &page);
        const QRect sorts = inPage(page.sortTabs(), &page);
        QVERIFY(kinds.height() > 0 && sorts.height() > 0);
        QVERIFY2(std::abs(kinds.center().y() - sorts.center().y()) <= 1,
            qPrintable(
                u"kinds at %1, order at %2"_s.arg(kinds.center().y()).arg(sorts.center().y())));
        QVERIFY(kinds.right() < sorts.left());
        // Every segment inside its row, side by side, the same height.
        for (const SegmentedControl *row : {page.kindTabs(), page.sortTabs()}) {
            for (int i = 0; i < row->count(); ++i) {
                const QRect segment = inPage(row->segment(i), &page);
                QVERIFY(inPage(row, &page).contains(segment));
                if (i > 0)
                    QVERIFY(segment.left() > inPage(row->segment(i - 1), &page).right());
                QCOMPARE(segment.height(), inPage(row->segment(0), &page).height());
            }
        }
        // Above the feed, below the section's title.
        const QRect section = inPage(labelSaying(&page, u"What's new in Therapy"_s), &page);
        QVERIFY(section.bottom() < kinds.top());
        QVERIFY(kinds.bottom() < inPage(page.feedView(), &page).top());
    }
}

// A click on a segment, or the arrows, Home and End on the chosen one, choose the feed; the
// keyboard stays on the chosen segment; each segment and each row has a name.
void TestTopicPage::segmentsChooseByMouseAndByKeyboard()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    page.resize(820, 700);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    SegmentedControl *kinds = page.kindTabs();
    SegmentedControl *sorts = page.sortTabs();
    QSignalSpy moved(&page, &TopicPage::locationChanged);

    QTest::mouseClick(kinds->segment(1), Qt::LeftButton);
    QCOMPARE(page.model()->key().kind, FeedKind::Story);
    QCOMPARE(kinds->currentIndex(), 1);
    QVERIFY(kinds->segment(1)->isChecked() && !kinds->segment(0)->isChecked());
    QCOMPARE(moved.count(), 1);
    QTest::mouseClick(sorts->segment(1), Qt::LeftButton);
    QCOMPARE(page.model()->key().sort, FeedSort::Trending);
    QTest::mouseClick(sorts->segment(0), Qt::LeftButton);
    QCOMPARE(page.model()->key().sort, FeedSort::Latest);

    kinds->segment(1)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(kinds->segment(1), Qt::Key_Right);
    QCOMPARE(page.model()->key().kind, FeedKind::Post);
    QVERIFY(kinds->segment(2)->hasFocus());
    QTest::keyClick(kinds->segment(2), Qt::Key_End);
    QCOMPARE(page.model()->key().kind, FeedKind::Video);
    QTest::keyClick(kinds->segment(3), Qt::Key_Right); // the end: it stays
    QCOMPARE(page.model()->key().kind, FeedKind::Video);
    QTest::keyClick(kinds->segment(3), Qt::Key_Left);
    QCOMPARE(page.model()->key().kind, FeedKind::Post);
    QTest::keyClick(kinds->segment(2), Qt::Key_Home);
    QCOMPARE(page.model()->key().kind, FeedKind::All);
    QVERIFY(kinds->segment(0)->hasFocus());
    // One Tab stop per row: only the chosen segment takes Tab.
    for (int i = 0; i < kinds->count(); ++i)
        QCOMPARE(bool(kinds->segment(i)->focusPolicy() & Qt::TabFocus), i == 0);

    const QStringList names{u"All"_s, u"Stories"_s, u"Posts"_s, u"Videos"_s};
    for (int i = 0; i < kinds->count(); ++i) {
        QAccessibleInterface *segment = QAccessible::queryAccessibleInterface(kinds->segment(i));
        QVERIFY(segment);
        QCOMPARE(segment->text(QAccessible::Name), names[i]);
        QCOMPARE(segment->state().checked, i == 0);
    }
    QAccessibleInterface *group = QAccessible::queryAccessibleInterface(kinds);
    QCOMPARE(group->text(QAccessible::Name), u"Show"_s);
    QCOMPARE(group->role(), QAccessible::Grouping);
    QCOMPARE(QAccessible::queryAccessibleInterface(sorts)->text(QAccessible::Name), u"Order"_s);
}

// "Explore our newsletters" and "About Therapy" are links in a line of text, not buttons: as
// tall as a line, reached by Tab; the first asks for the newsletters, the second shows and
// hides what the topic is about.
void TestTopicPage::quietLinksOpenWhatTheyOpen()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    page.resize(820, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TopicHeader *header = page.header();
    QPushButton *newsletters = header->newslettersButton();
    QPushButton *about = header->aboutButton();
    for (QPushButton *link : {newsletters, about}) {
        QVERIFY(link->isVisible());
        QVERIFY(link->focusPolicy() & Qt::TabFocus);
        QVERIFY(!link->accessibleDescription().isEmpty());
        // A line of text, not a button's face.
        QVERIFY2(link->height() <= link->fontMetrics().height() + 2 * Metrics::spaceS,
            qPrintable(QString::number(link->height())));
    }
    QCOMPARE(newsletters->text(), u"Explore our newsletters"_s);
    QCOMPARE(about->text(), u"About Therapy"_s);
    // Both on one line, under the figures.
    QCOMPARE(inPage(newsletters, &page).center().y(), inPage(about, &page).center().y());

    QSignalSpy asked(&page, &TopicPage::newslettersRequested);
    QTest::mouseClick(newsletters, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), u"therapy"_s);
    newsletters->setFocus(Qt::TabFocusReason);
    QTest::keyClick(newsletters, Qt::Key_Space);
    QCOMPARE(asked.count(), 2);

    QVERIFY(!header->aboutText()->isVisible());
    const int closed = header->height();
    QTest::mouseClick(about, Qt::LeftButton);
    QVERIFY(header->aboutText()->isVisible());
    QCOMPARE(header->aboutText()->text(), u"<b>Talking</b> therapies of every kind."_s);
    QTRY_VERIFY(header->aboutText()->height() > 0 && header->height() > closed);
    QTest::mouseClick(about, Qt::LeftButton);
    QVERIFY(!header->aboutText()->isVisible());
    QTRY_COMPARE(header->height(), closed);
}

// In a small window (the page of an 800×600 window) the compact bar leaves the feed room
// for two whole cards.
void TestTopicPage::aSmallWindowShowsTwoCardsUnderTheCompactBar()
{
    TopicPage page(*m_cache, nullptr, nullptr);
    page.showTopic(u"therapy"_s);
    // 600 less the window's menu, toolbar and status line.
    page.resize(800, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    FeedView *feed = page.feedView();
    feed->scrollTo(feed->model()->index(4, 0), QAbstractItemView::PositionAtTop);
    QVERIFY(page.header()->isCompact());
    QTRY_VERIFY(feed->viewport()->height() > 300);
    const int top = feed->indexAt(feed->columnRect().topLeft() + QPoint(4, 4)).row();
    QVERIFY(top >= 0);
    const QRect second = feed->visualRect(feed->model()->index(top + 1, 0));
    const QRect third = feed->visualRect(feed->model()->index(top + 2, 0));
    QVERIFY2(second.height() + third.height() <= feed->viewport()->height(),
        qPrintable(u"cards end at %1 and %2 in a viewport %3 high, page %4, top %5 header %6"_s
                       .arg(second.bottom())
                       .arg(third.bottom())
                       .arg(feed->viewport()->height())
                       .arg(page.height())
                       .arg(inPage(feed, &page).top())
                       .arg(page.header()->height())));
    // The bar and the controls take less than a third of the page.
    QVERIFY2(inPage(feed, &page).top() < page.height() / 3,
        qPrintable(QString::number(inPage(feed, &page).top())));
}

QTEST_MAIN(TestTopicPage)
#include "tst_topicpage.moc"
