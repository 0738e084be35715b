// The post view on the offscreen platform, over a real cache file and a real hearth-server:
// hostile text stays literal and fetches nothing, links and hashtags are anchors that say
// what was clicked, a story's Markdown renders without its HTML, the reaction buttons and
// the comment box ask for the right writes, and the demo thread arrives with its replies
// indented. With the reader's Care: folds open by mouse and keyboard and stay open, folded
// comments keep their words to themselves, a sensitive photo is blurred until chosen, quiet
// counts leave no number, and the crisis notice offers the lines of the chosen country.
// Live: comments that others write, reply or delete while the post is open arrive in place,
// tinted for a while, without moving the reader or touching what they are typing; a thread
// longer than a page keeps its later pages.

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"
#include "models/CommentModel.h"
#include "net/ApiClient.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "support/SyncedReader.h"
#include "sync/SyncEngine.h"
#include "translations/Translations.h"
#include "ui/care/Care.h"
#include "ui/care/CrisisNotice.h"
#include "ui/care/Preferences.h"
#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"
#include "ui/post/CommentBox.h"
#include "ui/post/CommentDelegate.h"
#include "ui/post/CommentThreadView.h"
#include "ui/post/PostMediaView.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostText.h"
#include "ui/post/PostView.h"
#include "ui/post/ReactionPill.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QToolButton>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HostilePost = 1;
constexpr qint64 LinkPost = 2;
constexpr qint64 StoryPost = 3;
constexpr qint64 ThreadPost = 4;
constexpr qint64 QuietPost = 5;
constexpr qint64 WarnedPost = 6; // a content warning, and comments that fold
constexpr qint64 SelfHarmPost = 7; // #SelfHarm: folds, and brings the crisis notice
constexpr qint64 MutedPost = 8; // uses a word the reader mutes
constexpr qint64 PhotoPost = 9; // a sensitive photo
constexpr qint64 CountedPost = 10; // counts with digits found nowhere else
constexpr qint64 HardNightPost = 11; // ordinary, with a comment that reads like a crisis
constexpr qint64 GonePost = 12; // stored, then deleted, by the test that reads it
constexpr qint64 LongStoryPost = 13; // paragraphs long enough to wrap many times
constexpr qint64 CrowdedPost = 14; // 500 comments
constexpr qint64 MentionPost = 15; // a comment that names two people
constexpr qint64 SensitivePhoto = 900;

const User river{2, u"river_stone"_s, u"River"_s, false};
const User sam{3, u"sam_walks"_s, u"Sam"_s, false};

// A document that counts what it is asked to load.
class CountingDocument : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

// Each anchor of a document: its text and its address.
QList<std::pair<QString, QString>> anchors(const QTextDocument &document)
{
    QList<std::pair<QString, QString>> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor())
                found.append({fragment.text(), fragment.charFormat().anchorHref()});
        }
    }
    return found;
}

bool hasImage(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

// The format of the first character of the first occurrence of text in document.
QTextCharFormat formatOf(const QTextDocument &document, const QString &text)
{
    const QTextCursor found = document.find(text);
    if (found.isNull())
        return {};
    QTextCursor cursor(found);
    cursor.setPosition(found.selectionStart() + 1);
    return cursor.charFormat();
}

// Clicks the middle of the first occurrence of text in the browser.
void clickText(QTextBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    QVERIFY(!found.isNull());
    QTextCursor middle(browser->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    const QPoint point = browser->cursorRect(middle).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
}

// A reader's preferences, in a settings file of their own, and the Care that applies them.
struct Reader
{
    explicit Reader(const QString &path)
        : settings(path, QSettings::IniFormat), preferences(settings), care(preferences)
    { }

    QSettings settings;
    Preferences preferences;
    Care care;
};

// What the page says where it can be seen or heard: the visible labels' and buttons' text,
// every visible widget's accessible name, description and tooltip, and the post's text.
QStringList visibleWords(const PostPage &page)
{
    QStringList words;
    for (const QWidget *widget : page.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&page))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            words.append(label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            words.append(button->text());
        words.append(
            {widget->accessibleName(), widget->accessibleDescription(), widget->toolTip()});
    }
    if (page.postView()->textView()->isVisibleTo(&page))
        words.append(page.postView()->textView()->document()->toPlainText());
    return words;
}

bool anyContains(const QStringList &words, const QString &part)
{
    return std::any_of(words.begin(), words.end(),
        [&](const QString &word) { return word.contains(part, Qt::CaseInsensitive); });
}

// A photo with sharp detail: stripes of two colours.
QImage stripes(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int x = 0; x < size.width(); ++x) {
        const QRgb colour = (x / 5) % 2 ? qRgb(200, 40, 60) : qRgb(30, 90, 210);
        for (int y = 0; y < size.height(); ++y)
            image.setPixel(x, y, colour);
    }
    return image;
}

// The widgets that Tab reaches, in order, from start on.
QList<QWidget *> focusChainFrom(QWidget *start, int steps)
{
    QList<QWidget *> chain{start};
    for (QWidget *w = start->nextInFocusChain(); w != start && chain.size() < steps;
         w = w->nextInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            chain.append(w);
    }
    return chain;
}

// Whether the row is laid out with some height, wholly inside the page's scroll viewport.
bool shownInViewport(const PostPage &page, int row)
{
    const QListView *view = page.threadView()->listView();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    const QWidget *sight = page.scrollArea()->viewport();
    return !rect.isEmpty()
        && sight->rect().contains(
            QRect(view->viewport()->mapTo(sight, rect.topLeft()), rect.size()));
}

// Where the row's top stands in the page's scroll viewport.
int topInSight(const PostPage &page, const QModelIndex &index)
{
    const QListView *view = page.threadView()->listView();
    return view->viewport()
        ->mapTo(page.scrollArea()->viewport(), view->visualRect(index).topLeft())
        .y();
}

// Whether the row is painted with the arrival bar at its left edge.
bool paintedAsArrived(QListView *view, int row)
{
    const QImage shot = view->viewport()->grab().toImage();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    const QColor edge = shot.pixelColor(rect.left() + 1, rect.center().y());
    return edge == view->palette().color(QPalette::Active, QPalette::Highlight)
        || edge == view->palette().color(QPalette::Inactive, QPalette::Highlight);
}

} // namespace

class TestPostPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileTextStaysLiteralAndFetchesNothing();
    void linksAndHashtagsAreAnchors();
    void aStoryRendersMarkdownWithoutHtml();
    void headlineAndCounts();
    void reactionButtonsAskForTheRightChange();
    void focusGoesTextReactionsCommentsBox();
    void commentBoxSendsWithCtrlEnter();
    void replyEditAndDeleteFromTheThread();
    void theDefaultConfirmationIsAWindowModalBox();
    void theConfirmationNamesWhatIsDeleted();
    void aDeletedPostOffersNothingToWrite();
    void theReplyPlaceholderNamesWhoIsAnswered();
    void rowsAreIndentedAndMeasuredOnce();
    void theThreadFollowsAShortPost();
    void thePostTheThreadAndTheBoxStandInThatOrder();
    void theCommentBoxGrowsWithItsWords();
    void aStoryReadsAtAComfortableMeasure();
    void reactionsArePillsWithCounts();
    void eachCommentHasAnActionsButton();
    void aLongThreadCostsWhatShows();
    void aPhotoTakesTheColumnsWidth();
    void commentWordsAreKeptPerPost();
    void theDemoThreadArrivesFromTheServer();
    void aWarnedPostFoldsAndOpensByMouse();
    void foldsOpenByKeyboard();
    void commentsFoldAndOpen();
    void aSensitivePhotoIsBlurredUntilChosen();
    void quietCountsHideEveryCount();
    void theCrisisNoticeOffersTheChosenCountrysLines();
    void othersCommentsArriveInPlaceWhileTheReaderTypes();
    void aLongThreadKeepsItsLaterPagesAndTheReadersRow();
    void commentsShowAvatarsAndLinkMentions();

private:
    Translations m_english; // the English plural forms: "1 reaction", "2 reactions"
    QString readerPath() { return m_data.filePath(u"reader-%1.ini"_s.arg(++m_readers)); }

    int m_readers = 0;
    QTemporaryDir m_data;
    CacheDatabase m_database;
    std::unique_ptr<FeedCache> m_feed;
    std::unique_ptr<CommentCache> m_comments;
    QTcpServer m_trap; // an address that hostile text names; nothing may connect to it
    QString m_trapUrl;
};

