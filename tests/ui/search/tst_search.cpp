// The search field against a real hearth-server, real cache files and the real keychain: a
// word of a cached post's body finds it at once, offline too, its words highlighted; a post
// only the server has comes below the "From the community" divider, never above it; a blocked
// person's posts are in neither part; a folded post shows folded; Ctrl+K, Down and Enter open
// the post. What is checked is what a person sees: the panel under the field and inside the
// window, its rows laid out in order, the divider's row between the two parts.

#include "../AppUnderTest.h"
#include "care/ContentFold.h"
#include "models/FeedModel.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/LiveUpdates.h"
#include "sync/SyncEngine.h"
#include "ui/care/Care.h"
#include "ui/care/Preferences.h"
#include "ui/feed/TopicPage.h"
#include "ui/post/PostPage.h"
#include "ui/search/SearchField.h"
#include "ui/search/SearchModel.h"
#include "ui/search/SearchPopup.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;
using Kind = SearchRow::Kind;

struct Reader : AppUnderTest
{
    Reader(const QUrl &server, const QString &dataDir)
        : AppUnderTest(server, dataDir, std::chrono::seconds(3))
    {
        search()->setCommunityDelay(std::chrono::milliseconds(20));
    }

    SearchField *search() const { return window.searchField(); }
    SearchModel *results() const { return search()->model(); }
    SearchPopup *popup() const { return search()->popup(); }
    bool cached(qint64 postId) const
    {
        return window.topicPage() && window.topicPage()->model()->rowOf(postId) >= 0;
    }
    // The row of a result of kind with id, or -1.
    int rowOf(Kind kind, qint64 id) const
    {
        for (int r = 0; r < results()->rowCount(); ++r) {
            if (results()->row(r).kind == kind && results()->row(r).id == id)
                return r;
        }
        return -1;
    }
    int rowOfKind(Kind kind) const
    {
        for (int r = 0; r < results()->rowCount(); ++r) {
            if (results()->row(r).kind == kind)
                return r;
        }
        return -1;
    }
    // Types text into an empty field, as a person does, and waits for the community's part.
    bool type(const QString &text)
    {
        search()->clear();
        search()->setFocus();
        QTest::keyClicks(search(), text);
        return QTest::qWaitFor(
            [this] {
                return !search()->isAskingCommunity()
                    && (rowOfKind(Kind::Divider) >= 0 || communityNotice() >= 0);
            },
            Wait);
    }
    // The row of the line that says the community could not be asked, or -1.
    int communityNotice() const
    {
        for (int r = 0; r < results()->rowCount(); ++r) {
            const SearchRow &row = results()->row(r);
            if (row.kind == Kind::Notice && row.text.contains(u"could not be asked"_s))
                return r;
        }
        return -1;
    }
    // Where a row is drawn in the list's viewport (empty when it is not laid out).
    QRect shown(int row) const
    {
        QListView *list = popup()->list();
        return list->visualRect(results()->index(row, 0)).intersected(list->viewport()->rect());
    }
    // The panel's place in the window, and the field's bottom edge there.
    QRect popupInWindow() const { return popup()->geometry(); }
    int fieldBottomInWindow() const
    {
        return search()->mapTo(&window, QPoint(0, search()->height())).y();
    }
};

} // namespace

class TestSearchField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void aCachedPostIsFoundOfflineWithItsWordsHighlighted();
    void aServerOnlyPostComesBelowTheDivider();
    void aBlockedPersonsPostsAreInNeitherPart();
    void aFoldedPostShowsFolded();
    void theKeyboardFindsAndOpensThePost();
    void topicsAndPeopleOpenTheirPlaces();
    void aStorysExcerptShowsWordsNotMarks();

private:
    qint64 publish(HttpClient &author, const QString &title, const QString &body,
        const QJsonObject &extra = {});

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_author;
    std::unique_ptr<HttpClient> m_nettle;
    qint64 m_nettleId = 0;
    int m_port = 0;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestSearchField::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_port = m_server.url().port();
    m_author = std::make_unique<HttpClient>(m_server.url());
    registerUser(*m_author, u"lichenwood"_s, u"Lichen Wood"_s);
    m_nettle = std::make_unique<HttpClient>(m_server.url());
    m_nettleId
        = registerUser(*m_nettle, u"nettlebrook"_s, u"Nettle Brook"_s).value(u"id"_s).toInteger();
    QVERIFY(m_nettleId > 0);
}

