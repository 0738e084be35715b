// Taking part, as a person would, through the real widgets on the offscreen platform,
// against a real hearth-server (the demo community), real cache files and the real
// keychain: open a post from a card; react, change the kind and take it back; comment and
// reply; then all of it with the server stopped, the app restarted, and the server back:
// every write arrives exactly once.

#include "AppUnderTest.h"
#include "api/Limits.h"
#include "cache/FeedCache.h"
#include "models/CommentModel.h"
#include "models/FeedModel.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Account.h"
#include "sync/Community.h"
#include "sync/Outbox.h"
#include "translations/Translations.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/HashtagField.h"
#include "ui/compose/MediaPicker.h"
#include "ui/dialogs/UnsentDialog.h"
#include "ui/feed/TopicPage.h"
#include "ui/post/CommentBox.h"
#include "ui/post/CommentThreadView.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostView.h"
#include "ui/post/ReactionPill.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SignInDialog.h"
#include "ui/window/UnsentButton.h"

#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;

// The app, with what these tests do as a person would.
struct Client : AppUnderTest
{
    Client(const QUrl &server, const QString &dataDir)
        : AppUnderTest(server, dataDir, std::chrono::seconds(3))
    { }

    PostPage *post() const { return window.postPage(); }
    void comment(const QString &text)
    {
        QPlainTextEdit *box = post()->commentBox()->editor();
        box->setFocus();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
    }
};

} // namespace

class TestParticipation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openReactCommentAndReply();
    void composeEditAndDeleteAPostWithAPhoto();
    void offlineEverythingArrivesOnceAfterARestart();
    void aRefusedPostIsChangedAndSentAgain();
    void aRefusedCommentIsChangedAndSentAgain();
    void signedOutAReactionAndACommentAskToSignInFirst();

private:
    Translations m_english; // the English plural forms: "1 reaction", "2 reactions"
    QJsonObject serverPost(qint64 id);
    qint64 serverPostTitled(const QString &slug, const QString &title);
    QString writePhoto(const QTemporaryDir &dir);
    // Writes a post in the composer: a photo, and the hashtags #Therapy (prefilled) and #Grief.
    static void compose(Client &client, const QString &title, const QString &photo);
    QJsonArray serverComments(qint64 postId);
    int commentsSaying(qint64 postId, const QString &body);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestParticipation::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_http = std::make_unique<HttpClient>(m_server.url());
    const HttpClient::Reply login = m_http->post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"maple_days"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(login.status, 200);
    m_http->setToken(login.json().value(u"token"_s).toString());
}

QJsonObject TestParticipation::serverPost(qint64 id)
{
    return m_http->get(u"/api/v1/posts/%1"_s.arg(id)).json();
}

qint64 TestParticipation::serverPostTitled(const QString &slug, const QString &title)
{
    const QJsonArray items = m_http->get(u"/api/v1/topics/%1/feed?limit=50"_s.arg(slug))
                                 .json()
                                 .value(u"items"_s)
                                 .toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(u"title"_s).toString() == title)
            return item.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

QString TestParticipation::writePhoto(const QTemporaryDir &dir)
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(QColor(0x8c, 0xb3, 0x9a));
    QPainter painter(&image);
    painter.setBrush(QColor(0xf3, 0xe6, 0xc8));
    painter.drawEllipse(QPoint(320, 200), 120, 120);
    painter.end();
    const QString path = dir.filePath(u"garden.png"_s);
    return image.save(path) ? path : QString();
}

void TestParticipation::compose(Client &client, const QString &title, const QString &photo)
{
    ComposerDialog *composer = client.window.openComposer(u"therapy"_s);
    QVERIFY(composer);
    QTRY_VERIFY(composer->isVisible());
    // The topic's hashtag is prefilled (as the topic writes it once the cache knows it).
    QCOMPARE(composer->hashtagField()->text().trimmed().toLower(), u"#therapy"_s);
    QTest::keyClicks(composer->titleField(), title);
    QTest::keyClicks(composer->bodyField(), u"The first green shoots came up this week."_s);
    composer->hashtagField()->setText(u"#Therapy #Grief"_s);
    QVERIFY(composer->attachFile(photo));
    composer->mediaPicker()->altTextField()->setText(u"A pale circle on green"_s);
    QVERIFY2(composer->canPost(), qPrintable(composer->problem()));
    QTest::mouseClick(composer->postButton(), Qt::LeftButton);
    QTRY_VERIFY(!client.window.composer());
}

QJsonArray TestParticipation::serverComments(qint64 postId)
{
    return m_http->get(u"/api/v1/posts/%1/comments?limit=50"_s.arg(postId))
        .json()
        .value(u"items"_s)
        .toArray();
}

