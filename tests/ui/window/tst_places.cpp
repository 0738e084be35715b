// The places of issue 18, in the real window against a real hearth-server: the topic
// directory lists every topic the community has (more than one page of GET /topics), filters
// as the person types and joins from the list (the server says so); the Drafts page lists a
// composer draft and a comment draft, resumes and deletes them; a copied link opens the same
// post (or topic) in a fresh client on a fresh data folder, a comment's link opens its post,
// and a malformed link gives a clear message and changes nothing.

#include "../AppUnderTest.h"
#include "api/PlaceLink.h"
#include "cache/DraftStore.h"
#include "models/CommentModel.h"
#include "models/DraftListModel.h"
#include "models/FeedModel.h"
#include "models/TopicDirectoryModel.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "translations/Translations.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/directory/DirectoryPage.h"
#include "ui/directory/TopicRowDelegate.h"
#include "ui/drafts/DraftsPage.h"
#include "ui/feed/TopicHeader.h"
#include "ui/feed/TopicPage.h"
#include "ui/look/Metrics.h"
#include "ui/post/CommentBox.h"
#include "ui/post/CommentThreadView.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = AppUnderTest::WaitMs;

// The tags the suite adds: ten to a post, so that the community has more topics than one
// page of GET /topics holds (Limits::MaxPageSize).
constexpr int AddedTopics = 70;

QString addedTag(int n)
{
    return u"Tidepool%1"_s.arg(n);
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void closeMessageBoxes(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>())
        box->close();
}

} // namespace

class TestPlaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theDirectoryListsEveryTopicAndFilters();
    void joiningFromTheDirectoryReachesTheServer();
    void offlineTheDirectoryShowsWhatIsSaved();
    void theDescriptionIsCutToTwoLines();
    void draftsAreListedResumedAndDeleted();
    void aCopiedLinkOpensTheSamePlaceInAFreshClient();
    void malformedLinksAreRefusedPlainly();

private:
    QString loginToken(const QString &handle);
    // The rows of the directory in sight, each checked laid out whole: as tall as the
    // delegate asks, its Join button inside it and inside the view.
    QList<QModelIndex> checkVisibleRows(DirectoryPage *page);

    Translations m_english;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    QSet<QString> m_serverSlugs; // every topic the server lists
};

QString TestPlaces::loginToken(const QString &handle)
{
    const HttpClient::Reply login = m_http->post(
        u"/api/v1/auth/login"_s, {{u"handle"_s, handle}, {u"password"_s, u"hearth-demo"_s}});
    return login.status == 200 ? login.json().value(u"token"_s).toString() : QString();
}

void TestPlaces::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_http = std::make_unique<HttpClient>(m_server.url());
    m_http->setToken(loginToken(u"maple_days"_s));
    QVERIFY(!m_http->token().isEmpty());
    for (int first = 1; first <= AddedTopics; first += 10) {
        QJsonArray tags;
        for (int n = first; n < first + 10; ++n)
            tags.append(addedTag(n));
        const HttpClient::Reply made = m_http->post(u"/api/v1/posts"_s,
            {{u"kind"_s, u"post"_s}, {u"title"_s, u"Ten small tide pools, %1"_s.arg(first)},
                {u"body"_s, u"Counting the pools along the shore this morning."_s},
                {u"hashtags"_s, tags}});
        QCOMPARE(made.status, 201);
    }
    // Every topic the server has, as a client pages through them.
    QString cursor;
    int pages = 0;
    do {
        const HttpClient::Reply page = m_http->get(
            u"/api/v1/topics?limit=50"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        for (const QJsonValue item : page.json().value(u"items"_s).toArray())
            m_serverSlugs.insert(item.toObject().value(u"slug"_s).toString());
        cursor = page.json().value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty());
    QVERIFY2(pages > 1 && m_serverSlugs.size() > 50,
        qPrintable(u"%1 topics in %2 page(s)"_s.arg(m_serverSlugs.size()).arg(pages)));
}