void TestPostPage::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY(m_trap.listen(QHostAddress::LocalHost, 0));
    m_trapUrl = u"http://127.0.0.1:%1/pixel.png"_s.arg(m_trap.serverPort());

    QVERIFY(m_database.open(m_data.filePath(u"cache.sqlite"_s)));
    m_feed = std::make_unique<FeedCache>(m_database.connection());
    m_comments = std::make_unique<CommentCache>(m_database.connection());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    Post hostile;
    hostile.id = HostilePost;
    hostile.author = river;
    hostile.title = u"<b>x</b><img src=%1>"_s.arg(m_trapUrl);
    hostile.body = u"<b>x</b><img src=%1>\n<a href=\"https://example.org\">y</a> &amp; \x01"_s.arg(
        m_trapUrl);
    hostile.createdAt = now.addSecs(-120);

    Post links;
    links.id = LinkPost;
    links.author = river;
    links.title = u"Finding a therapist"_s;
    links.body = u"A list that helped me: https://example.org/help. Worth a look #Therapy\n"
                 "Not tags: #2024, a#b, &#39;, https://example.org/page#Top."_s;
    links.hashtags = {u"Therapy"_s};
    links.createdAt = now.addSecs(-2 * 3600);
    links.editedAt = now.addSecs(-3600);
    links.reactions.setCount(ReactionKind::Hug, 12);
    links.reactions.setCount(ReactionKind::Heart, 3);
    links.reactions.setMine(ReactionKind::Hug);
    links.commentCount = 1;

    Post story;
    story.id = StoryPost;
    story.kind = PostKind::Story;
    story.author = sam;
    story.title = u"A quiet morning"_s;
    story.body = u"# The first walk\n\nSome *gentle* words and **strong** ones.\n\n"
                 "<b>not bold</b> <script>alert(1)</script>\n\n"
                 "![a sunrise over the bay](%1)\n\nBack to #Therapy on Monday."_s.arg(m_trapUrl);
    story.hashtags = {u"Therapy"_s};
    story.createdAt = now.addDays(-3);

    Post thread;
    thread.id = ThreadPost;
    thread.author = river;
    thread.title = u"What helps you on hard days?"_s;
    thread.body = u"Small things count."_s;
    thread.createdAt = now.addSecs(-600);
    thread.commentCount = 4;

    Post quiet;
    quiet.id = QuietPost;
    quiet.author = sam;
    quiet.title = u"Nobody has answered yet"_s;
    quiet.body = u"Just a thought."_s;
    quiet.createdAt = now.addSecs(-60);
    Post longStory;
    longStory.id = LongStoryPost;
    longStory.kind = PostKind::Story;
    longStory.author = river;
    longStory.title = u"Learning to sit with the quiet"_s;
    for (int paragraph = 0; paragraph < 4; ++paragraph) {
        longStory.body += u"On the first evenings I filled every silence with the radio, the "
                          "kettle, a call to anyone who would pick up. My counsellor asked what "
                          "I thought the quiet would say if I let it speak, and I had no answer "
                          "for a long time. Now I sit by the window for ten minutes after work "
                          "and let the street be the only sound, and most days it is enough "
                          "to notice that I am still here and that the tea is still warm.\n\n"_s;
    }
    longStory.createdAt = now.addDays(-1);
    Post crowded;
    crowded.id = CrowdedPost;
    crowded.author = river;
    crowded.title = u"Say one kind thing"_s;
    crowded.body = u"To anyone reading this thread."_s;
    crowded.commentCount = 500;
    crowded.createdAt = now.addDays(-2);
    QVERIFY(m_feed->storePosts({hostile, links, story, thread, quiet, longStory, crowded}));
    QList<Comment> crowd;
    for (int i = 0; i < 500; ++i) {
        Comment c;
        c.id = 1000 + i;
        c.postId = CrowdedPost;
        c.author = i % 2 ? river : sam;
        c.body = u"Kind thing %1: you kept going on a day when stopping was easier."_s.arg(i);
        c.createdAt = now.addSecs(-3600 + i);
        crowd.append(c);
    }
    QVERIFY(m_comments->storeThreadPage(CrowdedPost, Page<Comment>{crowd, {}}, true));

    // For care and safety.
    Post warned;
    warned.id = WarnedPost;
    warned.author = river;
    warned.title = u"Saying goodbye to Biscuit"_s;
    warned.body = u"The old cat slept in the sun one last afternoon."_s;
    warned.contentWarning = u"loss of a pet"_s;
    warned.hashtags = {u"Therapy"_s};
    warned.createdAt = now.addSecs(-900);

    Post selfHarm;
    selfHarm.id = SelfHarmPost;
    selfHarm.author = sam;
    selfHarm.title = u"Ninety days, one at a time"_s;
    selfHarm.body = u"Some days were harder than others. Today I bought myself flowers."_s;
    selfHarm.hashtags = {u"SelfHarm"_s};
    selfHarm.createdAt = now.addSecs(-1200);

    Post muted;
    muted.id = MutedPost;
    muted.author = river;
    muted.title = u"A heavy week"_s;
    muted.body = u"The grief comes in waves lately, mostly in the evenings."_s;
    muted.hashtags = {u"Therapy"_s};
    muted.createdAt = now.addSecs(-1500);

    Post photo;
    photo.id = PhotoPost;
    photo.author = sam;
    photo.title = u"Before and after"_s;
    photo.body = u"The scars are fading, slowly."_s;
    photo.hashtags = {u"Therapy"_s};
    photo.createdAt = now.addSecs(-1800);
    Media media;
    media.id = SensitivePhoto;
    media.mimeType = u"image/png"_s;
    media.width = 150;
    media.height = 100;
    media.altText = u"An arm in the sunlight"_s;
    media.sensitive = true;
    photo.media = media;

    Post counted;
    counted.id = CountedPost;
    counted.author = sam;
    counted.title = u"Small wins this week"_s;
    counted.body = u"I made the phone call I had been putting off."_s;
    counted.hashtags = {u"Therapy"_s};
    counted.createdAt = now.addDays(-3);
    counted.reactions.setCount(ReactionKind::Hug, 41);
    counted.reactions.setCount(ReactionKind::Heart, 26);
    counted.reactions.setMine(ReactionKind::Heart);
    counted.commentCount = 58;

    Post hardNight;
    hardNight.id = HardNightPost;
    hardNight.author = river;
    hardNight.title = u"What do you do at 3 a.m.?"_s;
    hardNight.body = u"When sleep will not come, what helps you?"_s;
    hardNight.hashtags = {u"Therapy"_s};
    hardNight.createdAt = now.addSecs(-2400);
    QVERIFY(m_feed->storePosts({warned, selfHarm, muted, photo, counted, hardNight}));

    const auto reply
        = [now](qint64 id, qint64 postId, const QString &body, const QString &warning = {}) {
              Comment c;
              c.id = id;
              c.postId = postId;
              c.author = sam;
              c.body = body;
              c.contentWarning = warning;
              c.createdAt = now.addSecs(-60);
              return c;
          };
    Comment deletedWarned = reply(63, WarnedPost, {}, u"hospital"_s);
    deletedWarned.deleted = true;
    QVERIFY(m_comments->storeThreadPage(WarnedPost,
        Page<Comment>{{reply(60, WarnedPost, u"I spent a week on the ward after mine died."_s,
                           u"a hospital stay"_s),
                          reply(61, WarnedPost, u"Biscuit had a good long life with you."_s),
                          reply(62, WarnedPost, u"My grief for our dog took a year to soften."_s),
                          deletedWarned},
            {}},
        true));
    QVERIFY(m_comments->storeThreadPage(HardNightPost,
        Page<Comment>{{reply(70, HardNightPost, u"Tea and a podcast."_s),
                          reply(71, HardNightPost,
                              u"Some nights I feel I can\u2019t go on, and writing here helps."_s)},
            {}},
        true));

    const auto comment = [now](qint64 id, std::optional<qint64> parent, const User &author,
                             const QString &body, int minutesAgo) {
        Comment c;
        c.id = id;
        c.postId = ThreadPost;
        c.parentId = parent;
        c.author = author;
        c.body = body;
        c.createdAt = now.addSecs(-60 * minutesAgo);
        return c;
    };
    Comment gone = comment(30, std::nullopt, river, {}, 6);
    gone.deleted = true;
    gone.replyCount = 1;
    Post named;
    named.id = MentionPost;
    named.author = sam;
    named.title = u"Who helped you this week?"_s;
    named.body = u"Name someone."_s;
    named.createdAt = now.addSecs(-300);
    QVERIFY(m_feed->storePosts({named}));
    Comment thanks = comment(40, std::nullopt, river,
        u"Thank you @sam_walks and @moss_grows, and mail me at me@example.org"_s, 2);
    thanks.postId = MentionPost;
    Comment plain = comment(41, 40, sam, u"Any time."_s, 1);
    plain.postId = MentionPost;
    QVERIFY(m_comments->storeThreadPage(MentionPost, Page<Comment>{{thanks, plain}, {}}, true));

    QVERIFY(m_comments->storeThreadPage(ThreadPost,
        Page<Comment>{{comment(10, std::nullopt, river, u"A warm drink and a window."_s, 9),
                          comment(11, 10, sam, u"Same here, tea by the window."_s, 8),
                          comment(20, std::nullopt, sam,
                              u"Walking, even when it is only around the block. It takes a "
                              "while to start, but once I am out the door the day feels a "
                              "little lighter, and that is often enough."_s,
                              7),
                          gone, comment(31, 30, sam, u"I hope things got easier."_s, 5)},
            {}},
        true));
}

void TestPostPage::hostileTextStaysLiteralAndFetchesNothing()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.resize(700, 800);
    page.showPost(HostilePost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    const Post post = *m_feed->post(HostilePost);
    QCOMPARE(page.postView()->titleText(), post.title);
    for (const QLabel *label : page.findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
    const QTextDocument *document = page.postView()->textView()->document();
    // The angle brackets are text; the control character is a space.
    QCOMPARE(document->toPlainText(),
        u"<b>x</b><img src=%1>\n<a href=\"https://example.org\">y</a> &amp;  "_s.arg(m_trapUrl));
    QVERIFY(!hasImage(*document));
    QVERIFY(!formatOf(*document, u"x</b>"_s).font().bold());
    // The only anchor is the address written out in the text, which is a link to click,
    // not a resource to load.
    QCOMPARE(anchors(*document), (QList<std::pair<QString, QString>>{{m_trapUrl, m_trapUrl}}));

    (void)page.grab();
    CountingDocument counting;
    PostText::fill(counting, post.body, false, Qt::blue);
    QImage canvas(400, 300, QImage::Format_ARGB32);
    QPainter painter(&canvas);
    counting.drawContents(&painter);
    painter.end();
    QVERIFY(counting.requested.isEmpty());
    QTest::qWait(100);
    QVERIFY(!m_trap.hasPendingConnections());
}

void TestPostPage::linksAndHashtagsAreAnchors()
{
    const QString line
        = u"See https://example.org/help. (or https://example.org/a_(b)) #Therapy "
          "#2024 a#b &#39; https://example.org/page#Top www.example.org/#x #Über_2"_s;
    QList<PostText::Link> links = PostText::findLinks(line);
    QStringList found;
    for (const PostText::Link &link : links)
        found.append(line.mid(link.start, link.length));
    QCOMPARE(found,
        (QStringList{u"https://example.org/help"_s, u"https://example.org/a_(b)"_s, u"#Therapy"_s,
            u"https://example.org/page#Top"_s, u"#Über_2"_s}));
    QCOMPARE(links[2].kind, PostText::Link::Kind::Hashtag);
    QCOMPARE(PostText::hashtagOf(links[2].url), u"Therapy"_s);
    QCOMPARE(PostText::hashtagOf(links[4].url), u"Über_2"_s);
    QVERIFY(PostText::hashtagOf(QUrl(u"https://example.org"_s)).isEmpty());
    QVERIFY(!PostText::isWebLink(QUrl(u"javascript:alert(1)"_s)));
    QVERIFY(!PostText::isWebLink(QUrl(u"file:///etc/passwd"_s)));

    PostPage page(*m_feed, *m_comments, nullptr);
    page.resize(700, 800);
    page.showPost(LinkPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(anchors(*page.postView()->textView()->document()),
        (QList<std::pair<QString, QString>>{
            {u"https://example.org/help"_s, u"https://example.org/help"_s},
            {u"#Therapy"_s, u"hashtag:Therapy"_s},
            {u"https://example.org/page#Top"_s, u"https://example.org/page#Top"_s}}));

    QSignalSpy tags(&page, &PostPage::hashtagActivated);
    QSignalSpy web(&page, &PostPage::linkActivated);
    clickText(page.postView()->textView(), u"#Therapy"_s);
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags.first().first().toString(), u"Therapy"_s);
    clickText(page.postView()->textView(), u"example.org/help"_s);
    QCOMPARE(web.size(), 1);
    QCOMPARE(web.first().first().toUrl(), QUrl(u"https://example.org/help"_s));
    // Text between links is not a link.
    clickText(page.postView()->textView(), u"Worth a look"_s);
    // Addresses of any other kind are never passed on.
    Q_EMIT page.postView()->textView()->anchorClicked(QUrl(u"file:///etc/passwd"_s));
    Q_EMIT page.postView()->textView()->anchorClicked(QUrl(u"hashtag:not a tag"_s));
    QCOMPARE(tags.size(), 1);
    QCOMPARE(web.size(), 1);

    // Each tag once: the text links #Therapy, so no chip repeats it under the text.
    const auto visibleTagChips = [&page] {
        QList<QPushButton *> chips;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->isVisibleTo(&page) && button->text().startsWith(u'#'))
                chips.append(button);
        }
        return chips;
    };
    QVERIFY(visibleTagChips().isEmpty());
    QCOMPARE(page.postView()->textView()->document()->toPlainText().count(u"#Therapy"_s), 1);

    // A tag the text does not name (given in the composer's field) is a chip of its own.
    page.showPost(PhotoPost);
    QVERIFY(!page.postView()->textView()->document()->toPlainText().contains(u"#Therapy"_s));
    const QList<QPushButton *> chips = visibleTagChips();
    QCOMPARE(chips.size(), 1);
    QCOMPARE(chips.first()->text(), u"#Therapy"_s);
    QCOMPARE(chips.first()->accessibleName(), u"Topic \u2068Therapy\u2069"_s);
    chips.first()->click();
    QCOMPARE(tags.size(), 2);
}