int TestParticipation::commentsSaying(qint64 postId, const QString &body)
{
    int count = 0;
    for (const QJsonValue &comment : serverComments(postId)) {
        if (comment.toObject().value(u"body"_s).toString() == body)
            ++count;
    }
    return count;
}

void TestParticipation::openReactCommentAndReply()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));

    // Open the first card with Enter, as a keyboard user would.
    TopicPage *page = client.window.topicPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, Wait);
    QListView *view = page->feedView();
    view->setFocus();
    view->setCurrentIndex(page->model()->index(0));
    const qint64 postId = page->model()->index(0).data(FeedModel::IdRole).toLongLong();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(client.window.currentPage(), client.post());
    QCOMPARE(client.post()->postId(), postId);

    // React, change the kind, take it back: each settles on the server.
    const auto mine = [this, postId] {
        return serverPost(postId).value(u"reactions"_s).toObject().value(u"mine"_s);
    };
    QTest::mouseClick(client.post()->postView()->reactionButton(ReactionKind::Hug), Qt::LeftButton);
    QTRY_VERIFY(client.post()->postView()->reactionButton(ReactionKind::Hug)->isChecked());
    QVERIFY(client.sent());
    QCOMPARE(mine().toString(), u"hug"_s);
    QTest::mouseClick(
        client.post()->postView()->reactionButton(ReactionKind::SendingStrength), Qt::LeftButton);
    QTRY_VERIFY(
        client.post()->postView()->reactionButton(ReactionKind::SendingStrength)->isChecked());
    QVERIFY(!client.post()->postView()->reactionButton(ReactionKind::Hug)->isChecked());
    QVERIFY(client.sent());
    QCOMPARE(mine().toString(), u"sending_strength"_s);
    QTest::mouseClick(
        client.post()->postView()->reactionButton(ReactionKind::SendingStrength), Qt::LeftButton);
    QTRY_VERIFY(
        !client.post()->postView()->reactionButton(ReactionKind::SendingStrength)->isChecked());
    QVERIFY(client.sent());
    QVERIFY(mine().isNull());

    // A comment, then a reply to it.
    client.comment(u"Thank you for writing this down."_s);
    QVERIFY(client.sent());
    QCOMPARE(commentsSaying(postId, u"Thank you for writing this down."_s), 1);
    CommentModel *thread = client.post()->threadView()->model();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < thread->rowCount(); ++i) {
                const QModelIndex index = thread->index(i);
                if (index.data(CommentModel::BodyRole).toString()
                        == u"Thank you for writing this down."_s
                    && index.data(CommentModel::IdRole).toLongLong() > 0)
                    row = i;
            }
            return row >= 0;
        }(),
        Wait);
    const qint64 commentId = thread->index(row).data(CommentModel::IdRole).toLongLong();
    client.post()->replyTo(commentId);
    client.comment(u"And thank you for reading it."_s);
    QVERIFY(client.sent());
    bool replied = false;
    for (const QJsonValue &comment : serverComments(postId)) {
        const QJsonObject object = comment.toObject();
        if (object.value(u"body"_s).toString() == u"And thank you for reading it."_s)
            replied = object.value(u"parentId"_s).toInteger() == commentId;
    }
    QVERIFY(replied);
}

