// The post card on the offscreen platform, in a QListView over FeedModel and a real cache
// file: clicks land on what is painted where they land, long bodies get "Read more", a
// hostile post stays literal text of an ordinary card's height, heights and layouts are
// made once, and photos arrive from a real hearth-server behind a placeholder, a sensitive
// one never sharp. The counts line stays inside its card at 100 % and 200 %, hashtags that
// end a body show once, hover shows in light and dark palettes, and React gives, takes back
// and asks for the kinds as a person would click, double-click, right-click and hold. A name
// ending in an unclosed U+202E, or written in Arabic, leaves the headline's time in its order.

#include "../LaidOutLine.h"
#include "api/Limits.h"
#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"
#include "care/ContentFold.h"
#include "models/FeedModel.h"
#include "models/PostWording.h"
#include "net/ApiClient.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/MediaImageCache.h"
#include "translations/Translations.h"
#include "ui/feed/CardLayout.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/look/Appearance.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// A list view that lends the tests the option it paints its items with.
class FeedView : public QListView
{
public:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        return option;
    }
};

const QString Slug = u"therapy"_s;

enum PostId : qint64 {
    Short = 1,
    Long,
    Hostile,
    LongAndPlain,
    Photo,
    Clip,
    Sensitive,
    Prompt,
    Changing,
};

QString longBody()
{
    QString body;
    for (int i = 0; i < 12; ++i)
        body += u"Some evenings the quiet is kind and some evenings it is loud. "_s;
    return body + u"#Therapy"_s;
}

const QString Markup = u"<b>Bold</b> <img src=x onerror=alert(1)> <a href='x'>link</a> "_s;

QString hostileTitle()
{
    const QString start = Markup + QChar(0x202E) + u"gnp.exe "_s;
    return start + QString(Limits::MaxTitleLength - start.size(), u'W');
}

QString hostileBody(qsizetype size)
{
    const QString start = u"🌧️🫶 <script>alert(2)</script> "_s + QChar(0x202E);
    const QString end = u" <img src=y>"_s;
    return start + QString(size - start.size() - end.size(), u'a') + end;
}

// How many pixels of image inside rect are close to colour.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &color, int tolerance = 40)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green())
                    + std::abs(pixel.blue() - color.blue())
                < tolerance)
                ++count;
        }
    }
    return count;
}

// The sum of the differences between neighbouring pixels: how much detail an area shows.
qint64 detail(const QImage &image, const QRect &rect)
{
    qint64 sum = 0;
    const QRect area = rect.intersected(image.rect()).adjusted(8, 8, -8, -8);
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x < area.right(); ++x)
            sum += std::abs(qGray(image.pixel(x, y)) - qGray(image.pixel(x + 1, y)));
    }
    return sum;
}

// The counts line a card shows for a row.
QString countsLine(const QModelIndex &index)
{
    return PostWording::countsLine(index.data(FeedModel::ReactionCountRole).toInt(),
        index.data(FeedModel::CommentCountRole).toInt());
}

// Counts the paint events a widget gets.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

QImage paintCard(const PostCardDelegate &delegate, QStyleOptionViewItem option,
    const QModelIndex &index, QStyle::State extra = {}, qreal ratio = 1)
{
    option.rect.moveTopLeft(QPoint(0, 0));
    option.state |= extra;
    QImage image((QSizeF(option.rect.size()) * ratio).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(option.palette.color(QPalette::Window));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

// A rectangle in logical pixels as the device pixels of an image painted at ratio.
QRect devicePixels(const QRect &rect, qreal ratio)
{
    return QRectF(QPointF(rect.topLeft()) * ratio, QSizeF(rect.size()) * ratio).toRect();
}

// Counts the context menu events that reach a widget, as a page's own menu would see them.
class ContextMenuCounter : public QObject
{
public:
    explicit ContextMenuCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ContextMenu)
            ++count;
        return false;
    }
};

} // namespace

class TestPostCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hashtagClickOpensItsTopic();
    void cardAndMediaClicks();
    void readMoreOnlyForLongBodies();
    void hostilePostStaysLiteralText();
    void heightsAndLayoutsAreKept();
    void aChangedPostIsLaidOutAgain();
    void tenThousandRowsAreLaidOutOnce();
    void focusAndHoverShow();
    void accessibleTextReadsTheCard();
    void tooltipsShowAltTextAsText();
    void photosArriveBehindAPlaceholder();
    void countsLineIsInsideTheCard();
    void trailingHashtagsShowOnce();
    void hoverShowsInBothPalettes();
    void reactClickGivesAndTakesBack();
    void doubleClicksDoOneThing();
    void reactMenuFromRightClickAndLongPress();
    void pointingHandOverLinksAndReact();
    void headlineKeepsItsOrder_data();
    void headlineKeepsItsOrder();
    void rightToLeftWordsEndOnTheirLeft();

private:
    Translations m_english; // the English plural forms: "1 reaction", "2 reactions"
    QModelIndex indexOf(qint64 postId) const { return m_model->index(m_model->rowOf(postId)); }

    QTemporaryDir m_data;
    CacheDatabase m_database;
    std::unique_ptr<FeedCache> m_cache;
    std::unique_ptr<FeedModel> m_model;
    std::unique_ptr<FeedView> m_view;
    PostCardDelegate *m_delegate = nullptr;
};