void TestPostPage::aStoryRendersMarkdownWithoutHtml()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.resize(700, 800);
    page.showPost(StoryPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QTextDocument *document = page.postView()->textView()->document();

    QCOMPARE(document->begin().text(), u"The first walk"_s);
    QCOMPARE(document->begin().blockFormat().headingLevel(), 1);
    // The heading is laid out smaller than the title, larger than the words under it.
    const QTextBlock heading = document->begin();
    const QTextBlock words = heading.next();
    QTRY_VERIFY(heading.layout()->lineCount() > 0 && words.layout()->lineCount() > 0);
    const qreal headingHeight = heading.layout()->lineAt(0).height();
    const auto labels = page.postView()->findChildren<QLabel *>();
    const auto title = std::find_if(labels.begin(), labels.end(),
        [](const QLabel *label) { return label->text() == u"A quiet morning"_s; });
    QVERIFY(title != labels.end());
    QVERIFY2(headingHeight < QFontMetricsF((*title)->font()).height(),
        qPrintable(u"heading %1, title %2"_s.arg(headingHeight)
                       .arg(QFontMetricsF((*title)->font()).height())));
    QVERIFY(headingHeight > words.layout()->lineAt(0).height());
    QVERIFY(formatOf(*document, u"gentle"_s).fontItalic());
    QVERIFY(formatOf(*document, u"strong"_s).font().bold());
    // Raw HTML is literal text, and does nothing.
    QVERIFY(document->toPlainText().contains(u"<b>not bold</b> <script>alert(1)</script>"_s));
    QVERIFY(!formatOf(*document, u"not bold"_s).font().bold());
    // An image is shown by its description, and never loaded.
    QVERIFY(!hasImage(*document));
    QVERIFY(document->toPlainText().contains(u"a sunrise over the bay"_s));
    QVERIFY(!document->toPlainText().contains(m_trapUrl));
    QVERIFY(anchors(*document).contains(std::pair{u"#Therapy"_s, u"hashtag:Therapy"_s}));

    CountingDocument counting;
    PostText::fill(counting, m_feed->post(StoryPost)->body, true, Qt::blue);
    QImage canvas(400, 600, QImage::Format_ARGB32);
    QPainter painter(&canvas);
    counting.drawContents(&painter);
    painter.end();
    QVERIFY(counting.requested.isEmpty());
    (void)page.grab();
    QTest::qWait(100);
    QVERIFY(!m_trap.hasPendingConnections());
}

void TestPostPage::headlineAndCounts()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.showPost(LinkPost);
    QCOMPARE(page.postView()->headlineText(), u"Post · \u2068River\u2069 · 2 h ago (edited)"_s);
    QCOMPARE(page.postView()->countsText(), u"15 reactions · 1 comment"_s);
    page.showPost(StoryPost);
    QCOMPARE(page.postView()->headlineText(), u"Story · \u2068Sam\u2069 · 3 days ago"_s);
    QCOMPARE(page.postView()->countsText(), u"0 reactions · 0 comments"_s);

    QVERIFY(m_feed->setLocalState(QuietPost, LocalState::Pending));
    page.showPost(QuietPost);
    QCOMPARE(
        page.postView()->headlineText(), u"Post · \u2068Sam\u2069 · 1 min ago · Waiting to send"_s);
    QVERIFY(m_feed->setLocalState(QuietPost, LocalState::Failed, u"Too long"_s));
    page.refreshPosts({QuietPost});
    QCOMPARE(page.postView()->headlineText(), u"Post · \u2068Sam\u2069 · 1 min ago · Not sent"_s);
    QVERIFY(m_feed->setLocalState(QuietPost, LocalState::Synced));

    // Offline, an empty thread says so kindly.
    QCOMPARE(
        page.threadView()->stateText(), u"No comments yet. Be the first to say something kind."_s);

    // A post the cache does not hold.
    page.showPost(999);
    QVERIFY(page.postView()->titleText().isEmpty());
    QVERIFY(page.postView()->countsText().isEmpty());
}

void TestPostPage::reactionButtonsAskForTheRightChange()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.showPost(LinkPost);
    // Signed out, a reaction is still asked for: the window asks the person to sign in.
    ReactionPill *hug = page.postView()->reactionButton(ReactionKind::Hug);
    ReactionPill *heart = page.postView()->reactionButton(ReactionKind::Heart);
    QVERIFY(heart->isEnabled());
    QVERIFY(heart->toolTip().contains(u"sign in"_s));
    {
        QSignalSpy signedOut(&page, &PostPage::reactRequested);
        heart->click();
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(signedOut[0][1].value<std::optional<ReactionKind>>(),
            std::optional(ReactionKind::Heart));
    }

    page.setMyHandle(u"sam_walks"_s);
    QVERIFY(hug->isEnabled());
    // Pills: the icon and the count; mine checked and said so.
    QCOMPARE(hug->text(), u"12"_s);
    QVERIFY(hug->isChecked());
    QCOMPARE(hug->accessibleName(), u"Hug, 12, your reaction"_s);
    QCOMPARE(heart->accessibleName(), u"Heart, 3"_s);
    QVERIFY(!heart->isChecked());
    QCOMPARE(page.postView()->reactionButton(ReactionKind::MeToo)->text(), u"0"_s);
    QCOMPARE(page.postView()->reactionButton(ReactionKind::SendingStrength)->accessibleName(),
        u"Sending strength, 0"_s);

    QSignalSpy react(&page, &PostPage::reactRequested);
    heart->click();
    QCOMPARE(react.size(), 1);
    QCOMPARE(react[0][0].toLongLong(), LinkPost);
    QCOMPARE(react[0][1].value<std::optional<ReactionKind>>(), std::optional(ReactionKind::Heart));
    // The buttons show the cache until it changes.
    QVERIFY(!heart->isChecked());
    QVERIFY(hug->isChecked());
    // My own kind again: remove it.
    hug->click();
    QCOMPARE(react.size(), 2);
    QCOMPARE(react[1][1].value<std::optional<ReactionKind>>(), std::nullopt);
    // Keyboard: space on a focused button.
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    heart->setFocus();
    QTest::keyClick(heart, Qt::Key_Space);
    QCOMPARE(react.size(), 3);

    // The outbox's optimistic write comes back through the cache.
    QVERIFY(m_feed->setMyReaction(LinkPost, ReactionKind::Heart));
    page.refreshPosts({LinkPost, 77});
    QVERIFY(heart->isChecked());
    QVERIFY(!hug->isChecked());
    QCOMPARE(heart->accessibleName(), u"Heart, 4, your reaction"_s);
    QCOMPARE(hug->accessibleName(), u"Hug, 11"_s);
    QCOMPARE(page.postView()->countsText(), u"15 reactions · 1 comment"_s);
    QVERIFY(m_feed->setMyReaction(LinkPost, ReactionKind::Hug));
}

void TestPostPage::focusGoesTextReactionsCommentsBox()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(700, 900);
    page.showPost(ThreadPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QList<QWidget *> chain = focusChainFrom(page.postView()->textView(), 12);
    const qsizetype text = chain.indexOf(page.postView()->textView());
    const qsizetype firstReaction
        = chain.indexOf(page.postView()->reactionButton(ReactionKind::Heart));
    const qsizetype lastReaction
        = chain.indexOf(page.postView()->reactionButton(ReactionKind::ThinkingOfYou));
    const qsizetype comments = chain.indexOf(page.threadView()->listView());
    const qsizetype box = chain.indexOf(page.commentBox()->editor());
    QVERIFY(text == 0);
    QVERIFY2(text < firstReaction && firstReaction < lastReaction && lastReaction < comments
            && comments < box,
        qPrintable(u"%1 %2 %3 %4 %5"_s.arg(text)
                       .arg(firstReaction)
                       .arg(lastReaction)
                       .arg(comments)
                       .arg(box)));
    // Every control has a name a screen reader can say.
    for (QWidget *widget : chain)
        QVERIFY2(
            !widget->accessibleName().isEmpty() || !widget->property("text").toString().isEmpty(),
            widget->metaObject()->className());
}

void TestPostPage::commentBoxSendsWithCtrlEnter()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.showPost(QuietPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy sent(&page, &PostPage::commentRequested);

    // Signed out, the words are asked to be sent (the window asks the person to sign in
    // first) and stay in the box: deciding not to sign in loses nothing.
    QVERIFY(page.commentBox()->editor()->isEnabled());
    page.commentBox()->editor()->setFocus();
    QTest::keyClicks(page.commentBox()->editor(), u"Thinking of you"_s);
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][2].toString(), u"Thinking of you"_s);
    QCOMPARE(page.commentBox()->editor()->toPlainText(), u"Thinking of you"_s);
    page.commentBox()->editor()->clear();
    sent.clear();

    page.setMyHandle(u"sam_walks"_s);

    page.commentBox()->editor()->setFocus();
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 0); // nothing to send
    QVERIFY(!page.commentBox()->sendButton()->isEnabled());

    QTest::keyClicks(page.commentBox()->editor(), u"Sending you warmth"_s);
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Return); // a plain Enter is a new line
    QTest::keyClicks(page.commentBox()->editor(), u"for the week."_s);
    QCOMPARE(sent.size(), 0);
    QVERIFY(page.commentBox()->sendButton()->isEnabled());
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][0].toLongLong(), QuietPost);
    QCOMPARE(sent[0][1].toLongLong(), 0);
    QCOMPARE(sent[0][2].toString(), u"Sending you warmth\nfor the week."_s);
    QVERIFY(page.commentBox()->editor()->toPlainText().isEmpty());

    // Over the limit: not sent, and said.
    page.commentBox()->editor()->setPlainText(QString(2'001, u'a'));
    QVERIFY(!page.commentBox()->sendButton()->isEnabled());
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QVERIFY(page.findChildren<QLabel *>().end()
        != std::find_if(page.findChildren<QLabel *>().begin(), page.findChildren<QLabel *>().end(),
            [](QLabel *label) { return label->text() == u"1 character too many"_s; }));
}

void TestPostPage::replyEditAndDeleteFromTheThread()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(700, 900);
    page.showPost(ThreadPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.threadView()->model()->rowCount(), 5);
    QVERIFY(page.threadView()->stateText().isEmpty());
    QSignalSpy sent(&page, &PostPage::commentRequested);

    // Reply to River's comment from its menu.
    QListView *view = page.threadView()->listView();
    const QModelIndex rivers = view->model()->index(0, 0);
    std::unique_ptr<QMenu> menu(page.threadView()->createCommentMenu(rivers, &page));
    QStringList actions;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            actions.append(action->text());
    }
    // Not mine: no Edit or Delete, but Report and Block.
    QCOMPARE(actions,
        (QStringList{u"Reply"_s, u"Copy text"_s, u"Copy link"_s,
            u"View \u2068River\u2069’s profile"_s, u"Report comment…"_s,
            u"Block \u2068River\u2069…"_s}));
    menu->actions().first()->trigger();
    QCOMPARE(page.commentBox()->replyParentId(), 10);
    QCOMPARE(page.commentBox()->replyBarText(), u"Replying to \u2068River\u2069"_s);
    QTest::keyClicks(page.commentBox()->editor(), u"Me too."_s);
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][1].toLongLong(), 10);
    QCOMPARE(page.commentBox()->replyParentId(), 0);
    QVERIFY(page.commentBox()->replyBarText().isEmpty());

    // R on a selected reply answers its thread; Escape cancels.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(4, 0)); // Sam's reply under the deleted one
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(page.commentBox()->replyParentId(), 30);
    QCOMPARE(page.commentBox()->replyBarText(), u"Replying to \u2068Sam\u2069"_s);
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Escape);
    QCOMPARE(page.commentBox()->replyParentId(), 0);
    // A deleted comment takes no reply.
    page.replyTo(30);
    QCOMPARE(page.commentBox()->replyParentId(), 0);
    // The "Reply" link under a comment.
    const QModelIndex walking = view->model()->index(2, 0);
    view->scrollTo(walking);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(walking);
    const QRect link = CommentDelegate::replyLinkRect(option, walking);
    QVERIFY(!link.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, link.center());
    QCOMPARE(page.commentBox()->replyParentId(), 20);
    page.commentBox()->cancelReplyOrEdit();

    // My own comment: edit and delete.
    menu.reset(page.threadView()->createCommentMenu(walking, &page));
    actions.clear();
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            actions.append(action->text());
    }
    QCOMPARE(actions,
        (QStringList{u"Reply"_s, u"Copy text"_s, u"Copy link"_s, u"Edit"_s, u"Delete…"_s}));
    QSignalSpy edited(&page, &PostPage::editCommentRequested);
    menu->actions().at(4)->trigger(); // after the separator: Edit
    QCOMPARE(page.commentBox()->editedCommentId(), 20);
    QCOMPARE(page.commentBox()->replyBarText(), u"Editing your comment"_s);
    QVERIFY(page.commentBox()->editor()->toPlainText().startsWith(u"Walking, even when"_s));
    QCOMPARE(page.commentBox()->sendButton()->text(), u"Save"_s);
    page.commentBox()->editor()->setPlainText(u"Walking, most days."_s);
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited[0][0].toLongLong(), 20);
    QCOMPARE(edited[0][1].toString(), u"Walking, most days."_s);
    QCOMPARE(sent.size(), 1); // an edit is not a new comment
    QCOMPARE(page.commentBox()->sendButton()->text(), u"Send"_s);

    QSignalSpy deleted(&page, &PostPage::deleteCommentRequested);
    QStringList asked;
    bool agree = false;
    page.setDeleteConfirmation([&](const QString &question, std::function<void()> proceed) {
        asked.append(question);
        if (agree)
            proceed();
    });
    page.deleteComment(20);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(deleted.size(), 0); // the person said no
    agree = true;
    view->setFocus();
    view->setCurrentIndex(walking);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted[0][0].toLongLong(), 20);
    // Someone else's comment cannot be edited or deleted from here.
    page.deleteComment(10);
    page.editComment(10);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(page.commentBox()->editedCommentId(), 0);
}