void TestSearchField::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    // A test that failed offline left the server stopped: the others need it, where it was.
    if (!m_server.isRunning()) {
        QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)}),
            qPrintable(m_server.errorString()));
    }
}

void TestSearchField::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

qint64 TestSearchField::publish(
    HttpClient &author, const QString &title, const QString &body, const QJsonObject &extra)
{
    QJsonObject post = newPost(title, body);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        post.insert(it.key(), it.value());
    return idOf(author.post(u"/api/v1/posts"_s, post));
}

void TestSearchField::aCachedPostIsFoundOfflineWithItsWordsHighlighted()
{
    const qint64 post = publish(*m_author, u"Harbour lights"_s,
        u"At dawn the kelpwhistle sang over the water. #SearchCached"_s);
    QVERIFY(post > 0);
    {
        Reader reader(m_server.url(), m_data->path());
        QVERIFY(reader.open(u"searchcached"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reader.cached(post), Wait);

        QVERIFY(m_server.stop()); // offline: the community cannot answer
        QCOMPARE(reader.search()->placeholderText(), u"Search Hearth"_s);
        QVERIFY(reader.type(u"kelpwhis"_s));
        // At once from the cache, with the word marked in its excerpt.
        const int row = reader.rowOf(Kind::Post, post);
        QVERIFY(row >= 0);
        QCOMPARE(reader.results()->row(row).remote, false);
        QCOMPARE(reader.results()->row(row).text, u"Harbour lights"_s);
        QCOMPARE(reader.results()->index(row, 0).data(SearchModel::HighlightsRole).toStringList(),
            QStringList{u"kelpwhistle"_s});
        QVERIFY(reader.results()->row(reader.rowOf(Kind::Heading, 0)).text == u"Posts"_s);
        // The community could not be asked: a calm line after the local rows, which stay.
        const int notice = reader.communityNotice();
        QVERIFY(notice > row);
        QCOMPARE(reader.rowOfKind(Kind::Divider), -1);

        // Seen: the panel under the field, inside the window, its rows laid out in order.
        QVERIFY(reader.popup()->isVisible());
        const QRect panel = reader.popupInWindow();
        QVERIFY2(panel.top() >= reader.fieldBottomInWindow()
                && panel.top() <= reader.fieldBottomInWindow() + 8,
            qPrintable(u"panel at %1, field ends at %2"_s.arg(panel.top())
                           .arg(reader.fieldBottomInWindow())));
        QVERIFY(reader.window.rect().contains(panel));
        QVERIFY(panel.width() >= reader.search()->width());
        const QRect postRect = reader.shown(row);
        const QRect noticeRect = reader.shown(notice);
        QVERIFY(postRect.height() >= 2 * reader.popup()->list()->fontMetrics().height());
        QVERIFY(!noticeRect.isEmpty() && noticeRect.top() >= postRect.bottom());
        // A screen reader hears how many there are.
        QCOMPARE(reader.popup()->list()->accessibleName(), u"Search results"_s);
        QCOMPARE(reader.popup()->list()->accessibleDescription(), u"1 found"_s);
        QCOMPARE(reader.search()->accessibleName(), u"Search Hearth"_s);

        // A word no cached post holds: the panel says so, and still the community is out.
        QVERIFY(reader.type(u"zzqxvbn"_s));
        QCOMPARE(reader.rowOfKind(Kind::Post), -1);
        QVERIFY(reader.results()->row(0).text.contains(u"Nothing kept on this computer"_s));
    }
}

void TestSearchField::aServerOnlyPostComesBelowTheDivider()
{
    const qint64 cachedPost
        = publish(*m_author, u"Dune grass"_s, u"The ribbonmoss by the path. #SearchOnline"_s);
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"searchonline"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.cached(cachedPost), Wait);
    // Nothing pulls the new post in meanwhile: the window is as if hidden, for an hour, and the
    // request held on the server is given up (hidden, it would be left to end, and the post
    // would wake it).
    reader.community.liveUpdates().setHiddenInterval(std::chrono::hours(1));
    reader.community.setWatched(false);
    reader.community.sync().cancelWait();
    QTRY_VERIFY_WITH_TIMEOUT(
        !reader.community.sync().isWaiting() && !reader.community.sync().isPulling(), Wait);
    const qint64 serverOnly = publish(
        *m_author, u"Tide pools"_s, u"More ribbonmoss, in another place. #SearchElsewhere"_s);
    QVERIFY(serverOnly > 0);
    QVERIFY(!reader.community.feed().post(serverOnly));

    QVERIFY(reader.type(u"ribbonmoss"_s));
    const int local = reader.rowOf(Kind::Post, cachedPost);
    const int divider = reader.rowOfKind(Kind::Divider);
    const int remote = reader.rowOf(Kind::Post, serverOnly);
    QVERIFY(local >= 0 && divider >= 0 && remote >= 0);
    QVERIFY(local < divider && divider < remote);
    QCOMPARE(reader.results()->row(local).remote, false);
    QCOMPARE(reader.results()->row(remote).remote, true);
    QCOMPARE(reader.results()->row(divider).text, u"From the community"_s);
    // Shown once: the cached post is not repeated below the divider.
    int cachedRows = 0;
    for (const SearchRow &row : reader.results()->rows())
        cachedRows += row.kind == Kind::Post && row.id == cachedPost;
    QCOMPARE(cachedRows, 1);
    // Its words are marked too, in an excerpt made here.
    QCOMPARE(reader.results()->index(remote, 0).data(SearchModel::HighlightsRole).toStringList(),
        QStringList{u"ribbonmoss"_s});
    QCOMPARE(reader.communityNotice(), -1);
    // Seen in that order, the divider's row between the two parts.
    const QRect localRect = reader.shown(local);
    const QRect dividerRect = reader.shown(divider);
    const QRect remoteRect = reader.shown(remote);
    QVERIFY(!localRect.isEmpty() && !dividerRect.isEmpty() && !remoteRect.isEmpty());
    QVERIFY(localRect.bottom() < dividerRect.top());
    QVERIFY(dividerRect.bottom() < remoteRect.top());
    QVERIFY(reader.window.rect().contains(reader.popupInWindow()));
    QCOMPARE(reader.popup()->list()->accessibleDescription(), u"2 found"_s);

    // Enter on the community's post opens it.
    reader.popup()->setCurrentRow(remote);
    QTest::keyClick(reader.search(), Qt::Key_Return);
    QTRY_VERIFY(
        reader.window.postPage() && reader.window.currentPage() == reader.window.postPage());
    QCOMPARE(reader.window.postPage()->postId(), serverOnly);
    QVERIFY(!reader.popup()->isVisible());
}