QList<QModelIndex> TestPlaces::checkVisibleRows(DirectoryPage *page)
{
    QListView *view = page->view();
    const QRect sight = view->viewport()->rect();
    QList<QModelIndex> shown;
    for (int row = 0; row < page->rows()->rowCount(); ++row) {
        const QModelIndex index = page->rows()->index(row, 0);
        const QRect rect = view->visualRect(index);
        if (!rect.intersects(sight))
            continue;
        if (!shown.isEmpty() && view->visualRect(shown.constLast()).bottom() >= rect.top()) {
            qWarning() << "row" << row << "overlaps the one above";
            return {};
        }
        shown.append(index);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = rect;
        const QSize wanted = page->delegate()->sizeHint(option, index);
        if (rect.height() < wanted.height()) {
            qWarning() << "row" << row << "is" << rect.height() << "tall, needs" << wanted.height();
            return {};
        }
        const QRect join = page->delegate()->joinButtonRect(option, index);
        if (!rect.contains(join) || join.right() > sight.right()) {
            qWarning() << "row" << row << "button" << join << "outside" << rect << sight;
            return {};
        }
        // The name fits beside the button, not cut.
        const QFontMetrics name(Metrics::font(Metrics::TextRole::Label, view->font()));
        const int room = join.left() - rect.left() - 2 * Metrics::spaceL;
        if (name.horizontalAdvance(index.data(TopicDirectoryModel::NameRole).toString()) > room) {
            qWarning() << "row" << row << "name does not fit in" << room;
            return {};
        }
    }
    return shown;
}

void TestPlaces::theDirectoryListsEveryTopicAndFilters()
{
    QTemporaryDir data;
    AppUnderTest client(m_server.url(), data.path());
    client.window.resize(1000, 800);
    QVERIFY(client.open(u"therapy"_s));
    client.window.open(Location::directory());
    DirectoryPage *page = client.window.directoryPage();
    QVERIFY(page);
    QCOMPARE(client.window.currentPage(), page);
    QVERIFY(page->isVisible());
    TopicDirectoryModel *model = page->model();
    const auto slugs = [model] {
        QSet<QString> all;
        for (int row = 0; row < model->rowCount(); ++row)
            all.insert(model->index(row, 0).data(TopicDirectoryModel::SlugRole).toString());
        return all;
    };
    QTRY_COMPARE_WITH_TIMEOUT(slugs(), m_serverSlugs, Wait);
    QCOMPARE(model->rowCount(), m_serverSlugs.size());
    QVERIFY(page->filterField()->hasFocus());

    // Laid out: rows in sight, each whole.
    const QList<QModelIndex> shown = checkVisibleRows(page);
    QVERIFY(shown.size() >= 4);
    // And again once the window is wider, then narrower (descriptions take fewer or more
    // lines: the rows' heights follow).
    for (const int width : {1400, 700, 1280}) {
        client.window.resize(width, 800);
        QTRY_VERIFY2(checkVisibleRows(page).size() >= 3, qPrintable(u"at %1"_s.arg(width)));
    }
    client.window.resize(1000, 800);

    // Typing narrows the rows, on this computer: "tidepool6" is 6 and 60 to 69.
    QTest::keyClicks(page->filterField(), u"tidepool6"_s);
    QCOMPARE(page->rows()->rowCount(), 11);
    // Once the list is laid out again (it does that after the filter, not during it).
    QList<QModelIndex> narrowed;
    QTRY_VERIFY((narrowed = checkVisibleRows(page)).size() == 11);
    for (const QModelIndex &index : narrowed) {
        QVERIFY2(index.data(TopicDirectoryModel::SlugRole).toString().startsWith(u"tidepool6"_s),
            qPrintable(index.data(TopicDirectoryModel::SlugRole).toString()));
    }
    QVERIFY(page->noteLabel()->isHidden());

    // A word of a description finds its topic too.
    const QString description
        = m_http->get(u"/api/v1/topics/therapy"_s).json().value(u"description"_s).toString();
    QString word;
    for (const QString &candidate : description.split(u' ', Qt::SkipEmptyParts)) {
        if (candidate.size() >= 6 && candidate.front().isLetter() && candidate.back().isLetter()
            && !candidate.contains(u"therapy"_s, Qt::CaseInsensitive)) {
            word = candidate;
            break;
        }
    }
    QVERIFY2(!word.isEmpty(), qPrintable(description));
    page->filterField()->clear();
    QTest::keyClicks(page->filterField(), word.toUpper());
    bool found = false;
    for (int row = 0; row < page->rows()->rowCount(); ++row)
        found |= page->rows()->index(row, 0).data(TopicDirectoryModel::SlugRole) == u"therapy"_s;
    QVERIFY2(found, qPrintable(word));

    // Nothing matches: said so.
    page->filterField()->clear();
    QTest::keyClicks(page->filterField(), u"no such topic anywhere"_s);
    QCOMPARE(page->rows()->rowCount(), 0);
    QVERIFY(page->noteLabel()->isVisible());
    QVERIFY(page->noteLabel()->text().contains(u"No topic matches"_s));

    // Enter in the field opens the first match; a row's activation opens its topic.
    page->filterField()->clear();
    QTest::keyClicks(page->filterField(), u"tidepool42"_s);
    QCOMPARE(page->rows()->rowCount(), 1);
    QTest::keyClick(page->filterField(), Qt::Key_Return);
    QTRY_COMPARE(client.window.currentPage(), client.window.topicPage());
    QCOMPARE(client.window.topicPage()->slug(), u"tidepool42"_s);
}