void TestPostPage::theDefaultConfirmationIsAWindowModalBox()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.showPost(ThreadPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy deleted(&page, &PostPage::deleteCommentRequested);

    page.deleteComment(20); // returns at once: no nested event loop
    QMessageBox *box = page.findChild<QMessageBox *>();
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(deleted.size(), 0);
    QAbstractButton *cancel = box->button(QMessageBox::Cancel);
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(deleted.size(), 0);
    QTRY_VERIFY(!page.findChild<QMessageBox *>());

    page.deleteComment(20);
    box = page.findChild<QMessageBox *>();
    QVERIFY(box);
    const auto buttons = box->buttons();
    const auto remove = std::find_if(buttons.begin(), buttons.end(),
        [box](QAbstractButton *b) { return box->buttonRole(b) == QMessageBox::DestructiveRole; });
    QVERIFY(remove != buttons.end());
    QCOMPARE((*remove)->text(), u"Delete"_s);
    (*remove)->click();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted[0][0].toLongLong(), 20);
}

// The box that asks before deleting says in its title what goes: the post, or a comment.
void TestPostPage::theConfirmationNamesWhatIsDeleted()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.showPost(QuietPost); // Sam's
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy deletedPost(&page, &PostPage::deletePostRequested);

    page.deletePost();
    QMessageBox *box = page.findChild<QMessageBox *>();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), u"Delete post"_s);
    QVERIFY(box->text().contains(m_feed->post(QuietPost)->title));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page.findChild<QMessageBox *>());
    QCOMPARE(deletedPost.size(), 0);

    page.showPost(ThreadPost); // Sam wrote comment 20 under River's post
    page.deleteComment(20);
    box = page.findChild<QMessageBox *>();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), u"Delete comment"_s);
    box->button(QMessageBox::Cancel)->click();
}

// A post deleted while it is open, or reached again later (as Forward does), says that it
// is gone, and neither invites a first comment nor shows a box to write one.
void TestPostPage::aDeletedPostOffersNothingToWrite()
{
    Post post;
    post.id = GonePost;
    post.author = river;
    post.title = u"Brief thought"_s;
    post.body = u"I may take this down later."_s;
    post.createdAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    QVERIFY(m_feed->storePosts({post}));

    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(640, 720);
    page.showPost(GonePost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // There, with no comments: the invitation and the box.
    QVERIFY(page.commentBox()->isVisible());
    QVERIFY(anyContains(visibleWords(page), u"Be the first"_s));

    const auto offersNothingToWrite = [&] {
        const QStringList words = visibleWords(page);
        QVERIFY2(anyContains(words, u"not available"_s), qPrintable(words.join(u" | "_s)));
        QVERIFY2(!anyContains(words, u"Be the first"_s), qPrintable(words.join(u" | "_s)));
        QVERIFY(!page.commentBox()->isVisible());
        QVERIFY(!page.commentBox()->editor()->isVisible());
        QVERIFY(!page.threadView()->isVisible());
    };
    // Deleted while open.
    QVERIFY(m_feed->removePosts({GonePost}));
    page.refreshPosts({GonePost});
    offersNothingToWrite();
    if (QTest::currentTestFailed())
        return;
    // Away and back to it.
    page.showPost(QuietPost);
    QVERIFY(page.commentBox()->isVisible());
    page.showPost(GonePost);
    offersNothingToWrite();
    if (QTest::currentTestFailed())
        return;
}

// While the person replies, the empty box says whom to, and says "Write a comment…" again
// when the reply is cancelled (by Escape or by Cancel) or sent.
void TestPostPage::theReplyPlaceholderNamesWhoIsAnswered()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(640, 820);
    page.showPost(ThreadPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QPlainTextEdit *editor = page.commentBox()->editor();
    QVERIFY(editor->toPlainText().isEmpty()); // so the placeholder is what shows
    QCOMPARE(editor->placeholderText(), u"Write a comment…"_s);

    page.replyTo(10); // River's comment
    QCOMPARE(page.commentBox()->replyParentId(), 10);
    QCOMPARE(editor->placeholderText(), u"Reply to \u2068River\u2069…"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(page.commentBox()->replyParentId(), 0);
    QCOMPARE(editor->placeholderText(), u"Write a comment…"_s);

    page.replyTo(31); // Sam's reply in the thread under a deleted comment
    QCOMPARE(editor->placeholderText(), u"Reply to \u2068Sam\u2069…"_s);
    const auto buttons = page.commentBox()->findChildren<QPushButton *>();
    const auto cancel = std::find_if(buttons.begin(), buttons.end(),
        [](const QPushButton *button) { return button->text() == u"Cancel"_s; });
    QVERIFY(cancel != buttons.end() && (*cancel)->isVisible());
    (*cancel)->click();
    QCOMPARE(editor->placeholderText(), u"Write a comment…"_s);

    page.replyTo(10);
    QTest::keyClicks(editor, u"Same for me."_s);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(editor->toPlainText().isEmpty());
    QCOMPARE(editor->placeholderText(), u"Write a comment…"_s);
}

void TestPostPage::theThreadFollowsAShortPost()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.resize(600, 900);
    page.showPost(QuietPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QWidget *lastReaction = page.postView()->reactionButton(ReactionKind::ThinkingOfYou);
    QWidget *thread = page.threadView()->listView()->parentWidget(); // the list or its empty state
    const auto gap = [&] {
        return thread->mapTo(&page, QPoint(0, 0)).y()
            - lastReaction->mapTo(&page, QPoint(0, lastReaction->height())).y();
    };
    // No empty band: the thread starts a few lines below the reactions (the counts and the
    // thread's title are between them).
    const int lines = page.fontMetrics().lineSpacing();
    QTRY_VERIFY2(gap() < 5 * lines, qPrintable(u"gap %1 px"_s.arg(gap())));
    QVERIFY(gap() > 0);
}

// The visible scroll areas under root whose vertical scroll bar can show, but for except.
static QList<QAbstractScrollArea *> verticalScrollAreas(QWidget *root, const QWidget *except)
{
    QList<QAbstractScrollArea *> found;
    for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>()) {
        if (area != except && area->isVisible()
            && area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            found.append(area);
    }
    return found;
}

// What a person sees of the three parts: the post on top, the thread under it in the same
// column and the same scroll, the box at the bottom of the page; the column at the reading
// width in the middle of a wide page, the whole width (less its margins) of a narrow one.
void TestPostPage::thePostTheThreadAndTheBoxStandInThatOrder()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(1200, 820);
    page.showPost(ThreadPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto rectOf = [&page](const QWidget *widget) {
        return QRect(widget->mapTo(&page, QPoint(0, 0)), widget->size());
    };
    QVERIFY(page.postView()->isVisible());
    QVERIFY(page.threadView()->isVisible());
    QVERIFY(page.commentBox()->isVisible());
    QTRY_VERIFY(page.threadView()->listView()->height() > 0);

    // One vertical scroll: the page's. (The comment box's editor is not counted: it is the
    // box at the bottom, and scrolls only its own words past six lines.)
    const QList<QAbstractScrollArea *> scrolls
        = verticalScrollAreas(&page, page.commentBox()->editor());
    QCOMPARE(scrolls.size(), 1);
    QCOMPARE(scrolls.first(), page.scrollArea());
    QVERIFY(page.scrollArea()->isAncestorOf(page.postView()));
    QVERIFY(page.scrollArea()->isAncestorOf(page.threadView()));
    QVERIFY(!page.scrollArea()->isAncestorOf(page.commentBox()));

    const QRect post = rectOf(page.postView());
    const QRect thread = rectOf(page.threadView());
    const QRect box = rectOf(page.commentBox());
    // The column: the reading width, in the middle; the box in the same column.
    for (const QRect &part : {post, thread, box}) {
        QVERIFY2(part.width() >= Metrics::readingWidthMinimum
                && part.width() <= Metrics::readingWidthMaximum,
            qPrintable(u"%1 px wide"_s.arg(part.width())));
        QVERIFY2(std::abs(part.center().x() - page.rect().center().x()) <= 2,
            qPrintable(u"centred at %1"_s.arg(part.center().x())));
    }
    QVERIFY2(post.bottom() < thread.top(),
        qPrintable(u"post %1-%2, thread %3-%4"_s.arg(post.top())
                       .arg(post.bottom())
                       .arg(thread.top())
                       .arg(thread.bottom())));
    // The box at the bottom of the page, under the scroll.
    QVERIFY(box.bottom() <= page.height() && box.bottom() >= page.height() - 24);
    QVERIFY(rectOf(page.scrollArea()).bottom() < box.top());

    // The post shows its title and text; the thread every row at its full height.
    const QFontMetrics metrics(page.font());
    QCOMPARE(page.postView()->titleText(), m_feed->post(ThreadPost)->title);
    const QRect text = rectOf(page.postView()->textView());
    QVERIFY(text.height() >= metrics.height() && post.contains(text.topLeft()));
    QListView *list = page.threadView()->listView();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QVERIFY(rect.height() > metrics.height());
        QVERIFY2(list->viewport()->rect().contains(rect), qPrintable(QString::number(row)));
    }
    const QRect editor = rectOf(page.commentBox()->editor());
    const QRect send = rectOf(page.commentBox()->sendButton());
    QVERIFY(box.contains(editor) && box.contains(send));
    QVERIFY(send.left() > editor.right());

    // The thread's edge lines up with the post's text.
    const auto labels = page.threadView()->findChildren<QLabel *>();
    const auto title = std::find_if(labels.begin(), labels.end(),
        [](const QLabel *label) { return label->text() == u"Comments"_s; });
    QVERIFY(title != labels.end() && (*title)->isVisible());
    QCOMPARE(rectOf(*title).left(), text.left());
    QVERIFY(rectOf(*title).bottom() < rectOf(list).top() + 1);

    // Narrower than the reading width: the whole width, less a margin each side.
    page.resize(640, 700);
    const auto fillsTheWidth = [&] {
        const int width = rectOf(page.postView()).width();
        return width <= 640 - 2 * Metrics::spaceXL
            && width >= 640 - 2 * Metrics::spaceXL
                - page.scrollArea()->verticalScrollBar()->sizeHint().width();
    };
    QTRY_VERIFY2(fillsTheWidth(), qPrintable(QString::number(rectOf(page.postView()).width())));
    QCOMPARE(verticalScrollAreas(&page, page.commentBox()->editor()).size(), 1);

    // With the scroll bar showing, the box keeps the column's edges, not the bar's.
    page.resize(1200, 380);
    QTRY_VERIFY(page.scrollArea()->verticalScrollBar()->isVisible());
    QTRY_COMPARE(rectOf(page.commentBox()).left(), rectOf(page.postView()).left());
    QCOMPARE(rectOf(page.commentBox()).right(), rectOf(page.postView()).right());
}

// The box at the bottom grows with the words: one line when empty, a line more for each line
// typed, up to six, then its words scroll; it stays at the bottom of the page.
void TestPostPage::theCommentBoxGrowsWithItsWords()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(900, 700);
    page.showPost(QuietPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QPlainTextEdit *editor = page.commentBox()->editor();
    const int line = editor->fontMetrics().lineSpacing();
    const auto boxBottom = [&] {
        return page.commentBox()->mapTo(&page, QPoint(0, page.commentBox()->height())).y();
    };
    const int empty = editor->height();
    QVERIFY2(empty >= line && empty < 2 * line + 8, qPrintable(QString::number(empty)));
    QVERIFY(boxBottom() >= page.height() - 24);

    editor->setFocus();
    QTest::keyClicks(editor, u"First, the kettle."_s);
    for (const QString &more :
        {u"Then the window."_s, u"Then a slow breath."_s, u"Then the day."_s}) {
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, more);
    }
    QTRY_VERIFY2(
        editor->height() >= empty + 3 * line, qPrintable(QString::number(editor->height())));
    QTRY_VERIFY(boxBottom() >= page.height() - 24 && boxBottom() <= page.height());
    // Every typed line is in sight: nothing scrolled within the box.
    QCOMPARE(editor->verticalScrollBar()->value(), 0);

    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, u"And more."_s);
    }
    QTRY_VERIFY(editor->height() < empty + 6 * line);
    QVERIFY(editor->height() >= empty + 5 * line);
    QVERIFY(editor->verticalScrollBar()->maximum() > 0);
    QVERIFY(page.scrollArea()->height() > 4 * line);
}