void TestSearchField::aBlockedPersonsPostsAreInNeitherPart()
{
    const qint64 theirs
        = publish(*m_nettle, u"Bramble note"_s, u"Saffronweed on the hill. #SearchBlocks"_s);
    const qint64 mine
        = publish(*m_author, u"Also bramble"_s, u"Saffronweed here too. #SearchBlocks"_s);
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"searchblocks"_s));
    QVERIFY(reader.signIn(u"maple_days"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.cached(theirs) && reader.cached(mine), Wait);
    reader.community.liveUpdates().setHiddenInterval(std::chrono::hours(1));
    reader.community.setWatched(false);
    const qint64 theirsRemote
        = publish(*m_nettle, u"Far bramble"_s, u"Saffronweed somewhere else. #SearchElsewhere"_s);
    QVERIFY(theirsRemote > 0);

    // Before the block both parts have them.
    QVERIFY(reader.type(u"saffronweed"_s));
    QVERIFY(reader.rowOf(Kind::Post, theirs) >= 0);
    QVERIFY(reader.rowOf(Kind::Post, theirsRemote) > reader.rowOfKind(Kind::Divider));
    QVERIFY(reader.type(u"nettleb"_s));
    QVERIFY(reader.rowOf(Kind::Person, m_nettleId) >= 0);

    User nettle{m_nettleId, u"nettlebrook"_s, u"Nettle Brook"_s, false};
    reader.window.block(nettle);
    auto *ask = reader.window.findChild<QMessageBox *>();
    QVERIFY(ask);
    for (QAbstractButton *button : ask->buttons()) {
        if (button->text() == u"Block"_s)
            button->click();
    }
    QVERIFY(reader.sent());

    QVERIFY(reader.type(u"saffronweed"_s));
    QVERIFY(reader.rowOfKind(Kind::Divider) >= 0);
    QVERIFY(reader.rowOf(Kind::Post, mine) >= 0);
    QCOMPARE(reader.rowOf(Kind::Post, theirs), -1);
    QCOMPARE(reader.rowOf(Kind::Post, theirsRemote), -1);
    QVERIFY(reader.type(u"nettleb"_s));
    QCOMPARE(reader.rowOf(Kind::Person, m_nettleId), -1);
}