void TestPlaces::joiningFromTheDirectoryReachesTheServer()
{
    QTemporaryDir data;
    AppUnderTest client(m_server.url(), data.path());
    client.window.resize(1000, 800);
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"quiet_harbour"_s));
    client.window.open(Location::directory());
    DirectoryPage *page = client.window.directoryPage();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(u"tidepool70"_s) >= 0, Wait);
    QTest::keyClicks(page->filterField(), u"tidepool70"_s);
    QCOMPARE(page->rows()->rowCount(), 1);
    const QModelIndex row = page->rows()->index(0, 0);
    QCOMPARE(row.data(TopicDirectoryModel::JoinedRole).toBool(), false);

    // From the keyboard: Down to the list, Space on the row.
    QTest::keyClick(page->filterField(), Qt::Key_Down);
    QVERIFY(page->view()->hasFocus());
    QCOMPARE(page->view()->currentIndex(), row);
    QTest::keyClick(page->view(), Qt::Key_Space);
    // At once on the row (the outbox applied it), then on the server.
    QTRY_VERIFY(page->rows()->index(0, 0).data(TopicDirectoryModel::JoinedRole).toBool());
    QVERIFY(client.sent());
    HttpClient harbour(m_server.url());
    harbour.setToken(loginToken(u"quiet_harbour"_s));
    const QJsonObject topic = harbour.get(u"/api/v1/topics/tidepool70"_s).json();
    QCOMPARE(topic.value(u"joined"_s).toBool(), true);
    QCOMPARE(topic.value(u"counts"_s).toObject().value(u"members"_s).toInteger(), 1);

    // The row's button, with the mouse, leaves it again.
    QStyleOptionViewItem option;
    option.initFrom(page->view());
    option.rect = page->view()->visualRect(page->rows()->index(0, 0));
    const QRect button = page->delegate()->joinButtonRect(option, page->rows()->index(0, 0));
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, button.center());
    QTRY_VERIFY(!page->rows()->index(0, 0).data(TopicDirectoryModel::JoinedRole).toBool());
    QVERIFY(client.sent());
    QCOMPARE(harbour.get(u"/api/v1/topics/tidepool70"_s).json().value(u"joined"_s).toBool(), false);
    // The click was the button's: the directory is still shown.
    QCOMPARE(client.window.currentPage(), page);
}

void TestPlaces::offlineTheDirectoryShowsWhatIsSaved()
{
    QTemporaryDir data;
    {
        AppUnderTest online(m_server.url(), data.path());
        QVERIFY(online.open(u"therapy"_s));
        online.window.open(Location::directory());
        QTRY_COMPARE_WITH_TIMEOUT(
            online.window.directoryPage()->model()->rowCount(), m_serverSlugs.size(), Wait);
        QVERIFY(online.window.directoryPage()->noteLabel()->isHidden());
    }
    AppUnderTest offline(m_server.url(), data.path());
    offline.community.setNetworkEnabled(false);
    QVERIFY(offline.open(u"therapy"_s));
    offline.window.open(Location::directory());
    DirectoryPage *page = offline.window.directoryPage();
    QCOMPARE(page->model()->rowCount(), m_serverSlugs.size());
    QVERIFY(page->noteLabel()->isVisible());
    QVERIFY2(page->noteLabel()->text().contains(u"topics saved on this computer"_s),
        qPrintable(page->noteLabel()->text()));
    // What a screen reader hears of a row: its name and what it is about, and whether joined.
    const int therapy
        = page->rows()
              ->mapFromSource(page->model()->index(page->model()->rowOf(u"therapy"_s), 0))
              .row();
    const QModelIndex row = page->rows()->index(therapy, 0);
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().startsWith(u"Therapy: "_s));
    QCOMPARE(row.data(Qt::AccessibleDescriptionRole).toString(), u"Not joined"_s);
}