// A story's lines hold about seventy characters, however wide the window: the text keeps its
// measure in the column.
void TestPostPage::aStoryReadsAtAComfortableMeasure()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.resize(1400, 900);
    page.showPost(LongStoryPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QTextDocument *document = page.postView()->textView()->document();
    // The characters of each full line as laid out (a paragraph's last line is short).
    const auto averageLine = [document] {
        qsizetype characters = 0;
        int lines = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                characters += layout->lineAt(i).textLength();
                ++lines;
            }
        }
        return lines > 0 ? double(characters) / lines : 0.0;
    };
    QTRY_VERIFY(averageLine() > 0);
    QVERIFY2(
        averageLine() >= 60 && averageLine() <= 80, qPrintable(QString::number(averageLine())));
    // Its lines are as wide as the text, within the column.
    QVERIFY(page.postView()->textView()->width() < page.postView()->width());
}

// The reactions are pills with the cards' icons and their counts; the person's own is
// checked and painted in the highlight, the others not.
void TestPostPage::reactionsArePillsWithCounts()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(900, 700);
    page.showPost(LinkPost); // 12 hugs (one of them mine), 3 hearts
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ReactionPill *hug = page.postView()->reactionButton(ReactionKind::Hug);
    ReactionPill *heart = page.postView()->reactionButton(ReactionKind::Heart);
    QCOMPARE(hug->text(), u"12"_s);
    QCOMPARE(heart->text(), u"3"_s);
    QVERIFY(hug->isChecked() && !heart->isChecked());
    // Each pill is wide enough for its icon and its count, in a row.
    QVERIFY(hug->width() >= hug->fontMetrics().horizontalAdvance(u"12"_s) + hug->height() / 2);
    QCOMPARE(hug->y(), heart->y());
    const auto highlighted = [](ReactionPill *pill) {
        const QImage shot = pill->grab().toImage();
        const QColor highlight = pill->palette().color(QPalette::Highlight);
        int count = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x)
                count += shot.pixelColor(x, y) == highlight ? 1 : 0;
        }
        return count;
    };
    QVERIFY2(highlighted(hug) > hug->width() * hug->height() / 3,
        qPrintable(QString::number(highlighted(hug))));
    QVERIFY(highlighted(heart) < heart->width() * heart->height() / 10);
    // Tab reaches them; Enter reacts too.
    QVERIFY(heart->focusPolicy() & Qt::TabFocus);
    QSignalSpy react(&page, &PostPage::reactRequested);
    heart->setFocus();
    QTest::keyClick(heart, Qt::Key_Return);
    QCOMPARE(react.size(), 1);
    QCOMPARE(react[0][1].value<std::optional<ReactionKind>>(), std::optional(ReactionKind::Heart));
}

// A comment's actions without a right click: "…" on the row under the mouse, and on the
// selected row while the thread has the keys; it opens the same menu.
void TestPostPage::eachCommentHasAnActionsButton()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(900, 900);
    page.showPost(ThreadPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListView *view = page.threadView()->listView();
    QToolButton *actions = page.threadView()->actionsButton();
    QTRY_VERIFY(view->visualRect(view->model()->index(2, 0)).height() > 0);
    QVERIFY(!actions->isVisible());

    // The mouse over River's comment.
    const QRect rivers = view->visualRect(view->model()->index(0, 0));
    QTest::mouseMove(view->viewport(), rivers.center());
    QTRY_VERIFY(actions->isVisible());
    QVERIFY(rivers.contains(actions->geometry()));
    QCOMPARE(actions->accessibleName(), u"Actions for \u2068River\u2069’s comment"_s);
    QTest::mouseClick(actions, Qt::LeftButton);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    QCOMPARE(texts,
        (QStringList{u"Reply"_s, u"Copy text"_s, u"Copy link"_s,
            u"View \u2068River\u2069’s profile"_s, u"Report comment…"_s,
            u"Block \u2068River\u2069…"_s}));
    menu->close();

    // Away from the rows, it goes; with the keys on Sam's comment, it is there.
    QTest::mouseMove(&page, QPoint(2, 2));
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(view->viewport(), &leave);
    QTRY_VERIFY(!actions->isVisible());
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(2, 0));
    QTRY_VERIFY(actions->isVisible());
    QVERIFY(view->visualRect(view->model()->index(2, 0)).contains(actions->geometry()));
    QCOMPARE(actions->accessibleName(), u"Actions for \u2068Sam\u2069’s comment"_s);
    QSignalSpy edits(page.threadView(), &CommentThreadView::editRequested);
    QTest::mouseClick(actions, Qt::LeftButton);
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    const QList<QAction *> offered = menu->actions();
    const auto edit = std::find_if(offered.begin(), offered.end(),
        [](QAction *action) { return action->text() == u"Edit"_s; });
    QVERIFY(edit != offered.end());
    (*edit)->trigger();
    menu->close();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits[0][0].toLongLong(), 20);
}

// A thread of 500 comments in the page's one scroll: scrolling lays nothing out again and
// paints only the rows that come into sight, not the 500.
void TestPostPage::aLongThreadCostsWhatShows()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.resize(900, 800);
    page.showPost(CrowdedPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.threadView()->model()->rowCount(), 500);
    QScrollBar *bar = page.scrollArea()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 500 * page.fontMetrics().lineSpacing());
    QTest::qWait(50); // the first paint settles
    const CommentDelegate *delegate = page.threadView()->delegate();
    QListView *list = page.threadView()->listView();
    const int rowHeight = list->visualRect(list->model()->index(0, 0)).height();
    const int sightRows = page.scrollArea()->viewport()->height() / rowHeight + 2;

    for (const int step : {bar->maximum() / 2, bar->singleStep() * 3, bar->pageStep()}) {
        const int layouts = delegate->layoutCount();
        const int paints = delegate->paintCount();
        bar->setValue(bar->value() + step);
        QTRY_VERIFY(delegate->paintCount() > paints); // something came into sight
        QTest::qWait(20);
        QCOMPARE(delegate->layoutCount(), layouts);
        QVERIFY2(delegate->paintCount() - paints <= sightRows,
            qPrintable(
                u"%1 rows painted for a step, %2 in sight"_s.arg(delegate->paintCount() - paints)
                    .arg(sightRows)));
    }

    // The keys walk the thread by the page's view: Page Down goes a screen on, not to the
    // 500th comment, and the page follows the selection.
    bar->setValue(0);
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_PageDown);
    const int row = list->currentIndex().row();
    QVERIFY2(row >= sightRows / 2 && row <= sightRows + 2, qPrintable(QString::number(row)));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(list, Qt::Key_PageDown);
    QVERIFY(shownInViewport(page, list->currentIndex().row()));
    QVERIFY(bar->value() > 0);
}

// A photo (the window gives the post a 480 px thumbnail) is drawn at the column's width, its
// shape kept; a click on it opens the viewer. A much smaller picture keeps its own size.
void TestPostPage::aPhotoTakesTheColumnsWidth()
{
    PostPage page(*m_feed, *m_comments, nullptr); // no Care: nothing is blurred
    page.resize(1200, 900);
    page.showPost(PhotoPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    PostMediaView *media = page.postView()->mediaView();
    page.setMediaImage(stripes(QSize(480, 320)));
    const int column = page.postView()->width();
    QVERIFY(column >= Metrics::readingWidthMinimum);
    QTRY_COMPARE(media->shownImage().size(), QSize(column, column * 320 / 480));
    QWidget *picture = media->revealButton()->parentWidget();
    QVERIFY(picture->isVisible());
    QCOMPARE(picture->width(), column);
    QSignalSpy requested(&page, &PostPage::mediaRequested);
    QTest::mouseClick(picture, Qt::LeftButton, {}, picture->rect().center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][0].toLongLong(), SensitivePhoto);

    // A narrower page: the photo follows the column.
    page.resize(640, 900);
    QTRY_COMPARE(media->shownImage().width(), page.postView()->width());
    // A picture far smaller than the column is not blown up.
    page.setMediaImage(stripes(QSize(150, 100)));
    QCOMPARE(media->shownImage().size(), QSize(150, 100));
}