void TestSearchField::aFoldedPostShowsFolded()
{
    const qint64 warned = publish(*m_author, u"The week in hospital"_s,
        u"Glimmerfen was all I could think of. #SearchFolds"_s,
        {{u"contentWarning"_s, u"a hard week"_s}});
    const qint64 muted = publish(
        *m_author, u"Pinecradle evenings"_s, u"Glimmerfen and pinecradle, again. #SearchFolds"_s);
    const qint64 plain
        = publish(*m_author, u"Open skies"_s, u"Glimmerfen in the morning. #SearchFolds"_s);
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"searchfolds"_s));
    reader.window.preferences().setMutedWords({u"pinecradle"_s});
    QTRY_VERIFY_WITH_TIMEOUT(
        reader.cached(warned) && reader.cached(muted) && reader.cached(plain), Wait);

    QVERIFY(reader.type(u"glimmerfen"_s));
    const SearchRow warnedRow = reader.results()->row(reader.rowOf(Kind::Post, warned));
    QVERIFY(warnedRow.folded);
    // As the feed folds its card, with the same words.
    const auto feedFold = [&reader](qint64 id) {
        FeedModel *feed = reader.window.topicPage()->model();
        return reader.window.care().postFold(feed->index(feed->rowOf(id)));
    };
    QVERIFY(feedFold(warned).folded && feedFold(muted).folded && !feedFold(plain).folded);
    QCOMPARE(warnedRow.text, feedFold(warned).summary());
    QVERIFY(warnedRow.text.contains(u"a hard week"_s));
    QVERIFY(!warnedRow.text.contains(u"hospital"_s));
    QVERIFY(warnedRow.detail.isEmpty());
    const SearchRow mutedRow = reader.results()->row(reader.rowOf(Kind::Post, muted));
    QVERIFY(mutedRow.folded);
    QCOMPARE(mutedRow.text, feedFold(muted).summary());
    QVERIFY(!mutedRow.text.contains(u"Pinecradle"_s, Qt::CaseInsensitive));
    QVERIFY(mutedRow.detail.isEmpty());
    const SearchRow plainRow = reader.results()->row(reader.rowOf(Kind::Post, plain));
    QVERIFY(!plainRow.folded);
    QCOMPARE(plainRow.text, u"Open skies"_s);
    // Nothing of a folded post reaches the screen reader either.
    for (const int row : {reader.rowOf(Kind::Post, warned), reader.rowOf(Kind::Post, muted)}) {
        const QString spoken
            = reader.results()->index(row, 0).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(!spoken.contains(u"hospital"_s) && !spoken.contains(u"Glimmerfen"_s)
                && !spoken.contains(u"inecradle"_s),
            qPrintable(spoken));
    }
}

void TestSearchField::theKeyboardFindsAndOpensThePost()
{
    const qint64 post
        = publish(*m_author, u"Lantern path"_s, u"Owlbreeze in the hedges tonight. #SearchKeys"_s);
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"searchkeys"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.cached(post), Wait);
    reader.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&reader.window));

    // Ctrl+K and Ctrl+F put the keyboard in the field; Escape leaves it.
    QTest::keyClick(&reader.window, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), reader.search());
    QTest::keyClicks(QApplication::focusWidget(), u"owlbree"_s);
    QTRY_VERIFY(reader.popup() && reader.popup()->isVisible());
    QTest::keyClick(reader.search(), Qt::Key_Escape);
    QVERIFY(!reader.popup()->isVisible());
    QVERIFY(QApplication::focusWidget() != reader.search());
    QTest::keyClick(&reader.window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), reader.search());
    QCOMPARE(reader.search()->selectedText(), u"owlbree"_s);

    // Down moves to the first result past its heading; Enter opens it.
    QTest::keyClicks(reader.search(), u"owlbreeze"_s);
    QTRY_VERIFY(reader.rowOf(Kind::Post, post) >= 0 && reader.popup()->isVisible());
    QTest::keyClick(reader.search(), Qt::Key_Down);
    QCOMPARE(reader.popup()->currentRow(), reader.rowOf(Kind::Post, post));
    QCOMPARE(reader.results()->row(reader.popup()->currentRow() - 1).kind, Kind::Heading);
    QTest::keyClick(reader.search(), Qt::Key_Up); // nothing above: it stays
    QCOMPARE(reader.popup()->currentRow(), reader.rowOf(Kind::Post, post));
    QTest::keyClick(reader.search(), Qt::Key_Return);
    QTRY_VERIFY(
        reader.window.postPage() && reader.window.currentPage() == reader.window.postPage());
    QCOMPARE(reader.window.postPage()->postId(), post);
    QVERIFY(!reader.popup()->isVisible());
}