void TestPlaces::theDescriptionIsCutToTwoLines()
{
    const QFont font = QGuiApplication::font();
    const QString longText
        = QString(u"A gentle place to talk about the small steps of every day. "_s).repeated(8);
    const QStringList lines = TopicRowDelegate::descriptionLines(longText, font, 300);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.last().endsWith(u'…'));
    for (const QString &line : lines)
        QVERIFY(QFontMetrics(font).horizontalAdvance(line) <= 300);
    QCOMPARE(TopicRowDelegate::descriptionLines(u"Short."_s, font, 300), QStringList{u"Short."_s});
    QVERIFY(TopicRowDelegate::descriptionLines(u"  "_s, font, 300).isEmpty());
}

void TestPlaces::draftsAreListedResumedAndDeleted()
{
    QTemporaryDir data;
    AppUnderTest client(m_server.url(), data.path());
    client.window.resize(1000, 800);
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"river_stone"_s));
    FeedModel *feed = client.window.topicPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(feed->rowCount() > 0, Wait);

    // A new post's draft, kept.
    const QString title = u"A gentle plan for the weekend"_s;
    ComposerDialog *composer = client.window.openComposer(u"therapy"_s);
    QTest::keyClicks(composer->titleField(), title);
    composer->reject();
    QVERIFY(composer->keepDraftQuestion());
    for (QAbstractButton *button : composer->keepDraftQuestion()->buttons()) {
        if (button->text() == u"&Keep"_s)
            button->click();
    }
    QTRY_VERIFY(!client.window.composer());

    // A comment's draft, written in a post's box.
    qint64 postId = 0;
    QString postTitle;
    for (int row = 0; row < feed->rowCount() && postId == 0; ++row) {
        const QModelIndex card = feed->index(row);
        if (card.data(FeedModel::IdRole).toLongLong() > 0
            && !card.data(FeedModel::TitleRole).toString().isEmpty()) {
            postId = card.data(FeedModel::IdRole).toLongLong();
            postTitle = card.data(FeedModel::TitleRole).toString();
        }
    }
    QVERIFY(postId > 0);
    client.window.openPost(postId);
    PostPage *post = client.window.postPage();
    QTRY_VERIFY(post && client.window.currentPage() == post);
    const QString words = u"Still thinking about what you said on Sunday"_s;
    QTRY_VERIFY_WITH_TIMEOUT(post->commentBox()->editor()->isEnabled(), Wait);
    post->commentBox()->editor()->setFocus();
    QTest::keyClicks(post->commentBox()->editor(), words);

    // The page lists both, newest first, and follows the comment's draft as it is saved.
    client.window.open(Location::drafts());
    DraftsPage *drafts = client.window.draftsPage();
    QVERIFY(drafts);
    QCOMPARE(client.window.currentPage(), drafts);
    DraftListModel *model = drafts->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, Wait);
    const QString commentKey = u"comment:post:%1"_s.arg(postId);
    QCOMPARE(model->index(0, 0).data(DraftListModel::KeyRole).toString(), commentKey);
    QVERIFY(model->index(0, 0)
                .data(DraftListModel::WhereRole)
                .toString()
                .startsWith(u"Comment on “"_s));
    QVERIFY(model->index(0, 0).data(DraftListModel::WhereRole).toString().contains(postTitle));
    QCOMPARE(model->index(0, 0).data(DraftListModel::FirstWordsRole).toString(), words);
    QCOMPARE(
        model->index(1, 0).data(DraftListModel::KeyRole).toString(), ComposerDialog::draftKey());
    QVERIFY(model->index(1, 0)
                .data(DraftListModel::WhereRole)
                .toString()
                .startsWith(u"New post in "_s));
    QVERIFY(model->index(1, 0).data(DraftListModel::WhereRole).toString().contains(u"Therapy"_s));
    QCOMPARE(model->index(1, 0).data(DraftListModel::FirstWordsRole).toString(), title);
    // Both rows in sight, each two lines tall at least (where, and the first words).
    QVERIFY(drafts->view()->isVisible());
    QVERIFY(drafts->emptyLabel()->isHidden());
    const int twoLines = 2 * drafts->view()->fontMetrics().height();
    for (int row = 0; row < 2; ++row) {
        const QRect rect = drafts->view()->visualRect(model->index(row, 0));
        QVERIFY2(drafts->view()->viewport()->rect().contains(rect) && rect.height() >= twoLines,
            qPrintable(u"row %1: %2 tall"_s.arg(row).arg(rect.height())));
    }

    // Enter on the post's draft: the composer with it. (The keys are the list's once the
    // window is active again, the composer gone.)
    client.window.activateWindow();
    QTRY_VERIFY(drafts->view()->hasFocus());
    drafts->view()->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(drafts->view(), Qt::Key_Return);
    QTRY_VERIFY(client.window.composer());
    composer = client.window.composer();
    QVERIFY(composer->restoredDraft());
    QCOMPARE(composer->titleField()->text(), title);
    composer->reject();
    for (QAbstractButton *button : composer->keepDraftQuestion()->buttons()) {
        if (button->text() == u"&Keep"_s)
            button->click();
    }
    QTRY_VERIFY(!client.window.composer());

    // Keeping it saved it again: it is the newest now, and heads the list.
    QCOMPARE(
        model->index(0, 0).data(DraftListModel::KeyRole).toString(), ComposerDialog::draftKey());

    // Enter on the comment's draft: the post, with the box holding the words.
    drafts->view()->setFocus();
    drafts->view()->setCurrentIndex(model->index(model->rowOf(commentKey), 0));
    QTest::keyClick(drafts->view(), Qt::Key_Return);
    QTRY_COMPARE(client.window.currentPage(), client.window.postPage());
    QCOMPARE(client.window.postPage()->postId(), postId);
    QCOMPARE(client.window.postPage()->commentBox()->text(), words);

    // Delete, after the question: the draft is gone from the list and from the store.
    client.window.open(Location::drafts());
    QCOMPARE(client.window.currentPage(), drafts);
    drafts->view()->setCurrentIndex(model->index(model->rowOf(commentKey), 0));
    QTest::keyClick(drafts->view(), Qt::Key_Delete);
    QTRY_VERIFY(drafts->deleteQuestion() && drafts->deleteQuestion()->isVisible());
    QCOMPARE(model->rowCount(), 2); // nothing yet
    for (QAbstractButton *button : drafts->deleteQuestion()->buttons()) {
        if (button->text() == u"Delete draft"_s)
            button->click();
    }
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(commentKey), -1);
    QVERIFY(!client.community.drafts().load(commentKey));
    QVERIFY(client.community.drafts().load(ComposerDialog::draftKey()));
}