void TestPostCard::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY(m_database.open(m_data.filePath(u"cache.sqlite"_s)));
    m_cache = std::make_unique<FeedCache>(m_database.connection());
    QVERIFY(m_cache->storeTopic(Topic{Slug, u"Therapy"_s, u"Therapy"_s, u"Talking therapies."_s,
        TopicCounts{10, 9, 0, 0}, false}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const User river{2, u"river_stone"_s, u"River"_s, false};
    const auto post = [&](qint64 id, const QString &title, const QString &body) {
        Post made;
        made.id = id;
        made.author = river;
        made.title = title;
        made.body = body;
        made.hashtags = {u"Therapy"_s};
        // Newest first: the rows follow the ids.
        made.createdAt = now.addSecs(-3600 - 30 - 60 * id);
        return made;
    };
    QList<Post> posts;

    Post shortPost = post(Short, u"Short and sweet"_s, u"A small win today: I made the call."_s);
    shortPost.hashtags = {u"Therapy"_s, u"SmallWins"_s};
    shortPost.reactions.setCount(ReactionKind::Hug, 3);
    shortPost.reactions.setCount(ReactionKind::Heart, 1);
    shortPost.commentCount = 2;
    shortPost.createdAt = now.addSecs(-3600 - 30);
    posts.append(shortPost);

    posts.append(post(Long, u"A longer week"_s, longBody()));

    // Markup, a direction override, emoji, and words as long as the limits allow: a title
    // of 200 characters, a story of 40,000 (the cache refuses longer ones; a 100 KB word is
    // tried on the delegate alone below).
    Post hostile = post(Hostile, hostileTitle(), hostileBody(Limits::MaxStoryBodyLength));
    hostile.kind = PostKind::Story;
    hostile.reactions.setCount(ReactionKind::SendingStrength, 2);
    posts.append(hostile);
    Post plain = post(LongAndPlain,
        u"Some thoughts on what helped me through a long and tiring winter this year, and "
        "what did not help at all, written down so I remember them next time"_s,
        longBody());
    plain.reactions.setCount(ReactionKind::ThinkingOfYou, 2);
    posts.append(plain);

    Post photo = post(Photo, u"Tea by the window"_s, u"Slow start."_s);
    photo.media = Media{501, MediaKind::Image, u"image/jpeg"_s, 960, 640, 90'000,
        u"A cup of tea on a windowsill, steam rising."_s, false, std::nullopt, std::nullopt};
    photo.reactions.setCount(ReactionKind::MeToo, 1);
    photo.reactions.setMine(ReactionKind::MeToo);
    posts.append(photo);
    Post clip = post(Clip, u"Rain on the roof"_s, u"Three seconds of it."_s);
    clip.kind = PostKind::Video;
    clip.media
        = Media{601, MediaKind::Video, u"video/mp4"_s, 320, 240, 300'000, {}, false, 602, 3'000};
    posts.append(clip);
    Post sensitive = post(Sensitive, u"Healing"_s, u"A picture of where I am now."_s);
    sensitive.media = Media{701, MediaKind::Image, u"image/jpeg"_s, 960, 640, 90'000,
        u"A healing <i>scar</i>."_s, true, std::nullopt, std::nullopt};
    posts.append(sensitive);
    Post prompt = post(Prompt, u"Weekly check-in"_s, u"How was your week?"_s);
    prompt.teamPrompt = true;
    prompt.contentWarning = u"mentions of grief"_s;
    posts.append(prompt);
    posts.append(post(Changing, u"A changing post"_s, u"One line."_s));
    QVERIFY(m_cache->storePosts(posts));
}

void TestPostCard::init()
{
    m_model = std::make_unique<FeedModel>(*m_cache, nullptr);
    m_model->setFeed({Slug, FeedKind::All, FeedSort::Latest});
    QCOMPARE(m_model->rowCount(), 9);
    m_view = std::make_unique<FeedView>();
    m_delegate = new PostCardDelegate(m_view.get());
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_model.get());
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->setMouseTracking(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->resize(700, 1'400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // Adjust lays the rows out again a moment after a resize.
    QTRY_COMPARE(m_view->visualRect(m_model->index(0)).width(), m_view->viewport()->width());
}

void TestPostCard::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void TestPostCard::hashtagClickOpensItsTopic()
{
    const QModelIndex index = indexOf(Short);
    const QStyleOptionViewItem option = m_view->optionFor(index);
    const QRect tag
        = m_delegate->partRect(option, index, PostCardDelegate::Part::Hashtag, u"SmallWins"_s);
    QVERIFY(!tag.isEmpty());
    QVERIFY(option.rect.contains(tag));

    // Painted there, in the link colour; nothing in that colour after the last tag.
    const QImage shot = m_view->viewport()->grab().toImage();
    const QColor link = option.palette.color(QPalette::Link);
    QVERIFY2(
        pixelsNear(shot, tag, link) > 10, qPrintable(QString::number(pixelsNear(shot, tag, link))));
    const QRect after = tag.translated(tag.width() + 20, 0);
    QCOMPARE(pixelsNear(shot, after, link), 0);

    const PostCardDelegate::Hit hit = m_delegate->hitTest(option, index, tag.center());
    QCOMPARE(hit.part, PostCardDelegate::Part::Hashtag);
    QCOMPARE(hit.hashtag, u"SmallWins"_s);
    QCOMPARE(m_delegate->hitTest(option, index, after.center()).part, PostCardDelegate::Part::Card);

    QSignalSpy hashtags(m_delegate, &PostCardDelegate::hashtagActivated);
    QSignalSpy posts(m_delegate, &PostCardDelegate::postActivated);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, tag.center());
    QCOMPARE(hashtags.size(), 1);
    QCOMPARE(hashtags.first().first().toString(), u"SmallWins"_s);
    QVERIFY(posts.isEmpty());

    const QRect therapy
        = m_delegate->partRect(option, index, PostCardDelegate::Part::Hashtag, u"Therapy"_s);
    QVERIFY(therapy.right() < tag.left());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, therapy.center());
    QCOMPARE(hashtags.size(), 2);
    QCOMPARE(hashtags.last().first().toString(), u"Therapy"_s);

    // Pressed on the card's words and released on the tag: not a click on either.
    QCOMPARE(m_delegate->hitTest(option, index, tag.center() - QPoint(0, 40)).part,
        PostCardDelegate::Part::Card);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, tag.center() - QPoint(0, 40));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, tag.center());
    QCOMPARE(hashtags.size(), 2);
    QVERIFY(posts.isEmpty());
}

void TestPostCard::cardAndMediaClicks()
{
    QSignalSpy posts(m_delegate, &PostCardDelegate::postActivated);
    QSignalSpy media(m_delegate, &PostCardDelegate::mediaActivated);
    const QModelIndex shortIndex = indexOf(Short);
    const QStyleOptionViewItem shortOption = m_view->optionFor(shortIndex);
    // The title's line.
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, {}, shortOption.rect.topLeft() + QPoint(60, 50));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().first().value<QModelIndex>(), shortIndex);
    QVERIFY(media.isEmpty());
    QVERIFY(m_delegate->partRect(shortOption, shortIndex, PostCardDelegate::Part::Media).isEmpty());

    const QModelIndex photo = indexOf(Photo);
    m_view->scrollTo(photo, QAbstractItemView::PositionAtTop);
    const QStyleOptionViewItem option = m_view->optionFor(photo);
    const QRect area = m_delegate->partRect(option, photo, PostCardDelegate::Part::Media);
    QVERIFY(!area.isEmpty());
    // 960 × 640 keeps its shape, within the card's bounds.
    QVERIFY(area.width() <= PostCardDelegate::MaxMediaWidth);
    QVERIFY(std::abs(area.width() * 640 - area.height() * 960) <= 960 * 2);
    // Cards with media are taller.
    QVERIFY(option.rect.height() > shortOption.rect.height() + area.height() / 2);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, area.center());
    QCOMPARE(media.size(), 1);
    QCOMPARE(media.first().first().value<QModelIndex>(), photo);
    QCOMPARE(posts.size(), 1);

    // Without an image cache the placeholder shows: a tint, not the card's plain base.
    const QImage card = paintCard(*m_delegate, option, photo);
    const QRect corner(area.topLeft() - option.rect.topLeft() + QPoint(8, 8), QSize(40, 20));
    const QColor base = option.palette.color(QPalette::Base);
    QCOMPARE(pixelsNear(card, corner, base, 3), 0);

    // A video's poster and a sensitive photo are media areas too.
    for (const qint64 id : {Clip, Sensitive}) {
        const QModelIndex index = indexOf(id);
        QVERIFY(
            !m_delegate->partRect(m_view->optionFor(index), index, PostCardDelegate::Part::Media)
                 .isEmpty());
    }
}