void TestParticipation::composeEditAndDeleteAPostWithAPhoto()
{
    QTemporaryDir data;
    const QString photo = writePhoto(data);
    QVERIFY(!photo.isEmpty());
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));

    compose(client, u"Shoots in the garden"_s, photo);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(client.sent());
    // On both topic pages, on the server and in the window, with its photo.
    const qint64 id = serverPostTitled(u"therapy"_s, u"Shoots in the garden"_s);
    QVERIFY(id > 0);
    QCOMPARE(serverPostTitled(u"grief"_s, u"Shoots in the garden"_s), id);
    const QJsonObject media = serverPost(id).value(u"media"_s).toObject();
    QCOMPARE(media.value(u"altText"_s).toString(), u"A pale circle on green"_s);
    QCOMPARE(m_http->get(u"/api/v1/media/%1"_s.arg(media.value(u"id"_s).toInteger())).status, 200);
    for (const QString &slug : {u"grief"_s, u"therapy"_s}) {
        client.window.openTopic(slug);
        QTRY_VERIFY_WITH_TIMEOUT(client.window.topicPage()->model()->rowOf(id) >= 0, Wait);
    }

    // Edit it: "(edited)" shows afterwards.
    client.window.openPost(id);
    QTRY_VERIFY(client.post()->postView()->editPostButton()->isVisible());
    QTest::mouseClick(client.post()->postView()->editPostButton(), Qt::LeftButton);
    ComposerDialog *editor = client.window.composer();
    QVERIFY(editor);
    QCOMPARE(editor->editedPostId(), id);
    QCOMPARE(editor->titleField()->text(), u"Shoots in the garden"_s);
    editor->bodyField()->setPlainText(u"The first green shoots came up this week, and a bud."_s);
    editor->post();
    QVERIFY(client.sent());
    QVERIFY(!serverPost(id).value(u"editedAt"_s).isNull());
    QCOMPARE(serverPost(id).value(u"body"_s).toString(),
        u"The first green shoots came up this week, and a bud."_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        client.post()->postView()->headlineText().contains(u"(edited)"_s), Wait);

    // Delete it, after saying yes.
    QString asked;
    client.post()->setDeleteConfirmation(
        [&asked](const QString &question, std::function<void()> proceed) {
            asked = question;
            proceed();
        });
    QTest::mouseClick(client.post()->postView()->deletePostButton(), Qt::LeftButton);
    QVERIFY(asked.contains(u"Shoots in the garden"_s));
    QVERIFY(client.sent());
    QCOMPARE(m_http->get(u"/api/v1/posts/%1"_s.arg(id)).status, 404);
    QCOMPARE(client.window.currentPage(), client.window.topicPage());
    QTRY_COMPARE(client.window.topicPage()->model()->rowOf(id), -1);
}