void TestPlaces::aCopiedLinkOpensTheSamePlaceInAFreshClient()
{
    QTemporaryDir data;
    AppUnderTest client(m_server.url(), data.path());
    client.window.resize(1000, 800);
    QVERIFY(client.open(u"therapy"_s));
    FeedModel *feed = client.window.topicPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(feed->rowCount() > 0, Wait);
    // A post with comments, so that a comment's link can be copied too.
    qint64 postId = 0;
    QString title;
    for (int row = 0; row < feed->rowCount() && postId == 0; ++row) {
        const QModelIndex card = feed->index(row);
        if (card.data(FeedModel::CommentCountRole).toLongLong() > 0) {
            postId = card.data(FeedModel::IdRole).toLongLong();
            title = card.data(FeedModel::TitleRole).toString();
        }
    }
    QVERIFY(postId > 0);
    client.window.openPost(postId);
    PostPage *post = client.window.postPage();
    QTRY_VERIFY(post && post->postView()->moreButton()->isVisible());

    // The post view's "More" → Copy link.
    QGuiApplication::clipboard()->clear();
    QAction *copy = actionNamed(post->postView()->moreButton()->menu(), u"Copy &link"_s);
    QVERIFY(copy);
    copy->trigger();
    const QString postLink = QGuiApplication::clipboard()->text();
    QCOMPARE(postLink, PlaceLink::post(m_server.url(), postId).toString());

    // A comment's "…" → Copy link.
    CommentModel *thread = post->threadView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(thread->rowCount() > 0, Wait);
    const QModelIndex comment = thread->index(0, 0);
    const qint64 commentId = comment.data(CommentModel::IdRole).toLongLong();
    std::unique_ptr<QMenu> menu(post->threadView()->createCommentMenu(comment, post));
    QAction *copyComment = actionNamed(menu.get(), u"Copy link"_s);
    QVERIFY(copyComment && copyComment->isEnabled());
    copyComment->trigger();
    const QString commentLink = QGuiApplication::clipboard()->text();
    const std::optional<PlaceLink> parsed = PlaceLink::parse(commentLink);
    QVERIFY2(parsed, qPrintable(commentLink));
    QCOMPARE(parsed->postId, postId);
    QCOMPARE(parsed->commentId, commentId);

    // The topic header's Copy link.
    client.window.openTopic(u"therapy"_s);
    QTRY_COMPARE(client.window.currentPage(), client.window.topicPage());
    QTRY_VERIFY(client.window.topicPage()->header()->copyLinkButton()->isVisible());
    QTest::mouseClick(client.window.topicPage()->header()->copyLinkButton(), Qt::LeftButton);
    const QString topicLink = QGuiApplication::clipboard()->text();
    QCOMPARE(topicLink, PlaceLink::topic(m_server.url(), u"therapy"_s).toString());

    // A fresh client, on a fresh folder, shown another topic: the post's link shows the post.
    QTemporaryDir freshData;
    AppUnderTest fresh(m_server.url(), freshData.path());
    fresh.window.resize(1000, 800);
    QVERIFY(fresh.open(u"grief"_s));
    QCOMPARE(fresh.window.openPlaceLink(postLink), QString());
    QTRY_VERIFY(fresh.window.postPage() && fresh.window.currentPage() == fresh.window.postPage());
    QCOMPARE(fresh.window.postPage()->postId(), postId);
    QTRY_COMPARE_WITH_TIMEOUT(fresh.window.postPage()->postView()->titleText(), title, Wait);
    QVERIFY(fresh.window.postPage()->postView()->isVisible());

    // The comment's link opens its post.
    fresh.window.openTopic(u"grief"_s);
    QTRY_COMPARE(fresh.window.currentPage(), fresh.window.topicPage());
    QCOMPARE(fresh.window.openPlaceLink(commentLink), QString());
    QTRY_COMPARE(fresh.window.currentPage(), fresh.window.postPage());
    QCOMPARE(fresh.window.postPage()->postId(), postId);
    QCOMPARE(fresh.window.navigation().current().commentId, commentId);

    // The topic's link opens the topic.
    QCOMPARE(fresh.window.openPlaceLink(topicLink), QString());
    QTRY_COMPARE(fresh.window.currentPage(), fresh.window.topicPage());
    QCOMPARE(fresh.window.topicPage()->slug(), u"therapy"_s);
}