void TestPostCard::readMoreOnlyForLongBodies()
{
    const QModelIndex shortIndex = indexOf(Short);
    const QStyleOptionViewItem shortOption = m_view->optionFor(shortIndex);
    QVERIFY(
        m_delegate->partRect(shortOption, shortIndex, PostCardDelegate::Part::ReadMore).isEmpty());
    QCOMPARE(m_delegate->shownText(shortOption, shortIndex).last(),
        u"A small win today: I made the call."_s);

    const QModelIndex longIndex = indexOf(Long);
    const QStyleOptionViewItem option = m_view->optionFor(longIndex);
    const QRect readMore
        = m_delegate->partRect(option, longIndex, PostCardDelegate::Part::ReadMore);
    QVERIFY(!readMore.isEmpty());
    QVERIFY(option.rect.contains(readMore));
    const QString excerpt = m_delegate->shownText(option, longIndex).last();
    QVERIFY(excerpt.endsWith(u'…'));
    QVERIFY(excerpt.size() < longBody().size());
    QVERIFY(longBody().startsWith(excerpt.first(40)));

    const QImage shot = m_view->viewport()->grab().toImage();
    QVERIFY(pixelsNear(shot, readMore, option.palette.color(QPalette::Link)) > 10);

    QCOMPARE(m_delegate->hitTest(option, longIndex, readMore.center()).part,
        PostCardDelegate::Part::ReadMore);
    QSignalSpy posts(m_delegate, &PostCardDelegate::postActivated);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, readMore.center());
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().first().value<QModelIndex>(), longIndex);

    // A content warning folds the card: the warning's words and "Show post" where "Read
    // more" was, and nothing of the title or the body.
    const QModelIndex prompt = indexOf(Prompt);
    const QStyleOptionViewItem promptOption = m_view->optionFor(prompt);
    QCOMPARE(m_delegate->shownText(promptOption, prompt),
        QStringList({QString(), u"Content warning: mentions of grief"_s}));
    const QRect show = m_delegate->partRect(promptOption, prompt, PostCardDelegate::Part::ReadMore);
    QVERIFY(!show.isEmpty());
    QVERIFY(show.top()
        > m_delegate->partRect(promptOption, prompt, PostCardDelegate::Part::Card).top());
    QCOMPARE(m_delegate->hitTest(promptOption, prompt, show.center()).part,
        PostCardDelegate::Part::ReadMore);
    QVERIFY(m_delegate->partRect(promptOption, prompt, PostCardDelegate::Part::Media).isEmpty());
}

