// The words people wrote, placed among Hearth's own in the post view, as a person sees them
// laid out (the glyphs' places, not the strings): a display name ending in an unclosed U+202E
// (RIGHT-TO-LEFT OVERRIDE), or written in Arabic, leaves the headline's kind and relative time
// in their order; a hashtag after such a name in the body stays a link that reads forwards;
// a comment row's headline and the sentences for screen readers keep their order the same
// way; and the isolate around a name takes no room.

#include "../LaidOutLine.h"
#include "api/PersonText.h"
#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"
#include "models/CommentModel.h"
#include "models/FeedModel.h"
#include "models/PostReader.h"
#include "translations/Translations.h"
#include "ui/post/CommentDelegate.h"
#include "ui/post/PostView.h"

#include <QLabel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Slug = u"therapy"_s;
// "Salma" in Arabic letters (no lam-alef, so each letter draws a glyph of its own).
const QString ArabicName = u"سلمى"_s;

enum PostId : qint64 { OverriddenName = 1, ArabicAuthor, OverriddenBody };

// The label of view that shows text.
QLabel *labelShowing(const QWidget &view, const QString &text)
{
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

// The block of document holding words, and its laid-out text.
QTextBlock blockWith(const QTextDocument &document, const QString &words)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(words))
            return block;
    }
    return {};
}

} // namespace

class TestPostView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headlineKeepsItsOrder_data();
    void headlineKeepsItsOrder();
    void hashtagAfterAnOverrideReadsForwards();
    void commentHeadlineKeepsItsOrder();
    void sentencesKeepTheirOrder();
    void theIsolateTakesNoRoom();

private:
    Translations m_english;
    QTemporaryDir m_data;
    CacheDatabase m_database;
    std::unique_ptr<FeedCache> m_cache;
};

void TestPostView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY(m_database.open(m_data.filePath(u"cache.sqlite"_s)));
    m_cache = std::make_unique<FeedCache>(m_database.connection());
    QVERIFY(m_cache->storeTopic(Topic{Slug, u"Therapy"_s, u"Therapy"_s, u"Talking therapies."_s,
        TopicCounts{3, 3, 0, 0}, false}));
    // Written a minute and a half ago: "1 min ago", for as long as a test runs.
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-90);
    const auto post = [&](qint64 id, const QString &name, const QString &body) {
        Post made;
        made.id = id;
        made.author = User{10 + id, u"writer_%1"_s.arg(id), name, false};
        made.title = u"Small steps"_s;
        made.body = body;
        made.hashtags = {u"Therapy"_s};
        made.createdAt = when;
        return made;
    };
    QVERIFY(m_cache->storePosts({
        post(OverriddenName, u"Maloga\u202E"_s, u"A quiet evening."_s),
        post(ArabicAuthor, ArabicName, u"A quiet evening."_s),
        post(OverriddenBody, u"River"_s, u"Thanks to Maloga\u202E for #Therapy today"_s),
    }));
}

void TestPostView::headlineKeepsItsOrder_data()
{
    QTest::addColumn<qint64>("postId");
    QTest::addColumn<QString>("name"); // as it shows
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("a name ending in U+202E") << qint64(OverriddenName) << u"Maloga"_s << false;
    QTest::newRow("an Arabic name") << qint64(ArabicAuthor) << ArabicName << true;
}