void TestPlaces::malformedLinksAreRefusedPlainly()
{
    QTemporaryDir data;
    AppUnderTest client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QWidget *before = client.window.currentPage();
    const QString community = m_server.url().toString();

    QString message = client.window.openPlaceLink(u"hearth:post/0?community="_s + community);
    QVERIFY2(message.contains(u"damaged"_s), qPrintable(message));
    message = client.window.openPlaceLink(u"hearth:post/12?comm"_s);
    QVERIFY2(message.contains(u"damaged"_s), qPrintable(message));
    message = client.window.openPlaceLink(u"https://community.example/post/12"_s);
    QVERIFY2(message.contains(u"not a Hearth link"_s), qPrintable(message));
    message = client.window.openPlaceLink(u"hearth:post/12?community=https://elsewhere.example"_s);
    QVERIFY2(message.contains(u"elsewhere.example"_s) && message.contains(u"--server"_s),
        qPrintable(message));
    // Said in the window too, and nothing moved.
    QTRY_VERIFY(!client.window.findChildren<QMessageBox *>().isEmpty());
    const QMessageBox *box = client.window.findChildren<QMessageBox *>().constLast();
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), message);
    QCOMPARE(client.window.currentPage(), before);
    QCOMPARE(client.window.navigation().current().page, Location::Page::Topic);
    closeMessageBoxes(&client.window);
}

QTEST_MAIN(TestPlaces)
#include "tst_places.moc"