void TestPostCard::hostilePostStaysLiteralText()
{
    const QModelIndex hostile = indexOf(Hostile);
    const QModelIndex plain = indexOf(LongAndPlain);
    const QStyleOptionViewItem option = m_view->optionFor(hostile);

    // The markup is the words it is: nothing is taken for a tag, nothing reorders the line.
    const QStringList shown = m_delegate->shownText(option, hostile);
    QVERIFY2(shown.first().startsWith(Markup + u"gnp.exe W"_s), qPrintable(shown.first()));
    QVERIFY(shown.first().endsWith(u'…'));
    QVERIFY2(shown.last().startsWith(u"🌧️🫶 <script>alert(2)</script> aaaa"_s),
        qPrintable(shown.last().left(100)));
    QVERIFY(shown.last().endsWith(u'…'));
    for (const QString &text : shown)
        QVERIFY(!text.contains(QChar(0x202E)));

    // An ordinary card of the same shape (a two-line title, a cut body, one tag, no media)
    // has the same height.
    QCOMPARE(m_view->visualRect(hostile).height(), m_view->visualRect(plain).height());
    QCOMPARE(m_delegate->sizeHint(option, hostile), m_delegate->sizeHint(option, plain));
    QVERIFY(indexOf(Hostile)
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(u"Story “\u2068"_s + Markup));

    // Beyond the limits, as a broken cache or server might give it: a 100 KB word, laid
    // out and painted from nothing, quickly, at an ordinary card's height.
    QStandardItemModel model;
    for (const QString &body : {hostileBody(100'000), longBody()}) {
        auto *item = new QStandardItem;
        item->setData(qint64(model.rowCount() + 1), FeedModel::IdRole);
        item->setData(QString(Markup + QString(100'000, u'W')), FeedModel::TitleRole);
        item->setData(body, FeedModel::BodyRole);
        item->setData(QStringList{QString(100'000, u'T')}, FeedModel::HashtagsRole);
        model.appendRow(item);
    }
    PostCardDelegate fresh;
    QElapsedTimer timer;
    timer.start();
    const QImage card = paintCard(fresh, option, model.index(0, 0));
    const qint64 elapsed = timer.elapsed();
    qInfo("a card with 300 KB of words: laid out and painted in %lld ms", elapsed);
    QVERIFY2(elapsed < 250, qPrintable(QString::number(elapsed)));
    QCOMPARE(fresh.layoutCount(), 1);
    QVERIFY(!card.isNull());
    QCOMPARE(fresh.sizeHint(option, model.index(0, 0)), fresh.sizeHint(option, model.index(1, 0)));
    QVERIFY(fresh.shownText(option, model.index(0, 0)).last().size() < 2'000);

    m_view->scrollTo(hostile);
    QVERIFY(!m_view->viewport()->grab().isNull());
}

void TestPostCard::heightsAndLayoutsAreKept()
{
    PostCardDelegate delegate;
    const QModelIndex photo = indexOf(Photo);
    QStyleOptionViewItem option = m_view->optionFor(photo);
    // Not in a view: the option's width is the one.
    option.widget = nullptr;
    option.rect = QRect(0, 0, 640, 0);
    const int before = delegate.layoutCount();
    const QSize hint = delegate.sizeHint(option, photo);
    QCOMPARE(delegate.layoutCount(), before + 1);
    QCOMPARE(delegate.sizeHint(option, photo), hint);
    QCOMPARE(delegate.layoutCount(), before + 1);
    // Painting, hit-testing and asking again use the same layout.
    option.rect.setHeight(hint.height());
    paintCard(delegate, option, photo);
    delegate.hitTest(option, photo, QPoint(30, 30));
    delegate.partRect(option, photo, PostCardDelegate::Part::Media);
    QCOMPARE(delegate.layoutCount(), before + 1);

    // Another width is another layout, and (the photo keeps its shape) another height.
    QStyleOptionViewItem narrow = option;
    narrow.rect.setWidth(400);
    const QSize narrowHint = delegate.sizeHint(narrow, photo);
    QCOMPARE(delegate.layoutCount(), before + 2);
    QCOMPARE(narrowHint.width(), 400);
    QVERIFY(narrowHint.height() < hint.height());
    QCOMPARE(delegate.sizeHint(option, photo), hint);
    QCOMPARE(delegate.sizeHint(narrow, photo), narrowHint);
    QCOMPARE(delegate.layoutCount(), before + 2);

    // A list's size hint option has no width: the viewport's is used.
    QStyleOptionViewItem fromList = m_view->optionFor(photo);
    fromList.rect = QRect();
    QCOMPARE(m_delegate->sizeHint(fromList, photo).width(), m_view->viewport()->width());
    QCOMPARE(m_delegate->sizeHint(fromList, photo).height(), m_view->visualRect(photo).height());
}

void TestPostCard::aChangedPostIsLaidOutAgain()
{
    const QModelIndex index = indexOf(Changing);
    const QStyleOptionViewItem option = m_view->optionFor(index);
    const int before = m_delegate->layoutCount();
    const QSize oneLine = m_delegate->sizeHint(option, index);
    QCOMPARE(m_delegate->layoutCount(), before);

    // Edited elsewhere: a longer body and a photo. The model says so; the card follows.
    std::optional<Post> post = m_cache->post(Changing);
    QVERIFY(post);
    post->body = longBody();
    post->media = Media{801, MediaKind::Image, u"image/png"_s, 800, 800, 1'000, {}, false,
        std::nullopt, std::nullopt};
    QVERIFY(m_cache->storePosts({*post}));
    m_model->refreshPosts({Changing});
    PostCardDelegate fresh;
    const QSize changed = fresh.sizeHint(option, indexOf(Changing));
    QVERIFY(changed.height() > oneLine.height() + 100);
    // The list measures the changed row again: the card is laid out anew, once.
    QCOMPARE(m_delegate->layoutCount(), before);
    m_view->scrollTo(indexOf(Changing));
    m_view->viewport()->grab();
    QTRY_COMPARE(m_view->visualRect(indexOf(Changing)).height(), changed.height());
    m_view->viewport()->grab();
    QCOMPARE(m_delegate->layoutCount(), before + 1);
}

void TestPostCard::tenThousandRowsAreLaidOutOnce()
{
    QStandardItemModel model;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < 10'000; ++row) {
        auto *item = new QStandardItem;
        item->setData(qint64(row + 1), FeedModel::IdRole);
        item->setData(u"Card number %1"_s.arg(row), FeedModel::TitleRole);
        item->setData(
            row % 3 == 0 ? longBody() : u"A line or two of words."_s, FeedModel::BodyRole);
        item->setData(QStringList{u"Therapy"_s}, FeedModel::HashtagsRole);
        item->setData(now.addSecs(-60 * row), FeedModel::CreatedAtRole);
        item->setData(u"River"_s, FeedModel::AuthorNameRole);
        item->setData(row % 7, FeedModel::ReactionCountRole);
        model.appendRow(item);
    }
    FeedView view;
    auto *delegate = new PostCardDelegate(&view);
    view.setItemDelegate(delegate);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view.resize(600, 800);
    QElapsedTimer timer;
    timer.start();
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qint64 firstLayout = timer.elapsed();
    // Every row measured once, at the viewport's width.
    const int measured = delegate->layoutCount();
    QVERIFY2(measured >= 10'000 && measured <= 10'000 + 20, qPrintable(QString::number(measured)));

    // Scrolling down and back, page by page: heights come from the cache; only cards whose
    // layout was dropped (the cache keeps a few screens) are laid out again, once.
    QScrollBar *bar = view.verticalScrollBar();
    timer.restart();
    for (int value = 0; value <= bar->maximum(); value += bar->maximum() / 40) {
        bar->setValue(value);
        view.viewport()->grab();
    }
    bar->setValue(0);
    view.viewport()->grab();
    const int scrolled = delegate->layoutCount() - measured;
    QVERIFY2(scrolled < 300, qPrintable(QString::number(scrolled)));
    // The view lays itself out again (a row inserted, say): nothing is measured anew.
    const int beforeRelayout = delegate->layoutCount();
    view.doItemsLayout();
    view.viewport()->grab();
    QCOMPARE(delegate->layoutCount(), beforeRelayout);
    qInfo("10,000 rows: first layout %lld ms, 42 screens scrolled in %lld ms", firstLayout,
        timer.elapsed());
}

void TestPostCard::focusAndHoverShow()
{
    const QModelIndex index = indexOf(Short);
    const QStyleOptionViewItem option = m_view->optionFor(index);
    const QColor highlight = option.palette.color(QPalette::Highlight);
    const QImage plain = paintCard(*m_delegate, option, index);
    const QImage focused = paintCard(*m_delegate, option, index, QStyle::State_HasFocus);
    const QImage hovered = paintCard(*m_delegate, option, index, QStyle::State_MouseOver);
    QCOMPARE(pixelsNear(plain, plain.rect(), highlight, 30), 0);
    // A ring of at least 2 px all around the card: more than twice its perimeter.
    const QRect card = m_delegate->partRect(option, index, PostCardDelegate::Part::Card)
                           .translated(-option.rect.topLeft());
    const int ring = pixelsNear(focused, focused.rect(), highlight, 30);
    QVERIFY2(
        ring > 2 * 2 * (card.width() + card.height()) * 9 / 10, qPrintable(QString::number(ring)));
    // Hover tints the card: the empty space right of the headline is not the plain base.
    const QPoint empty(card.right() - 20, card.top() + 20);
    QVERIFY(hovered.pixel(empty) != plain.pixel(empty));
    QCOMPARE(plain.pixelColor(empty), option.palette.color(QPalette::Base));
}

void TestPostCard::accessibleTextReadsTheCard()
{
    QCOMPARE(indexOf(Short).data(Qt::AccessibleTextRole).toString(),
        u"Post “\u2068Short and sweet\u2069” by \u2068River\u2069, 1 hour ago, "
        u"with 4 reactions and 2 comments."_s);
    QCOMPARE(indexOf(Photo).data(Qt::AccessibleTextRole).toString(),
        u"Post “\u2068Tea by the window\u2069” by \u2068River\u2069, 1 hour ago, "
        u"with 1 reaction and 0 comments. "
        u"With a photo: \u2068A cup of tea on a windowsill, steam rising.\u2069"_s);
    QCOMPARE(indexOf(Prompt).data(Qt::AccessibleTextRole).toString(),
        u"Post “\u2068Weekly check-in\u2069” by \u2068River\u2069, 1 hour ago, "
        u"with 0 reactions and 0 comments. From the community team. "
        u"Content warning: \u2068mentions of grief\u2069."_s);
}

void TestPostCard::tooltipsShowAltTextAsText()
{
    const QModelIndex index = indexOf(Sensitive);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    const QStyleOptionViewItem option = m_view->optionFor(index);
    const QRect media = m_delegate->partRect(option, index, PostCardDelegate::Part::Media);
    QHelpEvent overMedia(
        QEvent::ToolTip, media.center(), m_view->viewport()->mapToGlobal(media.center()));
    QVERIFY(m_delegate->helpEvent(&overMedia, m_view.get(), option, index));
    QTRY_VERIFY(QToolTip::isVisible());
    // The alt text's markup is escaped into markup of the card's own: shown as written.
    QVERIFY2(QToolTip::text().contains(u"A healing &lt;i&gt;scar&lt;/i&gt;."_s),
        qPrintable(QToolTip::text()));

    const QRect tag
        = m_delegate->partRect(option, index, PostCardDelegate::Part::Hashtag, u"Therapy"_s);
    QHelpEvent overTag(
        QEvent::ToolTip, tag.center(), m_view->viewport()->mapToGlobal(tag.center()));
    QVERIFY(m_delegate->helpEvent(&overTag, m_view.get(), option, index));
    QTRY_VERIFY(QToolTip::text().contains(u"Open the #Therapy topic"_s));
    QToolTip::hideText();
}

void TestPostCard::photosArriveBehindAPlaceholder()
{
    // A real server's photo (the most detailed of the demo's, so blurring shows), on two
    // cards of a feed of their own: one plain, one sensitive.
    Testing::ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    Testing::HttpClient http(server.url());
    QJsonObject media;
    qint64 mostDetail = -1;
    const auto topics = http.get(u"/api/v1/topics"_s).json().value(u"items"_s).toArray();
    for (const QJsonValue &topic : topics) {
        const auto posts = http.get(u"/api/v1/topics/%1/feed?limit=50"_s.arg(
                                        topic.toObject().value(u"slug"_s).toString()))
                               .json()
                               .value(u"items"_s)
                               .toArray();
        for (const QJsonValue &post : posts) {
            const QJsonObject candidate = post.toObject().value(u"media"_s).toObject();
            if (candidate.value(u"kind"_s).toString() != u"image")
                continue;
            const QImage thumbnail = QImage::fromData(
                http.get(u"/api/v1/media/%1?size=thumb"_s.arg(candidate.value(u"id"_s).toInteger()))
                    .body);
            const qint64 amount = detail(thumbnail, thumbnail.rect());
            if (amount > mostDetail) {
                mostDetail = amount;
                media = candidate;
            }
        }
    }
    QVERIFY(!media.isEmpty());
    const qint64 mediaId = media.value(u"id"_s).toInteger();
    QList<Post> posts;
    for (const bool sensitive : {false, true}) {
        Post post;
        post.id = sensitive ? 1'002 : 1'001;
        post.author = User{3, u"quiet_harbour"_s, u"Quiet Harbour"_s, false};
        post.title = sensitive ? u"Blurred"_s : u"Sharp"_s;
        post.hashtags = {u"Pictures"_s};
        post.createdAt = QDateTime::currentDateTimeUtc().addSecs(sensitive ? -60 : 0);
        post.media
            = Media{mediaId, MediaKind::Image, u"image/jpeg"_s, media.value(u"width"_s).toInt(),
                media.value(u"height"_s).toInt(), 1, {}, sensitive, std::nullopt, std::nullopt};
        posts.append(post);
    }
    QVERIFY(m_cache->storePosts(posts));
    m_model->setFeed({u"pictures"_s, FeedKind::All, FeedSort::Latest});
    QCOMPARE(m_model->rowCount(), 2);

    ApiClient api(server.url());
    MediaImageCache images(api);
    m_delegate->setImageCache(&images);
    const QModelIndex sharp = m_model->index(0);
    const QModelIndex blurred = m_model->index(1);
    const QRect sharpArea
        = m_delegate->partRect(m_view->optionFor(sharp), sharp, PostCardDelegate::Part::Media);
    const QRect blurredArea
        = m_delegate->partRect(m_view->optionFor(blurred), blurred, PostCardDelegate::Part::Media);
    QVERIFY(!sharpArea.isEmpty() && !blurredArea.isEmpty());

    // First the placeholder, and the fetch starts; when the photo comes, the view is
    // repainted without anyone asking.
    PaintCounter paints(m_view->viewport());
    QSignalSpy ready(&images, &MediaImageCache::imageReady);
    const QImage before = m_view->viewport()->grab().toImage();
    QVERIFY(images.isLoading(mediaId));
    QVERIFY(ready.wait(10'000));
    paints.count = 0;
    QTRY_VERIFY(paints.count > 0);
    const QImage after = m_view->viewport()->grab().toImage();
    QCOMPARE(images.fetchCount(), 1);

    // Compared on the top of each area, away from the words laid over the middle and the
    // corner: the photo shows sharp on one card, and never on the sensitive one.
    const auto top = [](const QRect &area) {
        return area.adjusted(0, 0, 0, -area.height() * 2 / 3);
    };
    const qint64 placeholderDetail = detail(before, top(sharpArea));
    const qint64 sharpDetail = detail(after, top(sharpArea));
    const qint64 blurredDetail = detail(after, top(blurredArea));
    const QString figures = u"%1 sharp, %2 blurred, %3 placeholder"_s.arg(sharpDetail)
                                .arg(blurredDetail)
                                .arg(placeholderDetail);
    qInfo("%s", qPrintable(figures));
    QVERIFY2(sharpDetail > 3 * blurredDetail, qPrintable(figures));
    QVERIFY2(sharpDetail > 3 * placeholderDetail, qPrintable(figures));
    QVERIFY(after.copy(blurredArea) != before.copy(blurredArea)); // the blurred photo is there
    m_delegate->setImageCache(nullptr);
    QVERIFY(server.stop());
}

void TestPostCard::countsLineIsInsideTheCard()
{
    // Every card of the feed, at 100 % and at 200 %, light and dark: the counts line and
    // React lie inside the card, above its bottom padding, side by side.
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        m_view->setPalette(palette);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row);
            m_view->scrollTo(index);
            const QStyleOptionViewItem option = m_view->optionFor(index);
            const QRect card = m_delegate->partRect(option, index, PostCardDelegate::Part::Card);
            const QRect counts
                = m_delegate->partRect(option, index, PostCardDelegate::Part::Counts);
            const QRect react = m_delegate->partRect(option, index, PostCardDelegate::Part::React);
            const auto text = [](const QRect &rect) {
                return u"%1,%2 %3x%4"_s.arg(rect.x())
                    .arg(rect.y())
                    .arg(rect.width())
                    .arg(rect.height());
            };
            const QString where = u"row %1: item %2, card %3, counts %4, react %5"_s.arg(row).arg(
                text(option.rect), text(card), text(counts), text(react));
            QVERIFY2(option.rect.contains(card), qPrintable(where));
            QVERIFY2(card.contains(counts) && card.contains(react), qPrintable(where));
            QVERIFY2(
                card.bottom() - counts.bottom() >= PostCardDelegate::Margin, qPrintable(where));
            QVERIFY2(!counts.intersects(react), qPrintable(where));
            QCOMPARE(react.center().y(), counts.center().y());
            QVERIFY(counts.height() >= QFontMetrics(option.font).height());
            QCOMPARE(m_delegate->hitTest(option, index, counts.center()).part,
                PostCardDelegate::Part::Card);

            // The counts' ink is inside their line, and none of it below, down to the card's edge.
            const QColor ink = option.palette.color(QPalette::PlaceholderText);
            const QPoint origin = option.rect.topLeft();
            for (const qreal ratio : {1.0, 2.0}) {
                const QImage image = paintCard(*m_delegate, option, index, {}, ratio);
                const QRect line = devicePixels(counts.translated(-origin), ratio);
                const QRect below
                    = devicePixels(QRect(counts.left(), counts.bottom() + 1, counts.width(),
                                       card.bottom() - counts.bottom() - 2)
                                       .translated(-origin),
                        ratio);
                QVERIFY2(pixelsNear(image, line, ink, 60) > 10, qPrintable(where));
                QVERIFY2(pixelsNear(image, below, ink, 60) == 0, qPrintable(where));
            }
        }
    }
}

void TestPostCard::trailingHashtagsShowOnce()
{
    const QString words = u"Wrote my first thought record tonight, and the column against "
                          "the worry came out longer."_s;
    QStandardItemModel model;
    const auto card = [&model](const QString &body, const QStringList &tags) {
        auto *item = new QStandardItem;
        item->setData(qint64(model.rowCount() + 1), FeedModel::IdRole);
        item->setData(u"Thought record"_s, FeedModel::TitleRole);
        item->setData(body, FeedModel::BodyRole);
        item->setData(tags, FeedModel::HashtagsRole);
        model.appendRow(item);
        return item->index();
    };
    const QStringList tags{u"Therapy"_s, u"SmallWins"_s};
    const QModelIndex trailing = card(words + u" #Therapy #SmallWins"_s, tags);
    const QModelIndex ownLine = card(words + u"\n\n#therapy\n#SmallWins  "_s, tags);
    const QModelIndex inside = card(u"My first #Therapy session went better than I feared. "
                                    "#NotALink"_s,
        {u"Therapy"_s});
    const QModelIndex onlyTags = card(u"#Therapy #SmallWins"_s, tags);
    const QModelIndex plain = card(words, tags);

    PostCardDelegate delegate;
    const QStyleOptionViewItem option = m_view->optionFor(indexOf(Short));
    // The tags that end the body are the links below it: shown there only.
    QCOMPARE(delegate.shownText(option, trailing).last(), words);
    QCOMPARE(delegate.shownText(option, ownLine).last(), words);
    QCOMPARE(delegate.shownText(option, onlyTags).last(), QString());
    // A tag inside a sentence is a word of it, and a tag without a link stays.
    QCOMPARE(delegate.shownText(option, inside).last(),
        u"My first #Therapy session went better than I feared. #NotALink"_s);
    // Sized to what shows: no empty line where the tags were.
    QCOMPARE(delegate.sizeHint(option, trailing), delegate.sizeHint(option, plain));
    QCOMPARE(delegate.sizeHint(option, ownLine), delegate.sizeHint(option, plain));
    QVERIFY(
        delegate.sizeHint(option, onlyTags).height() < delegate.sizeHint(option, plain).height());

    // A cut line ends in its words with the mark right after them, at any width.
    const QModelIndex longIndex = indexOf(Long);
    QStyleOptionViewItem narrow = m_view->optionFor(longIndex);
    for (int width = 300; width <= 700; width += 7) {
        narrow.rect.setWidth(width);
        const QString excerpt = m_delegate->shownText(narrow, longIndex).last();
        QVERIFY(excerpt.endsWith(u'…'));
        QVERIFY2(!excerpt.chopped(1).back().isSpace(), qPrintable(excerpt.right(30)));
    }
}

void TestPostCard::hoverShowsInBothPalettes()
{
    const QModelIndex index = indexOf(Short);
    for (const bool dark : {false, true}) {
        QStyleOptionViewItem option = m_view->optionFor(index);
        option.palette = dark ? Appearance::darkPalette() : Appearance::lightPalette();
        option.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        const QImage plain = paintCard(*m_delegate, option, index);
        const QImage hovered = paintCard(*m_delegate, option, index, QStyle::State_MouseOver);
        const QImage selected = paintCard(*m_delegate, option, index, QStyle::State_Selected);
        const QRect card = m_delegate->partRect(option, index, PostCardDelegate::Part::Card)
                               .translated(-option.rect.topLeft());
        const QPoint empty(card.right() - 20, card.top() + 20);
        QCOMPARE(plain.pixelColor(empty), option.palette.color(QPalette::Base));
        const double contrast
            = Appearance::contrastRatio(plain.pixelColor(empty), hovered.pixelColor(empty));
        QVERIFY2(contrast >= 1.06,
            qPrintable(u"%1: %2 on %3, contrast %4"_s
                           .arg(dark ? u"dark"_s : u"light"_s, hovered.pixelColor(empty).name(),
                               plain.pixelColor(empty).name())
                           .arg(contrast)));
        // Not the selected card's colour either.
        QVERIFY(selected.pixelColor(empty) != hovered.pixelColor(empty));
    }
}

void TestPostCard::reactClickGivesAndTakesBack()
{
    QList<std::pair<QModelIndex, std::optional<ReactionKind>>> requests;
    QObject context;
    connect(m_delegate, &PostCardDelegate::reactRequested, &context,
        [&requests](const QModelIndex &index, std::optional<ReactionKind> kind) {
            requests.append({index, kind});
        });
    QSignalSpy posts(m_delegate, &PostCardDelegate::postActivated);
    QSignalSpy menus(m_delegate, &PostCardDelegate::reactMenuRequested);

    const QModelIndex shortIndex = indexOf(Short);
    QStyleOptionViewItem option = m_view->optionFor(shortIndex);
    const QRect react = m_delegate->partRect(option, shortIndex, PostCardDelegate::Part::React);
    QVERIFY(!react.isEmpty());
    QCOMPARE(m_delegate->hitTest(option, shortIndex, react.center()).part,
        PostCardDelegate::Part::React);
    // The button's far end, inside it but clear of its icon and words.
    const auto buttonEnd = [](const QRect &button, const QRect &item) {
        return QPoint(button.right() - 4, button.center().y()) - item.topLeft();
    };
    const QImage before = paintCard(*m_delegate, option, shortIndex);
    QCOMPARE(
        before.pixelColor(buttonEnd(react, option.rect)), option.palette.color(QPalette::Base));

    // Not reacted yet: a click gives the default reaction, a heart.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, react.center());
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().first, shortIndex);
    QCOMPARE(requests.first().second, std::optional(ReactionKind::Heart));
    QCOMPARE(PostCardDelegate::DefaultReaction, ReactionKind::Heart);

    // Given as the outbox gives it (the cache first, then the row), the card shows it at
    // once: the counts moved, and React is in my reaction's tint.
    QVERIFY(m_cache->setMyReaction(Short, ReactionKind::Heart));
    m_model->refreshPosts({Short});
    const QModelIndex reacted = indexOf(Short);
    QCOMPARE(countsLine(reacted), u"5 reactions · 2 comments"_s);
    option = m_view->optionFor(reacted);
    const QRect button = m_delegate->partRect(option, reacted, PostCardDelegate::Part::React);
    const QImage after = paintCard(*m_delegate, option, reacted);
    QVERIFY(
        after.pixelColor(buttonEnd(button, option.rect)) != option.palette.color(QPalette::Base));

    // Again: my reaction is taken back.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, button.center());
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.last().first, reacted);
    QCOMPARE(requests.last().second, std::nullopt);
    QVERIFY(m_cache->setMyReaction(Short, std::nullopt));
    m_model->refreshPosts({Short});
    QCOMPARE(countsLine(indexOf(Short)), u"4 reactions · 2 comments"_s);

    // A reaction of another kind is taken back the same way.
    const QModelIndex photo = indexOf(Photo);
    QCOMPARE(photo.data(FeedModel::MyReactionRole).toString(), u"me_too"_s);
    m_view->scrollTo(photo, QAbstractItemView::PositionAtTop);
    const QRect photoReact
        = m_delegate->partRect(m_view->optionFor(photo), photo, PostCardDelegate::Part::React);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, photoReact.center());
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.last().first, photo);
    QCOMPARE(requests.last().second, std::nullopt);

    // Pressed on React and let go on the card: neither is clicked.
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, photoReact.center());
    QTest::mouseRelease(
        m_view->viewport(), Qt::LeftButton, {}, photoReact.center() - QPoint(0, 60));
    QCOMPARE(requests.size(), 3);
    QVERIFY(posts.isEmpty());
    QVERIFY(menus.isEmpty());
}

void TestPostCard::doubleClicksDoOneThing()
{
    int reactions = 0;
    QObject context;
    connect(m_delegate, &PostCardDelegate::reactRequested, &context, [&reactions] { ++reactions; });
    QSignalSpy posts(m_delegate, &PostCardDelegate::postActivated);
    QSignalSpy activated(m_view.get(), &QAbstractItemView::activated);
    const QModelIndex index = indexOf(Short);
    const QStyleOptionViewItem option = m_view->optionFor(index);
    const QRect react = m_delegate->partRect(option, index, PostCardDelegate::Part::React);
    // Through the window, as the platform sends them: press, release, double click, release.
    QWindow *window = m_view->windowHandle();
    const auto inWindow = [this](QPoint at) {
        return m_view->viewport()->mapTo(m_view.get(), at);
    };

    // On the card: opened once, not a second time by the view's activation.
    QTest::mouseDClick(
        window, Qt::LeftButton, {}, inWindow(option.rect.topLeft() + QPoint(60, 50)));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(activated.size(), 0);
    // On React: one reaction, not one given and taken back.
    QTest::mouseDClick(window, Qt::LeftButton, {}, inWindow(react.center()));
    QCOMPARE(reactions, 1);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(activated.size(), 0);
    // The keyboard still opens the current card, through the view.
    m_view->setCurrentIndex(index);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(posts.size(), 1);
}

void TestPostCard::reactMenuFromRightClickAndLongPress()
{
    // The page's own menu listens on the viewport first, as TopicPage's does.
    ContextMenuCounter pageMenus(m_view->viewport());
    m_delegate->attachTo(m_view.get());
    int reactions = 0;
    QObject context;
    connect(m_delegate, &PostCardDelegate::reactRequested, &context, [&reactions] { ++reactions; });
    QSignalSpy menus(m_delegate, &PostCardDelegate::reactMenuRequested);
    QSignalSpy posts(m_delegate, &PostCardDelegate::postActivated);
    const QModelIndex index = indexOf(Short);
    const QStyleOptionViewItem option = m_view->optionFor(index);
    const QRect react = m_delegate->partRect(option, index, PostCardDelegate::Part::React);
    const QPoint title = option.rect.topLeft() + QPoint(60, 50);
    QWindow *window = m_view->windowHandle();
    const auto inWindow = [this](QPoint at) {
        return m_view->viewport()->mapTo(m_view.get(), at);
    };

    // A right click on React asks for the kinds, where it was clicked, and nothing else.
    QTest::mouseClick(window, Qt::RightButton, {}, inWindow(react.center()));
    QCOMPARE(menus.size(), 1);
    QCOMPARE(menus.first().at(0).value<QModelIndex>(), index);
    QCOMPARE(menus.first().at(1).toPoint(), m_view->viewport()->mapToGlobal(react.center()));
    QCOMPARE(pageMenus.count, 0);
    QCOMPARE(reactions, 0);
    // Elsewhere on the card, the right click is the page's.
    QTest::mouseClick(window, Qt::RightButton, {}, inWindow(title));
    QCOMPARE(menus.size(), 1);
    QCOMPARE(pageMenus.count, 1);

    // Held: the kinds once the press has lasted, and letting go then is no click.
    QElapsedTimer held;
    held.start();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, react.center());
    QTRY_COMPARE_WITH_TIMEOUT(menus.size(), 2, 3'000);
    QVERIFY2(held.elapsed() >= PostCardDelegate::LongPressMs * 9 / 10,
        qPrintable(QString::number(held.elapsed())));
    QCOMPARE(menus.last().at(0).value<QModelIndex>(), index);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, react.center());
    QCOMPARE(reactions, 0);
    QVERIFY(posts.isEmpty());

    // A quick click is a click, and no menu follows it.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, react.center());
    QCOMPARE(reactions, 1);
    QTest::qWait(PostCardDelegate::LongPressMs + 100);
    QCOMPARE(menus.size(), 2);

    // Pressed on React and slid off it: no menu, and no click.
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, react.center());
    QTest::mouseMove(m_view->viewport(), title);
    QTest::qWait(PostCardDelegate::LongPressMs + 100);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, title);
    QCOMPARE(menus.size(), 2);
    QCOMPARE(reactions, 1);
    QVERIFY(posts.isEmpty());
}