void TestPostPage::commentWordsAreKeptPerPost()
{
    DraftStore drafts(m_database.connection());
    {
        PostPage page(*m_feed, *m_comments, nullptr);
        page.setDrafts(&drafts);
        page.setMyHandle(u"sam_walks"_s);
        page.showPost(QuietPost);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.commentBox()->editor()->setFocus();
        QTest::keyClicks(page.commentBox()->editor(), u"Half a thought, for later"_s);

        // Going to another post and back: the words wait with their post.
        page.showPost(LinkPost);
        QVERIFY(page.commentBox()->editor()->toPlainText().isEmpty());
        page.showPost(QuietPost);
        QCOMPARE(page.commentBox()->editor()->toPlainText(), u"Half a thought, for later"_s);
        QTest::keyClicks(page.commentBox()->editor(), u", and more"_s);
    } // the window closes within the half second: the last words are kept too

    // A new run: the words are back; sent, they are let go.
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setDrafts(&drafts);
    page.setMyHandle(u"sam_walks"_s);
    page.showPost(QuietPost);
    QCOMPARE(page.commentBox()->editor()->toPlainText(), u"Half a thought, for later, and more"_s);
    QSignalSpy sent(&page, &PostPage::commentRequested);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClick(page.commentBox()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QVERIFY(!drafts.load(u"comment:post:%1"_s.arg(QuietPost)));
    page.showPost(LinkPost);
    page.showPost(QuietPost);
    QVERIFY(page.commentBox()->editor()->toPlainText().isEmpty());
}

void TestPostPage::rowsAreIndentedAndMeasuredOnce()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.resize(600, 900);
    page.showPost(ThreadPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListView *view = page.threadView()->listView();
    QAbstractItemModel *model = view->model();
    QTRY_VERIFY(view->visualRect(model->index(4, 0)).height() > 0);

    const auto contentLeft = [view](int row) {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(view->model()->index(row, 0));
        return CommentDelegate::contentRect(option, view->model()->index(row, 0)).left();
    };
    QCOMPARE(model->index(1, 0).data(CommentModel::DepthRole).toInt(), 1);
    QVERIFY(contentLeft(1) > contentLeft(0));
    QCOMPARE(contentLeft(2), contentLeft(0));
    // A longer body takes more lines.
    QVERIFY(view->visualRect(model->index(2, 0)).height()
        > view->visualRect(model->index(0, 0)).height());
    // The deleted comment reads as such.
    QVERIFY(model->index(3, 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(u"Comment from \u2068River\u2069, "_s));
    QVERIFY(model->index(3, 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .endsWith(u": Comment deleted"_s));
    QVERIFY(model->index(1, 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(u"Reply from \u2068Sam\u2069, "_s));

    // Heights come from the cache once measured: painting again lays out nothing new.
    view->doItemsLayout();
    (void)view->viewport()->grab();
    const int measured = page.threadView()->delegate()->layoutCount();
    QVERIFY(measured > 0);
    view->doItemsLayout();
    (void)view->viewport()->grab();
    QCOMPARE(page.threadView()->delegate()->layoutCount(), measured);
    // A new width is measured anew.
    page.resize(420, 900);
    QTRY_VERIFY(page.threadView()->delegate()->layoutCount() > measured);
}

void TestPostPage::theDemoThreadArrivesFromTheServer()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    HttpClient http(server.url());
    QTemporaryDir data;
    CacheDatabase database;
    QVERIFY(database.open(data.filePath(u"demo.sqlite"_s)));
    FeedCache feed(database.connection());
    CommentCache comments(database.connection());
    ApiClient api(server.url());
    api.setTransferTimeout(std::chrono::seconds(5));
    SyncEngine engine(feed, comments, api);

    engine.refreshTopic({u"therapy"_s, FeedKind::All, FeedSort::Latest});
    QTRY_VERIFY_WITH_TIMEOUT(
        engine.state() == SyncEngine::State::Idle && feed.changeSequence() > 0, 15'000);
    // A demo post whose thread has replies, as the server tells.
    qint64 postId = 0;
    qsizetype expected = 0;
    for (const Post &post :
        feed.feed({u"therapy"_s, FeedKind::All, FeedSort::Latest}, FeedPosition::start(), 50)) {
        const QJsonArray thread = http.get(u"/api/v1/posts/%1/comments"_s.arg(post.id))
                                      .json()
                                      .value(u"items"_s)
                                      .toArray();
        const bool replies = std::any_of(thread.begin(), thread.end(),
            [](const QJsonValue &c) { return !c.toObject().value(u"parentId"_s).isNull(); });
        if (replies) {
            postId = post.id;
            expected = thread.size();
            break;
        }
    }
    QVERIFY(postId > 0);
    QVERIFY(comments.thread(postId).isEmpty());

    PostPage page(feed, comments, &engine);
    page.resize(700, 900);
    page.showPost(postId);
    QCOMPARE(page.postView()->titleText(), feed.post(postId)->title);
    QCOMPARE(page.threadView()->stateText(), u"Loading comments…"_s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(qsizetype(page.threadView()->model()->rowCount()), expected, 15'000);
    QVERIFY(page.threadView()->stateText().isEmpty());

    QListView *view = page.threadView()->listView();
    int replies = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        const int left = CommentDelegate::contentRect(option, index).left();
        if (index.data(CommentModel::DepthRole).toInt() == 1) {
            ++replies;
            const int parentRow = page.threadView()->model()->rowOf(
                index.data(CommentModel::ParentIdRole).toLongLong());
            QVERIFY(parentRow >= 0 && parentRow < row);
            QStyleOptionViewItem parentOption = option;
            parentOption.rect = view->visualRect(view->model()->index(parentRow, 0));
            QVERIFY(left
                > CommentDelegate::contentRect(parentOption, view->model()->index(parentRow, 0))
                      .left());
        }
    }
    QVERIFY(replies > 0);
    QVERIFY(server.stop());
}

void TestPostPage::aWarnedPostFoldsAndOpensByMouse()
{
    Reader reader(readerPath());
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setCare(&reader.care);
    page.resize(700, 800);
    page.showPost(WarnedPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Folded: why, and "Show post"; none of the post's words, where they can be seen or
    // heard.
    QVERIFY(page.postView()->isFolded());
    QCOMPARE(page.postView()->foldText(), u"Content warning: \u2068loss of a pet\u2069"_s);
    QPushButton *show = page.postView()->showPostButton();
    QVERIFY(show->isVisible());
    QCOMPARE(show->text(), u"Show post"_s);
    QCOMPARE(show->accessibleName(), u"Show post"_s);
    QCOMPARE(show->accessibleDescription(), u"Content warning: \u2068loss of a pet\u2069"_s);
    QVERIFY(!page.postView()->textView()->isVisible());
    const Post post = *m_feed->post(WarnedPost);
    QStringList words = visibleWords(page);
    QVERIFY(anyContains(words, u"loss of a pet"_s));
    for (const QString &hidden : {post.title, u"old cat"_s, u"#Therapy"_s})
        QVERIFY2(!anyContains(words, hidden), qPrintable(hidden));
    QVERIFY(page.postView()->headlineText().startsWith(
        u"Post · \u2068River\u2069 · "_s)); // who and when still show
    // The thread and the comment box wait behind the fold too.
    QVERIFY(!page.threadView()->listView()->isVisible());
    QVERIFY(!page.commentBox()->editor()->isVisible());

    // A click opens it: the title, the words and the hashtags.
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(!page.postView()->isFolded());
    QVERIFY(
        page.threadView()->listView()->isVisible() || page.threadView()->stateText().size() > 0);
    QVERIFY(page.commentBox()->editor()->isVisible());
    QVERIFY(page.postView()->foldText().isEmpty());
    QVERIFY(page.postView()->textView()->isVisible());
    words = visibleWords(page);
    for (const QString &shown : {post.title, u"old cat"_s, u"#Therapy"_s})
        QVERIFY2(anyContains(words, shown), qPrintable(shown));
    // The author's warning stays above the words.
    QVERIFY(anyContains(words, u"Content warning: \u2068loss of a pet\u2069"_s));

    // It stays open: on coming back, and in another post view of the same run.
    page.showPost(QuietPost);
    page.showPost(WarnedPost);
    QVERIFY(!page.postView()->isFolded());
    PostPage other(*m_feed, *m_comments, nullptr);
    other.setCare(&reader.care);
    other.showPost(WarnedPost);
    QVERIFY(!other.postView()->isFolded());
    // Another reader (a new run) meets it folded; without care rules nothing folds.
    Reader fresh(readerPath());
    other.setCare(&fresh.care);
    QVERIFY(other.postView()->isFolded());
    other.setCare(nullptr);
    QVERIFY(!other.postView()->isFolded());
}

void TestPostPage::foldsOpenByKeyboard()
{
    Reader reader(readerPath());
    reader.preferences.setMutedWords({u"grief"_s});
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setCare(&reader.care);
    page.resize(700, 800);
    page.showPost(SelfHarmPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // A sensitive hashtag folds the post; Tab reaches "Show post", Space opens it.
    QVERIFY(page.postView()->isFolded());
    QCOMPARE(page.postView()->foldText(), u"Sensitive topic: #\u2068SelfHarm\u2069"_s);
    QPushButton *show = page.postView()->showPostButton();
    QVERIFY(focusChainFrom(page.commentBox()->editor(), 40).contains(show));
    QTest::keyClick(show, Qt::Key_Space);
    QVERIFY(!page.postView()->isFolded());
    QVERIFY(page.postView()->textView()->isVisible());

    // A muted word: the line does not repeat it. Enter opens it too.
    page.showPost(MutedPost);
    QVERIFY(page.postView()->isFolded());
    QCOMPARE(page.postView()->foldText(), u"Hidden: matches a muted word"_s);
    QVERIFY(!anyContains(visibleWords(page), u"grief"_s));
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Return);
    QVERIFY(!page.postView()->isFolded());
    // The reader goes on to what was folded.
    QVERIFY(page.postView()->textView()->hasFocus());
    QVERIFY(page.postView()->textView()->document()->toPlainText().contains(u"grief"_s));

    // The fold follows the preferences: a word no longer muted folds nothing.
    page.showPost(LinkPost);
    QVERIFY(!page.postView()->isFolded());
    reader.preferences.setMutedWords({u"therapist"_s});
    QVERIFY(page.postView()->isFolded());
    QCOMPARE(page.postView()->foldText(), u"Hidden: matches a muted word"_s);
    reader.preferences.setMutedWords({});
    QVERIFY(!page.postView()->isFolded());
}

void TestPostPage::commentsFoldAndOpen()
{
    Reader reader(readerPath());
    reader.preferences.setMutedWords({u"grief"_s});
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setCare(&reader.care);
    page.resize(700, 900);
    page.showPost(WarnedPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListView *view = page.threadView()->listView();
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 4);
    CommentDelegate *delegate = page.threadView()->delegate();
    const auto rowOf = [&](qint64 id) {
        return model->index(page.threadView()->model()->rowOf(id), 0);
    };
    const QModelIndex warned = rowOf(60);
    const QModelIndex plain = rowOf(61);
    const QModelIndex grieving = rowOf(62);
    const QModelIndex deleted = rowOf(63);
    QTRY_VERIFY(view->visualRect(deleted).height() > 0);

    QVERIFY(delegate->fold(warned).folded);
    QVERIFY(delegate->fold(grieving).folded);
    QVERIFY(!delegate->fold(plain).folded);
    QVERIFY(!delegate->fold(deleted).folded); // a deleted comment never folds
    // Folded, a comment says why and how to show it, never its body.
    const QString said = warned.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(said.startsWith(u"Comment from \u2068Sam\u2069, "_s), qPrintable(said));
    QVERIFY2(
        said.contains(
            u"folded. Content warning: \u2068a hospital stay\u2069. Press Space to show it."_s),
        qPrintable(said));
    QVERIFY(!said.contains(u"ward"_s));
    const QString mutedSaid = grieving.data(Qt::AccessibleTextRole).toString();
    QVERIFY(mutedSaid.contains(u"Hidden: matches a muted word"_s));
    QVERIFY(!mutedSaid.contains(u"grief"_s, Qt::CaseInsensitive));
    const QString deletedSaid = deleted.data(Qt::AccessibleTextRole).toString();
    QVERIFY(deletedSaid.endsWith(u"Comment deleted"_s));
    QVERIFY(!deletedSaid.contains(u"folded"_s));
    // A folded row is short: headline, reason, link. Opened, it has its body and Reply.
    const int foldedHeight = view->visualRect(warned).height();

    // A click on "Show comment".
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(warned);
    const QRect link = delegate->showLinkRect(option, warned);
    QVERIFY(!link.isEmpty());
    QVERIFY(delegate->showLinkRect(option, plain).isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, link.center());
    QVERIFY(!delegate->fold(warned).folded);
    QVERIFY(page.commentBox()->replyParentId() == 0); // the click showed it, nothing else
    QVERIFY(
        warned.data(Qt::AccessibleTextRole)
            .toString()
            .endsWith(u"Content warning: \u2068a hospital stay\u2069. \u2068I spent a week on the "
                      "ward after mine died.\u2069"_s));
    QTRY_VERIFY(view->visualRect(warned).height() > foldedHeight);

    // Space on the selected folded comment.
    view->setFocus();
    view->setCurrentIndex(grieving);
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!delegate->fold(grieving).folded);
    QVERIFY(grieving.data(Qt::AccessibleTextRole).toString().contains(u"grief"_s));
    // Space on an open comment is the list's own again.
    QVERIFY(!delegate->fold(plain).folded);
}

void TestPostPage::aSensitivePhotoIsBlurredUntilChosen()
{
    const QImage source = stripes(QSize(150, 100));
    const auto shown = [](const PostPage &page) {
        return page.postView()->mediaView()->shownImage().convertToFormat(QImage::Format_RGB32);
    };
    // How many pixels of a differ from source's.
    const auto differing = [&source](const QImage &a) {
        qint64 count = 0;
        for (int y = 0; y < source.height(); ++y) {
            for (int x = 0; x < source.width(); ++x)
                count += a.pixel(x, y) != source.pixel(x, y) ? 1 : 0;
        }
        return count;
    };

    Reader reader(readerPath());
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setCare(&reader.care);
    page.resize(700, 800);
    page.showPost(PhotoPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setMediaImage(source);

    // Blurred: the stripes are gone, the pill says what it hides.
    QVERIFY(page.postView()->mediaView()->isBlurred());
    QAbstractButton *pill = page.postView()->mediaView()->revealButton();
    QVERIFY(pill->isVisible());
    QCOMPARE(pill->text(), u"Sensitive photo: show"_s);
    QCOMPARE(pill->accessibleName(), u"Show the sensitive photo"_s);
    QImage blurred = shown(page);
    QCOMPARE(blurred.size(), source.size());
    QVERIFY2(differing(blurred) > source.width() * source.height() / 2,
        qPrintable(QString::number(differing(blurred))));

    // A click on the pill shows the photo, pixel for pixel, and Care remembers.
    QTest::mouseClick(pill, Qt::LeftButton);
    QVERIFY(!page.postView()->mediaView()->isBlurred());
    QVERIFY(!reader.care.isBlurred(SensitivePhoto, true));
    QVERIFY(!pill->isVisible());
    QCOMPARE(shown(page), source.convertToFormat(QImage::Format_RGB32));

    // Another reader: Enter on the pill, with the keyboard.
    Reader second(readerPath());
    page.setCare(&second.care);
    QVERIFY(page.postView()->mediaView()->isBlurred());
    QVERIFY(differing(shown(page)) > 0);
    QVERIFY(focusChainFrom(page.commentBox()->editor(), 40).contains(pill));
    QTest::keyClick(pill, Qt::Key_Return);
    QVERIFY(!page.postView()->mediaView()->isBlurred());
    QCOMPARE(shown(page), source.convertToFormat(QImage::Format_RGB32));

    // A click on the picture itself, away from the pill.
    Reader third(readerPath());
    page.setCare(&third.care);
    QVERIFY(page.postView()->mediaView()->isBlurred());
    QTest::mouseClick(pill->parentWidget(), Qt::LeftButton, {}, QPoint(3, 3));
    QVERIFY(!page.postView()->mediaView()->isBlurred());

    // "See full photo" on a blurred photo shows it first, then asks for the viewer.
    Reader fourth(readerPath());
    page.setCare(&fourth.care);
    QVERIFY(page.postView()->mediaView()->isBlurred());
    QSignalSpy requested(&page, &PostPage::mediaRequested);
    page.postView()->mediaView()->seeButton()->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][0].toLongLong(), SensitivePhoto);
    QVERIFY(!fourth.care.isBlurred(SensitivePhoto, true));
    QCOMPARE(shown(page), source.convertToFormat(QImage::Format_RGB32));

    // The reader who chose to see sensitive photos sees them sharp from the start.
    Reader unblurred(readerPath());
    unblurred.preferences.setBlurSensitivePhotos(false);
    page.setCare(&unblurred.care);
    QVERIFY(!page.postView()->mediaView()->isBlurred());
    QVERIFY(!pill->isVisible());
    QCOMPARE(shown(page), source.convertToFormat(QImage::Format_RGB32));
    unblurred.preferences.setBlurSensitivePhotos(true);
    QVERIFY(page.postView()->mediaView()->isBlurred());
    QVERIFY(differing(shown(page)) > 0);
}

void TestPostPage::quietCountsHideEveryCount()
{
    Reader reader(readerPath());
    reader.preferences.setQuietCounts(true);
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setCare(&reader.care);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(700, 800);
    page.showPost(CountedPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // 41 hugs, 26 hearts, 67 reactions, 58 comments: none of them anywhere.
    const QStringList counts{u"41"_s, u"26"_s, u"67"_s, u"58"_s};
    QStringList words = visibleWords(page);
    for (const QString &count : counts)
        QVERIFY2(!anyContains(words, count), qPrintable(words.join(u" | "_s)));
    QVERIFY(page.postView()->countsText().isEmpty());
    ReactionPill *hug = page.postView()->reactionButton(ReactionKind::Hug);
    ReactionPill *heart = page.postView()->reactionButton(ReactionKind::Heart);
    QVERIFY(hug->text().isEmpty());
    QCOMPARE(hug->accessibleName(), u"Hug"_s);
    QVERIFY(heart->text().isEmpty());
    QVERIFY(heart->isChecked());
    QCOMPARE(heart->accessibleName(), u"Heart, your reaction"_s);

    // Reacting still works.
    QSignalSpy react(&page, &PostPage::reactRequested);
    hug->click();
    QCOMPARE(react.size(), 1);
    QCOMPARE(react[0][0].toLongLong(), CountedPost);
    QCOMPARE(react[0][1].value<std::optional<ReactionKind>>(), std::optional(ReactionKind::Hug));

    // The numbers come back when the reader wants them.
    reader.preferences.setQuietCounts(false);
    words = visibleWords(page);
    for (const QString &count : counts)
        QVERIFY2(anyContains(words, count), qPrintable(count));
    QCOMPARE(hug->text(), u"41"_s);
}

void TestPostPage::theCrisisNoticeOffersTheChosenCountrysLines()
{
    Reader reader(readerPath());
    reader.preferences.setCrisisCountry(u"DE"_s);
    PostPage page(*m_feed, *m_comments, nullptr);
    page.resize(700, 900);
    page.showPost(SelfHarmPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.postView()->crisisNotice()); // no care rules, no notice
    page.setCare(&reader.care);

    // On a #SelfHarm post (folded too), with the lines of the chosen country.
    CrisisNotice *notice = page.postView()->crisisNotice();
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(page.postView()->isFolded());
    QCOMPARE(notice->country(), u"DE"_s);
    QVERIFY(notice->plainText().contains(u"TelefonSeelsorge"_s));
    QVERIFY(notice->plainText().contains(u"0800 111 0 111"_s));
    QVERIFY(notice->plainText().contains(u"Hearth is not a crisis service"_s));
    // At the top of the post.
    QVERIFY(notice->mapTo(&page, QPoint(0, 0)).y()
        < page.postView()->showPostButton()->mapTo(&page, QPoint(0, 0)).y());
    // Its links reach the window, and "Change country" asks for the settings.
    QSignalSpy links(&page, &PostPage::linkActivated);
    QSignalSpy settings(&page, &PostPage::settingsRequested);
    Q_EMIT notice->linkActivated(QUrl(u"tel:08001110111"_s));
    Q_EMIT notice->changeCountryRequested();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0][0].toUrl(), QUrl(u"tel:08001110111"_s));
    QCOMPARE(settings.size(), 1);

    // A country without lines: the international directories.
    reader.preferences.setCrisisCountry(u"AQ"_s);
    QVERIFY(notice->plainText().contains(u"Find A Helpline"_s));
    QVERIFY(!notice->plainText().contains(u"TelefonSeelsorge"_s));

    // Not on an ordinary post; on one whose thread reads like a crisis.
    page.showPost(QuietPost);
    QVERIFY(!notice->isVisible());
    page.showPost(HardNightPost);
    QCOMPARE(page.threadView()->model()->rowCount(), 2);
    QVERIFY(notice->isVisible());
    QVERIFY(!page.postView()->isFolded());
    page.showPost(LinkPost);
    QVERIFY(!notice->isVisible());
}

void TestPostPage::othersCommentsArriveInPlaceWhileTheReaderTypes()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient nora(server.url());
    registerUser(nora, u"nora_p"_s, u"Nora"_s);
    HttpClient omar(server.url());
    registerUser(omar, u"omar_k"_s, u"Omar"_s);
    const qint64 postId = idOf(nora.post(u"/api/v1/posts"_s,
        {{u"kind"_s, u"post"_s}, {u"title"_s, u"The evening walk"_s},
            {u"body"_s, u"Twenty minutes outside after dinner. #Evenings"_s}}));
    const qint64 a = writeComment(omar, postId, u"I do the same, it clears my head."_s);
    const qint64 a1 = writeComment(nora, postId, u"Glad it is not just me."_s, a);
    const qint64 b = writeComment(omar, postId, u"Rain or not?"_s);
    const qint64 c = writeComment(omar, postId, u"The light is lovely this month."_s);

    SyncedReader client(server.url());
    client.engine.refreshTopic({u"evenings"_s, FeedKind::All, FeedSort::Latest});
    QVERIFY(client.settle());
    PostPage page(client.feed, client.comments, &client.engine);
    page.setMyHandle(u"pia_reads"_s);
    page.resize(700, 1000);
    page.showPost(postId);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(client.settle());
    CommentModel *model = page.threadView()->model();
    QListView *view = page.threadView()->listView();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 15'000);
    QCOMPARE(model->rowOf(a1), 1);

    // The reader is on a comment, replying to another, words half typed.
    view->setCurrentIndex(view->model()->index(model->rowOf(c), 0));
    page.commentBox()->replyTo(b);
    page.commentBox()->editor()->setFocus();
    QTest::keyClicks(page.commentBox()->editor(), u"Rain too, with a good coat"_s);
    const int scroll = page.scrollArea()->verticalScrollBar()->value();
    const int textRevision = page.postView()->textView()->document()->revision();
    QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);

    // Omar replies to the first comment and writes a new one.
    const qint64 reply = writeComment(omar, postId, u"Same, no phone, just the street."_s, a);
    const qint64 d = writeComment(omar, postId, u"Tonight was cold but worth it."_s);
    client.engine.pullChanges();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(reply) >= 0 && model->rowOf(d) >= 0, 15'000);
    QVERIFY(client.settle());

    // The reply sits under its comment's thread, the comment at the end; both are laid out in
    // view, marked and painted as just arrived; nothing else is.
    QCOMPARE(model->rowOf(reply), model->rowOf(a1) + 1);
    QCOMPARE(model->rowOf(d), model->rowCount() - 1);
    QCOMPARE(model->rowCount(), 6);
    for (const qint64 id : {reply, d}) {
        const int row = model->rowOf(id);
        QVERIFY(view->model()->index(row, 0).data(CommentModel::ArrivedRole).toBool());
        QVERIFY2(shownInViewport(page, row), qPrintable(QString::number(row)));
        QVERIFY(paintedAsArrived(view, row));
    }
    QVERIFY(!paintedAsArrived(view, model->rowOf(a)));
    QVERIFY(!view->model()->index(model->rowOf(b), 0).data(CommentModel::ArrivedRole).toBool());
    QVERIFY(view->accessibleDescription().contains(u"2 new comments."_s));

    // Nothing moved under the reader, and the words stay.
    QCOMPARE(resets.size(), 0);
    QCOMPARE(page.scrollArea()->verticalScrollBar()->value(), scroll);
    QCOMPARE(view->currentIndex().data(CommentModel::IdRole).toLongLong(), c);
    QCOMPARE(page.commentBox()->text(), u"Rain too, with a good coat"_s);
    QCOMPARE(page.commentBox()->replyParentId(), b);
    // The post's counts follow, without laying its text out again.
    QCOMPARE(page.postView()->countsText(), u"0 reactions · 6 comments"_s);
    QCOMPARE(page.postView()->textView()->document()->revision(), textRevision);

    // Omar deletes a comment without replies (it goes) and one with replies (it stays as
    // a tombstone), and edits another.
    QCOMPARE(omar.remove(u"/api/v1/comments/%1"_s.arg(b)).status, 204);
    QCOMPARE(omar.remove(u"/api/v1/comments/%1"_s.arg(a)).status, 204);
    QCOMPARE(omar.patch(u"/api/v1/comments/%1"_s.arg(c),
                     {{u"body"_s, u"The light was lovely all month."_s}}, {{"If-Match", "\"1\""}})
                 .status,
        200);
    client.engine.pullChanges();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(b) < 0, 15'000);
    QVERIFY(client.settle());
    QCOMPARE(model->rowCount(), 5);
    const QModelIndex tombstone = view->model()->index(model->rowOf(a), 0);
    QCOMPARE(tombstone.row(), 0);
    QVERIFY(tombstone.data(CommentModel::DeletedRole).toBool());
    QVERIFY(tombstone.data(Qt::AccessibleTextRole).toString().contains(u"Comment deleted"_s));
    QVERIFY(CommentDelegate::headline(
        view->model()->index(model->rowOf(c), 0), QDateTime::currentDateTimeUtc())
                .contains(u"(edited)"_s));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(view->currentIndex().data(CommentModel::IdRole).toLongLong(), c);
    QCOMPARE(page.commentBox()->text(), u"Rain too, with a good coat"_s);

    // Behind another page, the thread is not read; shown again, it catches up.
    page.hide();
    const qint64 e = writeComment(omar, postId, u"Back from tonight's walk."_s);
    client.engine.pullChanges();
    QVERIFY(client.settle());
    QCOMPARE(model->rowOf(e), -1);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(e) >= 0, 15'000);
    QVERIFY(server.stop());
}

void TestPostPage::aLongThreadKeepsItsLaterPagesAndTheReadersRow()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient nora(server.url());
    registerUser(nora, u"nora_p"_s, u"Nora"_s);
    HttpClient omar(server.url());
    registerUser(omar, u"omar_k"_s, u"Omar"_s);
    const qint64 postId = idOf(nora.post(u"/api/v1/posts"_s,
        {{u"kind"_s, u"post"_s}, {u"title"_s, u"One good thing"_s},
            {u"body"_s, u"Write one good thing about today. #GoodThings"_s}}));
    QList<qint64> ids;
    for (int i = 0; i < 25; ++i)
        ids.append(writeComment(
            omar, postId, u"Good thing %1: a kind word from a stranger."_s.arg(i + 1)));

    SyncedReader client(server.url());
    client.engine.refreshTopic({u"goodthings"_s, FeedKind::All, FeedSort::Latest});
    QVERIFY(client.settle());
    PostPage page(client.feed, client.comments, &client.engine);
    page.resize(700, 900);
    page.showPost(postId);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(client.settle());
    CommentModel *model = page.threadView()->model();
    QListView *view = page.threadView()->listView();
    // The second page, as scrolling to the end asks for it.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 20, 15'000);
    if (model->canFetchMore({}))
        model->fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 25, 15'000);
    QVERIFY(client.settle());

    // The reader is far down the thread, in the page's one scroll.
    QScrollBar *bar = page.scrollArea()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() - 10);
    QVERIFY(bar->value() > 0);
    const QModelIndex top = view->indexAt(
        QPoint(0, view->viewport()->mapFrom(page.scrollArea()->viewport(), QPoint(0, 0)).y()));
    const qint64 topId = top.data(CommentModel::IdRole).toLongLong();
    const int topY = topInSight(page, top);
    QVERIFY(top.row() > 3);

    // A reply to the first comment, far above the reader.
    QSignalSpy removals(view->model(), &QAbstractItemModel::rowsRemoved);
    const qint64 reply = writeComment(nora, postId, u"That one made me smile."_s, ids.first());
    client.engine.pullChanges();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(reply) >= 0, 15'000);
    QVERIFY(client.settle());
    QCOMPARE(model->rowOf(reply), 1);
    // No row of the later pages is lost, not even for a moment.
    QCOMPARE(model->rowCount(), 26);
    QCOMPARE(removals.size(), 0);
    for (const qint64 id : std::as_const(ids))
        QVERIFY(model->rowOf(id) >= 0);
    // The row the reader was on stands where it stood.
    const QModelIndex stillTop = view->model()->index(model->rowOf(topId), 0);
    QCOMPARE(topInSight(page, stillTop), topY);
    QVERIFY(server.stop());
}