void TestSearchField::topicsAndPeopleOpenTheirPlaces()
{
    const qint64 post
        = publish(*m_author, u"Harvest moon"_s, u"The sorrelwick fields at night. #SearchPlaces"_s);
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"searchplaces"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.cached(post), Wait);

    // A topic: found by its name, cached, and opened with Enter.
    QVERIFY(reader.type(u"searchplac"_s));
    const int topic = reader.rowOfKind(Kind::Topic);
    QVERIFY(topic >= 0);
    QCOMPARE(reader.results()->row(topic).key, u"searchplaces"_s);
    QCOMPARE(reader.results()->row(topic).remote, false);
    reader.window.openPost(post); // somewhere else first
    QTRY_COMPARE(reader.window.currentPage(), reader.window.postPage());
    QVERIFY(reader.type(u"searchplac"_s));
    reader.popup()->setCurrentRow(reader.rowOfKind(Kind::Topic));
    QTest::keyClick(reader.search(), Qt::Key_Return);
    QTRY_COMPARE(reader.window.currentPage(), reader.window.topicPage());
    QCOMPARE(reader.window.navigation().current().page, Location::Page::Topic);
    QCOMPARE(reader.window.navigation().current().feed.slug, u"searchplaces"_s);

    // A person: the author of a cached post, by a word of their name, opens their profile.
    QVERIFY(reader.type(u"lichen"_s));
    const int person = reader.rowOfKind(Kind::Person);
    QVERIFY(person >= 0);
    QCOMPARE(reader.results()->row(person).detail, u"@lichenwood"_s);
    QCOMPARE(reader.results()->row(person).remote, false);
    reader.popup()->setCurrentRow(person);
    QTest::keyClick(reader.search(), Qt::Key_Return);
    QTRY_COMPARE(reader.window.navigation().current().page, Location::Page::Profile);
    QCOMPARE(reader.window.navigation().current().handle, u"lichenwood"_s);

    // A click on a post's row opens it, as Enter does.
    QVERIFY(reader.type(u"sorrelwick"_s));
    const int row = reader.rowOf(Kind::Post, post);
    QVERIFY(row >= 0);
    const QRect rect = reader.shown(row);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(reader.popup()->list()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(reader.window.currentPage() == reader.window.postPage());
    QCOMPARE(reader.window.postPage()->postId(), post);
}

void TestSearchField::aStorysExcerptShowsWordsNotMarks()
{
    Post story;
    story.id = 7;
    story.kind = PostKind::Story;
    story.title = u"Month four"_s;
    story.body = u"It began slowly.\n\n## Then it got **quiet**\n\nAnd #Therapy helped."_s;
    const QString marked = SearchRow::markedExcerpt(story.body, u"quiet"_s);
    const SearchRow row = SearchRow::post(story, marked, {}, false);
    QCOMPARE(
        SearchRow::unmarked(row.detail), u"\u2026slowly. Then it got quiet And #Therapy helped."_s);
    QList<std::pair<int, int>> ranges;
    const QString plain = SearchRow::unmarked(row.detail, &ranges);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(plain.mid(ranges[0].first, ranges[0].second), u"quiet"_s);
    // A post is plain text: its characters are its words.
    story.kind = PostKind::Post;
    QVERIFY(SearchRow::post(story, marked, {}, false).detail.contains(u"## Then"_s));
}

QTEST_MAIN(TestSearchField)
#include "tst_search.moc"