void TestParticipation::offlineEverythingArrivesOnceAfterARestart()
{
    QTemporaryDir data;
    const int port = m_server.url().port();
    // Two posts of the person's own, written earlier from another device: one to change
    // and one to take back, in the tunnel.
    const auto publish = [this](const QString &title) {
        return m_http->post(
                         u"/api/v1/posts"_s, newPost(title, u"Written before the trip. #Grief"_s))
            .json()
            .value(u"id"_s)
            .toInteger();
    };
    const qint64 toChange = publish(u"To change in the tunnel"_s);
    const qint64 toTakeBack = publish(u"To take back in the tunnel"_s);
    QVERIFY(toChange > 0 && toTakeBack > 0);
    const qint64 versionBefore = serverPost(toChange).value(u"version"_s).toInteger();
    qint64 postId = 0;
    {
        Client client(m_server.url(), data.path());
        QVERIFY(client.open(u"grief"_s));
        QVERIFY(client.signIn(u"maple_days"_s));
        FeedModel *feed = client.window.topicPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(feed->rowOf(toChange) >= 0 && feed->rowOf(toTakeBack) >= 0, Wait);
        postId = feed->index(feed->rowCount() - 1).data(FeedModel::IdRole).toLongLong();
        client.window.openPost(postId);
        QTRY_VERIFY_WITH_TIMEOUT(!client.post()->postView()->titleText().isEmpty(), Wait);

        QVERIFY(m_server.stop()); // the train enters the tunnel
        QTest::mouseClick(
            client.post()->postView()->reactionButton(ReactionKind::ThinkingOfYou), Qt::LeftButton);
        client.comment(u"Written in the tunnel."_s);
        // The comment shows at once, pending, and the reply goes under it.
        CommentModel *thread = client.post()->threadView()->model();
        QTRY_VERIFY(thread->rowCount() > 0);
        qint64 localId = 0;
        for (int i = 0; i < thread->rowCount(); ++i) {
            const QModelIndex index = thread->index(i);
            if (index.data(CommentModel::BodyRole).toString() == u"Written in the tunnel."_s)
                localId = index.data(CommentModel::IdRole).toLongLong();
        }
        QVERIFY2(localId < 0, "a comment written offline has a local id");
        client.post()->replyTo(localId);
        client.comment(u"A reply, also in the tunnel."_s);
        QVERIFY(
            client.post()->postView()->reactionButton(ReactionKind::ThinkingOfYou)->isChecked());
        compose(client, u"Written offline, with a photo"_s, writePhoto(data));
        if (QTest::currentTestFailed())
            return;

        // My own posts: one changed, one deleted; each shows so at once.
        client.window.openPost(toChange);
        QTRY_VERIFY(client.post()->postView()->editPostButton()->isVisible());
        QTest::mouseClick(client.post()->postView()->editPostButton(), Qt::LeftButton);
        ComposerDialog *editor = client.window.composer();
        QVERIFY(editor);
        editor->bodyField()->setPlainText(u"Changed with no signal. #Grief"_s);
        editor->post();
        QTRY_VERIFY(client.post()->postView()->headlineText().contains(u"(edited)"_s));
        QVERIFY(client.post()->postView()->headlineText().contains(u"Waiting to send"_s));
        client.window.openPost(toTakeBack);
        QTRY_VERIFY(client.post()->postView()->deletePostButton()->isVisible());
        client.post()->setDeleteConfirmation(
            [](const QString &, std::function<void()> proceed) { proceed(); });
        QTest::mouseClick(client.post()->postView()->deletePostButton(), Qt::LeftButton);
        QTRY_COMPARE(client.window.topicPage()->model()->rowOf(toTakeBack), -1);

        QTRY_COMPARE(client.community.outbox()->pendingCount(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(
            client.window.syncStatusText().contains(u"6 changes waiting"_s), Wait);
    } // the app quits

    QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
        qPrintable(m_server.errorString()));
    {
        Client client(m_server.url(), data.path());
        QVERIFY(client.open(u"grief"_s));
        // The account comes back from the keychain, and its writes go out.
        QTRY_VERIFY_WITH_TIMEOUT(client.community.outbox() != nullptr, Wait);
        QVERIFY(client.sent());
    }
    QCOMPARE(commentsSaying(postId, u"Written in the tunnel."_s), 1);
    const qint64 offlinePost = serverPostTitled(u"grief"_s, u"Written offline, with a photo"_s);
    QVERIFY(offlinePost > 0);
    QCOMPARE(serverPostTitled(u"therapy"_s, u"Written offline, with a photo"_s), offlinePost);
    int copies = 0;
    for (const QJsonValue &item :
        m_http->get(u"/api/v1/topics/grief/feed?limit=50"_s).json().value(u"items"_s).toArray())
        copies
            += item.toObject().value(u"title"_s).toString() == u"Written offline, with a photo"_s;
    QCOMPARE(copies, 1);
    QVERIFY(serverPost(offlinePost).value(u"media"_s).toObject().value(u"id"_s).toInteger() > 0);
    QCOMPARE(commentsSaying(postId, u"A reply, also in the tunnel."_s), 1);
    qint64 parentId = 0;
    qint64 replyParent = -1;
    for (const QJsonValue &comment : serverComments(postId)) {
        const QJsonObject object = comment.toObject();
        if (object.value(u"body"_s).toString() == u"Written in the tunnel."_s)
            parentId = object.value(u"id"_s).toInteger();
        if (object.value(u"body"_s).toString() == u"A reply, also in the tunnel."_s)
            replyParent = object.value(u"parentId"_s).toInteger();
    }
    QCOMPARE(replyParent, parentId);
    QCOMPARE(serverPost(postId).value(u"reactions"_s).toObject().value(u"mine"_s).toString(),
        u"thinking_of_you"_s);
    // The change arrived once (one new version), the deleted post is gone.
    const QJsonObject changed = serverPost(toChange);
    QCOMPARE(changed.value(u"body"_s).toString(), u"Changed with no signal. #Grief"_s);
    QVERIFY(!changed.value(u"editedAt"_s).isNull());
    QCOMPARE(changed.value(u"version"_s).toInteger(), versionBefore + 1);
    QCOMPARE(m_http->get(u"/api/v1/posts/%1"_s.arg(toTakeBack)).status, 404);
}

void TestParticipation::aRefusedPostIsChangedAndSentAgain()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));
    // A post without a hashtag: the community refuses it (the composer would not allow it,
    // but an older client's outbox might hold one).
    NewPost homeless;
    homeless.kind = PostKind::Post;
    homeless.title = u"A post with no home yet"_s;
    homeless.body = u"Somewhere to put this."_s;
    client.community.outbox()->createPost(homeless);
    QTRY_VERIFY_WITH_TIMEOUT(client.window.unsentButton()->isVisible(), Wait);
    QCOMPARE(client.window.unsentButton()->text(), u"1 change not sent"_s);

    QTest::mouseClick(client.window.unsentButton(), Qt::LeftButton);
    UnsentDialog *dialog = client.window.findChild<UnsentDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->count(), 1);
    QVERIFY(dialog->list()->item(0)->text().contains(u"A post with no home yet"_s));
    QVERIFY(dialog->list()->item(0)->text().contains(u"The community said:"_s));
    QPushButton *change = dialog->changeButton();
    QCOMPARE(change->text(), u"&Change…"_s);
    QTest::mouseClick(change, Qt::LeftButton);

    ComposerDialog *composer = client.window.composer();
    QVERIFY(composer);
    QCOMPARE(composer->titleField()->text(), u"A post with no home yet"_s);
    composer->hashtagField()->setText(u"#Therapy"_s);
    QVERIFY2(composer->canPost(), qPrintable(composer->problem()));
    QTest::mouseClick(composer->postButton(), Qt::LeftButton);
    QVERIFY(client.sent());
    QTRY_VERIFY(!client.window.unsentButton()->isVisible());
    QVERIFY(client.community.outbox()->failedWrites().isEmpty());
    QVERIFY(serverPostTitled(u"therapy"_s, u"A post with no home yet"_s) > 0);
}