// Each comment shows its author's disc beside its words, and an @mention is a link (to the
// mouse, with the pointing hand) and an entry of the comment's menu (to the keys).
void TestPostPage::commentsShowAvatarsAndLinkMentions()
{
    PostPage page(*m_feed, *m_comments, nullptr);
    page.setMyHandle(u"sam_walks"_s);
    page.resize(700, 900);
    page.showPost(MentionPost);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListView *view = page.threadView()->listView();
    CommentDelegate *delegate = page.threadView()->delegate();
    const QModelIndex thanks = view->model()->index(0, 0);
    const QModelIndex reply = view->model()->index(1, 0);
    QTRY_VERIFY(view->visualRect(reply).height() > 0);
    const auto optionFor = [view](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        return option;
    };

    // The disc: a square taller than a line, inside its row, left of the words; the reply's
    // further in, as its words are.
    const QRect disc = CommentDelegate::avatarRect(optionFor(thanks), thanks);
    const QRect words = CommentDelegate::contentRect(optionFor(thanks), thanks);
    QCOMPARE(disc.width(), disc.height());
    QVERIFY(disc.height() > view->fontMetrics().lineSpacing());
    QVERIFY(view->visualRect(thanks).contains(disc));
    QVERIFY(disc.right() < words.left());
    QCOMPARE(disc.top(), words.top());
    const QRect replyDisc = CommentDelegate::avatarRect(optionFor(reply), reply);
    QVERIFY(replyDisc.left() > disc.right());
    QVERIFY(replyDisc.right() < CommentDelegate::contentRect(optionFor(reply), reply).left());
    // ...and it is painted: inside it, left of its initials, is not the ground beside it.
    const QImage shot = view->viewport()->grab().toImage();
    const qreal ratio = shot.devicePixelRatio();
    const auto pixel = [&shot, ratio](const QPoint &at) {
        return shot.pixelColor((QPointF(at) * ratio).toPoint());
    };
    for (const QRect &drawn : {disc, replyDisc}) {
        const QPoint inside(drawn.left() + drawn.width() / 6, drawn.center().y());
        QVERIFY(pixel(inside) != pixel(QPoint(drawn.right() + 2, drawn.center().y())));
    }

    // The mentions, found where they are drawn: @sam_walks, then @moss_grows on the body's
    // line; the e-mail address and the plain words are no link.
    QStringList found;
    QPoint onMoss;
    QPoint onWords;
    const QRect row = view->visualRect(thanks);
    for (int y = words.top(); y <= row.bottom() && onMoss.isNull(); y += 2) {
        for (int x = words.left(); x <= words.right(); ++x) {
            const QString handle = delegate->mentionAt(optionFor(thanks), thanks, QPoint(x, y));
            if (!handle.isEmpty() && (found.isEmpty() || found.last() != handle))
                found.append(handle);
            if (handle == u"moss_grows"_s && onMoss.isNull())
                onMoss = QPoint(x + 2, y);
            if (!found.isEmpty() && handle.isEmpty() && onWords.isNull() && x > words.left() + 4)
                onWords = QPoint(x, y);
        }
    }
    QCOMPARE(found, (QStringList{u"sam_walks"_s, u"moss_grows"_s}));
    QVERIFY(delegate->mentionAt(optionFor(reply), reply, onMoss).isEmpty());
    // The mention is drawn in the link's colour.
    const QColor link = Colors::link(view->palette());
    bool linkColoured = false;
    for (int x = onMoss.x() - 2; x < onMoss.x() + 30 && !linkColoured; ++x) {
        for (int y = onMoss.y() - 8; y < onMoss.y() + 8 && !linkColoured; ++y)
            linkColoured = pixel(QPoint(x, y)) == link;
    }
    QVERIFY(linkColoured);

    // The pointing hand over it, the arrow beside it; a click asks for the person's page.
    QTest::mouseMove(view->viewport(), onMoss);
    QTRY_COMPARE(view->viewport()->cursor().shape(), Qt::PointingHandCursor);
    QTest::mouseMove(view->viewport(), onWords);
    QTRY_COMPARE(view->viewport()->cursor().shape(), Qt::ArrowCursor);
    QSignalSpy mentions(&page, &PostPage::mentionActivated);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onMoss);
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions[0][0].toString(), u"moss_grows"_s);

    // The menu names the people mentioned, less the reader (sam_walks) and the author.
    std::unique_ptr<QMenu> menu(page.threadView()->createCommentMenu(thanks, nullptr));
    const QList<QAction *> actions = menu->actions();
    QStringList texts;
    for (QAction *action : actions)
        texts.append(action->text());
    QVERIFY(texts.contains(u"View @moss_grows’s profile"_s));
    QVERIFY(!texts.contains(u"View @sam_walks’s profile"_s));
    actions.at(texts.indexOf(u"View @moss_grows’s profile"_s))->trigger();
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions[1][0].toString(), u"moss_grows"_s);
}

QTEST_MAIN(TestPostPage)
#include "tst_postpage.moc"