void TestPostView::headlineKeepsItsOrder()
{
    QFETCH(qint64, postId);
    QFETCH(QString, name);
    QFETCH(bool, rightToLeft);

    PostReader reader(*m_cache, nullptr);
    PostView view(&reader);
    view.resize(700, 500);
    view.showPost(postId);
    QVERIFY(view.post().has_value());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QLabel *headline = labelShowing(view, view.headlineText());
    QVERIFY(headline);
    QVERIFY(headline->isVisible());
    QVERIFY2(view.headlineText().endsWith(u"1 min ago"_s), qPrintable(view.headlineText()));

    // Laid out as the label paints it: in the window's direction (left to right here).
    QCOMPARE(headline->layoutDirection(), Qt::LeftToRight);
    const LaidOutLine line(headline->text(), headline->font(), headline->layoutDirection());
    const QString problem = headlineOrderProblem(line.text(), name, rightToLeft);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPostView::hashtagAfterAnOverrideReadsForwards()
{
    PostReader reader(*m_cache, nullptr);
    PostView view(&reader);
    view.resize(700, 500);
    view.showPost(OverriddenBody);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The document as the browser laid it out for the screen.
    QTextDocument *document = view.textView()->document();
    const QTextBlock block = blockWith(*document, u"#Therapy"_s);
    QVERIFY(block.isValid());
    QVERIFY(block.layout() && block.layout()->lineCount() == 1);
    const LaidOutText text(*block.layout(), block.text());
    QVERIFY2(
        text.readsLeftToRight(u"Thanks to Maloga"_s), qPrintable(text.positions(block.text())));
    QVERIFY2(text.readsLeftToRight(u"#Therapy"_s), "the hashtag reads backwards");
    QVERIFY2(text.readsLeftToRight(u"today"_s), "the words after the name read backwards");
    QVERIFY(text.right(u"Maloga"_s) < text.left(u"#Therapy"_s));
    QVERIFY(text.right(u"#Therapy"_s) < text.left(u"today"_s));

    // Still the link it was.
    const QTextCursor found = document->find(u"#Therapy"_s);
    QVERIFY(!found.isNull());
    QTextCursor inside(document);
    inside.setPosition(found.selectionStart() + 1);
    QVERIFY(inside.charFormat().isAnchor());
    QCOMPARE(inside.charFormat().anchorHref(), u"hashtag:Therapy"_s);
}

void TestPostView::commentHeadlineKeepsItsOrder()
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(qint64(1), CommentModel::IdRole);
    item->setData(u"Maloga\u202E"_s, CommentModel::AuthorNameRole);
    item->setData(u"Same here, and #Therapy helps."_s, CommentModel::BodyRole);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    item->setData(now.addSecs(-90), CommentModel::CreatedAtRole);
    model.appendRow(item);
    const QModelIndex index = model.index(0, 0);

    QWidget window;
    for (const QString &line :
        {CommentDelegate::headline(index, now), CommentDelegate::accessibleText(index, now)}) {
        const LaidOutLine laidOut(line, window.font(), Qt::LeftToRight);
        const LaidOutText text = laidOut.text();
        QVERIFY2(text.readsLeftToRight(u"1 min ago"_s), qPrintable(line));
        QVERIFY2(text.right(u"Maloga"_s) < text.left(u"1 min ago"_s), qPrintable(line));
    }
    const LaidOutLine spoken(
        CommentDelegate::accessibleText(index, now), window.font(), Qt::LeftToRight);
    QVERIFY(spoken.text().readsLeftToRight(u"Comment from"_s));
    QVERIFY(spoken.text().right(u"Comment from"_s) < spoken.text().left(u"Maloga"_s));
}

void TestPostView::sentencesKeepTheirOrder()
{
    // What a screen reader is given for the card and for the post's text: kind, title,
    // author, time, in that order on a braille line as on the screen.
    FeedModel feed(*m_cache, nullptr);
    feed.setFeed({Slug, FeedKind::All, FeedSort::Latest});
    const int row = feed.rowOf(OverriddenName);
    QVERIFY(row >= 0);
    PostReader reader(*m_cache, nullptr);
    PostView view(&reader);
    view.showPost(OverriddenName);
    QWidget window;
    for (const QString &sentence : {feed.index(row).data(Qt::AccessibleTextRole).toString(),
             view.textView()->accessibleDescription()}) {
        const LaidOutLine line(sentence, window.font(), Qt::LeftToRight);
        const LaidOutText text = line.text();
        const QString when = text.find(u"1 minute ago"_s) >= 0 ? u"1 minute ago"_s : u"1 min ago"_s;
        QVERIFY2(text.find(when) >= 0, qPrintable(sentence));
        QVERIFY2(text.readsLeftToRight(when), qPrintable(sentence));
        QVERIFY2(text.right(u"Maloga"_s) < text.left(when), qPrintable(sentence));
        QVERIFY2(text.right(u"Small steps"_s) < text.left(u"Maloga"_s), qPrintable(sentence));
    }
}

void TestPostView::theIsolateTakesNoRoom()
{
    // FSI and PDI are format characters: they draw nothing and take no width.
    QWidget window;
    for (const QString &name : {u"Maloga"_s, ArabicName}) {
        const LaidOutLine plain(name, window.font(), Qt::LeftToRight);
        const LaidOutLine isolated(PersonText::isolated(name), window.font(), Qt::LeftToRight);
        QVERIFY(plain.width() > 0);
        // (Within a pixel: the advances are rounded once per run.)
        QVERIFY2(std::abs(isolated.width() - plain.width()) <= 1.0,
            qPrintable(u"%1 %2"_s.arg(isolated.width()).arg(plain.width())));
        const LaidOutText text = isolated.text();
        QVERIFY(text.drawsNothing(0));
        QVERIFY(text.drawsNothing(name.size() + 1));
        QVERIFY(!text.drawsNothing(1));
    }
}

QTEST_MAIN(TestPostView)
#include "tst_postview.moc"