void TestPostCard::pointingHandOverLinksAndReact()
{
    m_delegate->attachTo(m_view.get());
    QWidget *viewport = m_view->viewport();
    const QModelIndex index = indexOf(Short);
    const QStyleOptionViewItem option = m_view->optionFor(index);
    const QRect tag
        = m_delegate->partRect(option, index, PostCardDelegate::Part::Hashtag, u"SmallWins"_s);
    const QRect react = m_delegate->partRect(option, index, PostCardDelegate::Part::React);
    const QPoint title = option.rect.topLeft() + QPoint(60, 50);
    QWindow *window = m_view->windowHandle();
    const auto moveTo = [&](QPoint at) {
        QTest::mouseMove(window, viewport->mapTo(m_view.get(), at));
    };
    const auto hand = [viewport] {
        return viewport->testAttribute(Qt::WA_SetCursor)
            && viewport->cursor().shape() == Qt::PointingHandCursor;
    };

    const int layouts = m_delegate->layoutCount();
    moveTo(title);
    QVERIFY(!hand());
    moveTo(tag.center());
    QVERIFY(hand());
    moveTo(title);
    QVERIFY(!hand());
    const QImage away = viewport->grab().toImage();
    moveTo(react.center());
    QVERIFY(hand());
    // React warms under the pointer, and cools when it leaves.
    const QPoint end(react.right() - 4, react.center().y());
    const QImage over = viewport->grab().toImage();
    QVERIFY(over.pixelColor(end) != away.pixelColor(end));
    moveTo(title);
    QVERIFY(!hand());
    QCOMPARE(viewport->grab().toImage().pixelColor(end), away.pixelColor(end));
    // Following the pointer reads the layouts the painter made: none is made again.
    QCOMPARE(m_delegate->layoutCount(), layouts);
}