void TestParticipation::aRefusedCommentIsChangedAndSentAgain()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));
    TopicPage *page = client.window.topicPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, Wait);
    const qint64 postId = page->model()->index(0).data(FeedModel::IdRole).toLongLong();
    // A comment longer than the community takes (the box would not send it, but an older
    // client's outbox might hold one).
    QString tooLong;
    while (tooLong.size() <= Limits::MaxCommentLength)
        tooLong += u"So many words, all of them meant. "_s;
    client.community.outbox()->createComment(postId, NewComment{tooLong, std::nullopt, {}});
    QTRY_VERIFY_WITH_TIMEOUT(client.window.unsentButton()->isVisible(), Wait);

    QTest::mouseClick(client.window.unsentButton(), Qt::LeftButton);
    UnsentDialog *dialog = client.window.findChild<UnsentDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->count(), 1);
    QPushButton *change = dialog->changeButton();
    QCOMPARE(change->text(), u"&Change…"_s);
    QVERIFY(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);

    // The post opens with the words back in the box, ready to be made shorter.
    QCOMPARE(client.window.currentPage(), client.post());
    QCOMPARE(client.post()->postId(), postId);
    QPlainTextEdit *box = client.post()->commentBox()->editor();
    QCOMPARE(box->toPlainText(), tooLong);
    QVERIFY(box->hasFocus() || !box->isActiveWindow());
    box->selectAll();
    QTest::keyClicks(box, u"Fewer words, all of them meant."_s);
    QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(client.sent());
    QTRY_VERIFY(!client.window.unsentButton()->isVisible());
    QVERIFY(client.community.outbox()->failedWrites().isEmpty());
    QCOMPARE(commentsSaying(postId, u"Fewer words, all of them meant."_s), 1);
    // The refused copy left the thread too.
    CommentModel *thread = client.post()->threadView()->model();
    for (int i = 0; i < thread->rowCount(); ++i)
        QVERIFY(thread->index(i).data(CommentModel::BodyRole).toString() != tooLong);
}

void TestParticipation::signedOutAReactionAndACommentAskToSignInFirst()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    TopicPage *page = client.window.topicPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 1, Wait);
    const qint64 postId = page->model()->index(1).data(FeedModel::IdRole).toLongLong();
    client.window.openPost(postId);

    // Words written signed out stay in the box when the person decides not to sign in.
    client.comment(u"Written before signing in."_s);
    SignInDialog *dialog = client.window.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QCOMPARE(client.post()->commentBox()->editor()->toPlainText(), u"Written before signing in."_s);

    // A reaction asks too, and is given once the person has signed in.
    QTest::mouseClick(
        client.post()->postView()->reactionButton(ReactionKind::MeToo), Qt::LeftButton);
    QTRY_VERIFY(dialog->isVisible());
    dialog->handleField()->setText(u"river_stone"_s);
    dialog->passwordField()->setText(u"hearth-demo"_s);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(client.community.isSignedIn(), Wait);
    QVERIFY(client.sent());
    HttpClient river(m_server.url());
    const HttpClient::Reply login = river.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"river_stone"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(login.status, 200);
    river.setToken(login.json().value(u"token"_s).toString());
    QCOMPARE(river.get(u"/api/v1/posts/%1"_s.arg(postId))
                 .json()
                 .value(u"reactions"_s)
                 .toObject()
                 .value(u"mine"_s)
                 .toString(),
        u"me_too"_s);
    // The page was built again for the account, on the same post.
    QCOMPARE(client.post()->postId(), postId);
    QTRY_VERIFY2(client.post()->postView()->reactionButton(ReactionKind::MeToo)->isChecked(),
        qPrintable(client.post()->postView()->titleText() + u" | "_s
            + client.post()->postView()->countsText() + u" | "_s
            + client.post()->postView()->reactionButton(ReactionKind::MeToo)->text()));
    QCOMPARE(commentsSaying(postId, u"Written before signing in."_s), 0);
    QTest::mouseClick(
        client.post()->postView()->reactionButton(ReactionKind::MeToo), Qt::LeftButton);
    QVERIFY(client.sent());
}

QTEST_MAIN(TestParticipation)
#include "tst_participation.moc"