void TestPostCard::headlineKeepsItsOrder_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("name"); // as it shows
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("a name ending in U+202E") << u"Maloga\u202E"_s << u"Maloga"_s << false;
    // "Salma" in Arabic letters, each drawing a glyph of its own.
    QTest::newRow("an Arabic name") << u"سلمى"_s << u"سلمى"_s << true;
}

void TestPostCard::headlineKeepsItsOrder()
{
    QFETCH(QString, author);
    QFETCH(QString, name);
    QFETCH(bool, rightToLeft);

    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(qint64(1), FeedModel::IdRole);
    item->setData(int(PostKind::Post), FeedModel::KindRole);
    item->setData(author, FeedModel::AuthorNameRole);
    item->setData(QDateTime::currentDateTimeUtc().addSecs(-90), FeedModel::CreatedAtRole);
    item->setData(u"Small steps"_s, FeedModel::TitleRole);
    model.appendRow(item);
    const QModelIndex index = model.index(0, 0);

    // The words the card paints on its first line (it is wide enough for all of them), laid
    // out as QPainter::drawText() lays them out: in the view's direction.
    const QString headline = PostCardDelegate::headlineText(index);
    QVERIFY2(headline.endsWith(u"1 min ago"_s), qPrintable(headline));
    const QStyleOptionViewItem option = m_view->optionFor(indexOf(Short));
    QCOMPARE(option.direction, Qt::LeftToRight);
    QVERIFY(QFontMetrics(option.font).horizontalAdvance(headline) < option.rect.width() / 2);
    const LaidOutLine line(headline, option.font, option.direction);
    const QString problem = headlineOrderProblem(line.text(), name, rightToLeft);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPostCard::rightToLeftWordsEndOnTheirLeft()
{
    // An Arabic title ("I am not alone!") and a Hebrew body ("It helps me."): their closing marks
    // belong at their left end, where a right-to-left reader finishes, while the card keeps
    // its own (left) edge. Laid out in the card's direction, the marks ran off to the right.
    const QString title = u"لست وحدي!"_s;
    const QString body = u"זה עוזר לי."_s;
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(qint64(1), FeedModel::IdRole);
    item->setData(int(PostKind::Post), FeedModel::KindRole);
    item->setData(u"River"_s, FeedModel::AuthorNameRole);
    item->setData(QDateTime::currentDateTimeUtc(), FeedModel::CreatedAtRole);
    item->setData(title, FeedModel::TitleRole);
    item->setData(body, FeedModel::BodyRole);
    model.appendRow(item);
    const CardLayout card(
        model.index(0, 0), 600, m_view->font(), Qt::LeftToRight, ContentFold{}, QString());

    for (const CardLayout::Paragraph *paragraph : {&card.title, &card.body}) {
        QCOMPARE(paragraph->fullLines, 1);
        const QTextLine line = paragraph->lines.lineAt(0);
        const int end = line.textStart() + line.textLength();
        const QString text = paragraph->lines.text();
        // The start of the words (their first letter) is drawn right of their end (the mark).
        QVERIFY2(line.cursorToX(0) > line.cursorToX(end),
            qPrintable(u"%1: starts at x %2, ends at x %3"_s.arg(text)
                           .arg(line.cursorToX(0))
                           .arg(line.cursorToX(end))));
        // ...and the line still sits at the card's left edge.
        QVERIFY2(line.naturalTextRect().left() < 1,
            qPrintable(u"%1 starts at x %2"_s.arg(text).arg(line.naturalTextRect().left())));
    }
}

QTEST_MAIN(TestPostCard)
#include "tst_postcard.moc"
