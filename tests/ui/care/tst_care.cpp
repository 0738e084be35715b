// Care and safety on the topic page and in the window, as a reader meets them, against a
// real hearth-server, real cache files and the real keychain: content warnings and
// sensitive hashtags fold cards, which open by click or by keyboard and stay open; a muted
// word folds the posts that use it; a sensitive photo stays blurred until it is chosen;
// quiet counts hide every number and reacting still works; a report is recorded on the
// server; a blocked person's posts leave the feed at once, offline too, and stay gone
// after a restart.

#include "../AppUnderTest.h"
#include "api/Post.h"
#include "care/ContentFold.h"
#include "models/CommentModel.h"
#include "models/FeedModel.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Account.h"
#include "sync/MediaImageCache.h"
#include "sync/Outbox.h"
#include "ui/care/Care.h"
#include "ui/care/CrisisNotice.h"
#include "ui/care/Preferences.h"
#include "ui/care/ReportDialog.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/feed/TopicPage.h"
#include "ui/post/CommentThreadView.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostView.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;

struct Reader : AppUnderTest
{
    Reader(const QUrl &server, const QString &dataDir)
        : AppUnderTest(server, dataDir, std::chrono::seconds(3))
    { }

    TopicPage *page() const { return window.topicPage(); }
    FeedModel *feed() const { return page()->model(); }
    PostCardDelegate *delegate() const
    {
        return static_cast<PostCardDelegate *>(page()->feedView()->itemDelegate());
    }
    QModelIndex row(qint64 postId) const
    {
        const int r = feed()->rowOf(postId);
        return r >= 0 ? feed()->index(r) : QModelIndex();
    }
    ContentFold fold(qint64 postId) const { return delegate()->foldOf(row(postId)); }
    QStyleOptionViewItem option(const QModelIndex &index) const
    {
        QListView *view = page()->feedView();
        view->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        option.widget = view;
        option.rect = view->visualRect(index);
        return option;
    }
    // Pure white pixels across the middle of the card's media area, as painted now: the
    // test photo's stripes have many; blurred, it has none.
    int whiteInMedia(qint64 postId) const
    {
        const QImage picture = mediaPicture(postId);
        int white = 0;
        for (int x = 0; x < picture.width(); ++x)
            white += picture.pixelColor(x, picture.height() / 2) == QColor(Qt::white);
        return white;
    }
    // What the card shows of the media area, as painted now.
    QImage mediaPicture(qint64 postId) const
    {
        const QModelIndex index = row(postId);
        const QRect media
            = delegate()->partRect(option(index), index, PostCardDelegate::Part::Media);
        return page()->feedView()->viewport()->grab(media).toImage();
    }
    // Clicks a part of a card, as a person would.
    void click(qint64 postId, PostCardDelegate::Part part) const
    {
        const QModelIndex index = row(postId);
        const QRect rect = delegate()->partRect(option(index), index, part);
        QTest::mouseClick(page()->feedView()->viewport(), Qt::LeftButton, {}, rect.center());
    }
};

// A picture with detail, so that a blurred copy of it is plainly not the same.
QByteArray stripes()
{
    QImage image(480, 320, QImage::Format_RGB32);
    QPainter painter(&image);
    for (int x = 0; x < image.width(); x += 16)
        painter.fillRect(x, 0, 8, image.height(), x % 32 ? QColor(0x2e, 0x4a, 0x3b) : Qt::white);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

class TestCare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void warningsAndSensitiveTagsFoldAndOpenByClickOrKey();
    void aMutedWordFoldsThePostsThatUseIt();
    void aSensitivePhotoIsBlurredUntilChosen();
    void quietCountsHideEveryNumber();
    void aReportIsRecordedOnTheServer();
    void aCommentIsReportedFromItsThread();
    void theCrisisNoticeCarriesTheChosenCountrysLines();
    void aBlockedPersonLeavesAtOnceOfflineAndAfterARestart();

private:
    // The reports the server recorded for a post or a comment: reason, note.
    QList<QStringList> reportsOn(const QString &column, qint64 id);
    qint64 publish(const QString &title, const QString &body, const QJsonObject &extra = {});

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_author; // writes the posts the reader meets
    qint64 m_authorId = 0;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestCare::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_author = std::make_unique<HttpClient>(m_server.url());
    const HttpClient::Reply registered = m_author->post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"willow_writes"_s}, {u"password"_s, u"a long enough password"_s},
            {u"displayName"_s, u"Willow"_s}});
    QCOMPARE(registered.status, 201);
    m_author->setToken(registered.json().value(u"token"_s).toString());
    m_authorId = registered.json().value(u"user"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(m_authorId > 0);
}

void TestCare::init()
{
    m_data = std::make_unique<QTemporaryDir>();
}

qint64 TestCare::publish(const QString &title, const QString &body, const QJsonObject &extra)
{
    QJsonObject post = newPost(title, body);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        post.insert(it.key(), it.value());
    return m_author->post(u"/api/v1/posts"_s, post).json().value(u"id"_s).toInteger();
}

void TestCare::warningsAndSensitiveTagsFoldAndOpenByClickOrKey()
{
    const qint64 warned = publish(u"The night it got bad"_s,
        u"What happened that week. #CareFolds"_s, {{u"contentWarning"_s, u"a hospital stay"_s}});
    const qint64 sensitive
        = publish(u"Still here"_s, u"Some days are heavy. #CareFolds #SelfHarm"_s);
    const qint64 plain = publish(u"A walk by the river"_s, u"Nothing heavy today. #CareFolds"_s);
    QVERIFY(warned > 0 && sensitive > 0 && plain > 0);

    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"carefolds"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.row(warned).isValid() && reader.row(sensitive).isValid()
            && reader.row(plain).isValid(),
        Wait);

    // Folded: why, and "Show post"; nothing of the title or the words.
    const ContentFold warning = reader.fold(warned);
    QVERIFY(warning.folded);
    QCOMPARE(warning.reason, ContentFold::Reason::ContentWarning);
    QStringList shown
        = reader.delegate()->shownText(reader.option(reader.row(warned)), reader.row(warned));
    QVERIFY2(shown.join(u' ').contains(u"a hospital stay"_s), qPrintable(shown.join(u'|')));
    QVERIFY(!shown.join(u' ').contains(u"The night it got bad"_s));
    QVERIFY(!shown.join(u' ').contains(u"What happened"_s));
    QCOMPARE(reader.fold(sensitive).reason, ContentFold::Reason::SensitiveTopic);
    QVERIFY(reader.fold(sensitive).folded);
    QVERIFY(!reader.fold(plain).folded);
    // A screen reader hears the fold, not the words.
    const QString spoken = reader.row(warned).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(u"a hospital stay"_s) && !spoken.contains(u"The night"_s),
        qPrintable(spoken));

    // A click on "Show post" opens the fold, and the card grows to show the post.
    const int foldedHeight = reader.option(reader.row(warned)).rect.height();
    reader.click(warned, PostCardDelegate::Part::ReadMore);
    QVERIFY(!reader.fold(warned).folded);
    QCOMPARE(reader.window.currentPage(), reader.page()); // it did not open the post
    QTRY_VERIFY(reader.option(reader.row(warned)).rect.height() > foldedHeight);
    shown = reader.delegate()->shownText(reader.option(reader.row(warned)), reader.row(warned));
    QVERIFY(shown.join(u' ').contains(u"The night it got bad"_s));

    // By keyboard: Enter on a folded card opens the fold; Enter again opens the post.
    QListView *view = reader.page()->feedView();
    view->setFocus();
    view->setCurrentIndex(reader.row(sensitive));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!reader.fold(sensitive).folded);
    QCOMPARE(reader.window.currentPage(), reader.page());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(reader.window.currentPage(), static_cast<QWidget *>(reader.window.postPage()));

    // Opened folds stay open when the page comes back.
    reader.window.openTopic(u"grief"_s);
    reader.window.openTopic(u"carefolds"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reader.row(warned).isValid(), Wait);
    QVERIFY(!reader.fold(warned).folded);
    QVERIFY(!reader.fold(sensitive).folded);
}

void TestCare::aMutedWordFoldsThePostsThatUseIt()
{
    const qint64 mentions
        = publish(u"Waiting rooms"_s, u"The hospital smell stays with me. #CareMutes"_s);
    const qint64 other = publish(u"Hospitality"_s, u"A kind host, a warm room. #CareMutes"_s);
    QVERIFY(mentions > 0 && other > 0);
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"caremutes"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.row(mentions).isValid() && reader.row(other).isValid(), Wait);
    QVERIFY(!reader.fold(mentions).folded);

    // In Settings, as a person would: type the word, press Enter.
    reader.window.showSettings();
    auto *settings = reader.window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    settings->muteField()->setFocus();
    QTest::keyClicks(settings->muteField(), u"Hospital"_s);
    QTest::keyClick(settings->muteField(), Qt::Key_Return);
    QCOMPARE(settings->mutedList()->count(), 1);
    QCOMPARE(reader.window.preferences().mutedWords(), QStringList{u"Hospital"_s});
    settings->close();

    // Whole words, any case: "hospital" folds, "Hospitality" does not.
    QTRY_VERIFY(reader.fold(mentions).folded);
    QCOMPARE(reader.fold(mentions).reason, ContentFold::Reason::MutedWord);
    QCOMPARE(reader.fold(mentions).summary(), u"Hidden: matches a muted word"_s);
    QVERIFY(!reader.fold(other).folded);
    // Kept in the settings file: a restart still folds it.
    reader.settings.sync();
    QSettings file(m_data->filePath(u"hearth.ini"_s), QSettings::IniFormat);
    QCOMPARE(file.value(u"care/mutedWords"_s).toStringList(), QStringList{u"Hospital"_s});
}

void TestCare::aSensitivePhotoIsBlurredUntilChosen()
{
    const HttpClient::Reply upload
        = m_author->send("POST", u"/api/v1/media"_s, stripes(), {{"Content-Type", "image/png"}});
    QCOMPARE(upload.status, 201);
    const qint64 mediaId = upload.json().value(u"id"_s).toInteger();
    const qint64 postId = publish(u"The view from the ward"_s, u"Stripes of light. #CareBlur"_s,
        {{u"media"_s,
            QJsonObject{{u"id"_s, mediaId}, {u"altText"_s, u"Blinds, light between them"_s},
                {u"sensitive"_s, true}}}});
    QVERIFY(postId > 0);

    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"careblur"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.row(postId).isValid(), Wait);
    Care &care = reader.window.care();
    QVERIFY(care.isBlurred(mediaId, true));
    // Once the picture has come, it is painted blurred: no stripe of white is left.
    QTRY_VERIFY_WITH_TIMEOUT(reader.delegate()->imageCache()->contains(mediaId), Wait);
    QCOMPARE(reader.whiteInMedia(postId), 0);

    // A click on it shows it, and opens nothing.
    reader.click(postId, PostCardDelegate::Part::Media);
    QVERIFY(!care.isBlurred(mediaId, true));
    QCOMPARE(reader.window.currentPage(), reader.page());
    const int width = reader.mediaPicture(postId).width();
    QTRY_VERIFY2(reader.whiteInMedia(postId) > width / 5,
        qPrintable(QString::number(reader.whiteInMedia(postId))));

    // The setting that shows sensitive photos without blur.
    QVERIFY(care.isBlurred(mediaId + 1'000, true));
    reader.window.preferences().setBlurSensitivePhotos(false);
    QVERIFY(!care.isBlurred(mediaId + 1'000, true));
}

void TestCare::quietCountsHideEveryNumber()
{
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"therapy"_s));
    QVERIFY(reader.signIn(u"maple_days"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.feed()->rowCount() > 3, Wait);
    // Find a card with reactions and comments to count.
    qint64 postId = 0;
    for (int r = 0; r < reader.feed()->rowCount() && postId == 0; ++r) {
        const QModelIndex index = reader.feed()->index(r);
        if (index.data(FeedModel::ReactionCountRole).toInt() > 0
            && index.data(FeedModel::CommentCountRole).toInt() > 0
            && !reader.delegate()->foldOf(index).folded)
            postId = index.data(FeedModel::IdRole).toLongLong();
    }
    QVERIFY(postId != 0);
    const QModelIndex index = reader.row(postId);
    QVERIFY(!reader.delegate()
                 ->partRect(reader.option(index), index, PostCardDelegate::Part::Counts)
                 .isEmpty());
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"reaction"_s));
    const QImage before = reader.page()
                              ->feedView()
                              ->viewport()
                              ->grab(reader.delegate()->partRect(
                                  reader.option(index), index, PostCardDelegate::Part::Card))
                              .toImage();

    // In Settings, as a person would.
    reader.window.showSettings();
    auto *settings = reader.window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    QTest::mouseClick(settings->quietCountsBox(), Qt::LeftButton, {},
        QPoint(8, settings->quietCountsBox()->height() / 2));
    QVERIFY(reader.window.preferences().quietCounts());
    settings->close();

    const QModelIndex quiet = reader.row(postId);
    QVERIFY(reader.delegate()
                ->partRect(reader.option(quiet), quiet, PostCardDelegate::Part::Counts)
                .isEmpty());
    const QString spoken = quiet.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(!spoken.contains(u"reaction"_s) && !spoken.contains(u"comment"_s), qPrintable(spoken));
    // The footer was painted without the numbers: the card looks different.
    const QImage after = reader.page()
                             ->feedView()
                             ->viewport()
                             ->grab(reader.delegate()->partRect(
                                 reader.option(quiet), quiet, PostCardDelegate::Part::Card))
                             .toImage();
    QVERIFY(after != before);

    // Reacting still works: a click gives (or takes back) the reader's reaction.
    const bool hadReacted = !quiet.data(FeedModel::MyReactionRole).toString().isEmpty();
    reader.click(postId, PostCardDelegate::Part::React);
    QVERIFY(reader.sent());
    HttpClient maple(m_server.url());
    const HttpClient::Reply login = maple.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"maple_days"_s}, {u"password"_s, u"hearth-demo"_s}});
    maple.setToken(login.json().value(u"token"_s).toString());
    const QJsonValue mine = maple.get(u"/api/v1/posts/%1"_s.arg(postId))
                                .json()
                                .value(u"reactions"_s)
                                .toObject()
                                .value(u"mine"_s);
    QCOMPARE(mine.isNull(), hadReacted);
    // Back as it was, for the other suites' demo data.
    reader.click(postId, PostCardDelegate::Part::React);
    QVERIFY(reader.sent());
}

void TestCare::aReportIsRecordedOnTheServer()
{
    const qint64 postId
        = publish(u"Selling miracle cures"_s, u"Buy now, cures all. #CareReports"_s);
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"carereports"_s));
    QVERIFY(reader.signIn(u"maple_days"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.row(postId).isValid(), Wait);

    reader.window.reportPost(postId);
    auto *dialog = reader.window.findChild<ReportDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->sendButton()->isEnabled()); // no reason yet
    dialog->reasons()->button(int(ReportReason::Misinformation))->click();
    dialog->noteField()->setPlainText(u"Promises a cure for depression."_s);
    QVERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(reader.sent());

    // What the server recorded, read from its database: once.
    QCOMPARE(reportsOn(u"post_id"_s, postId),
        QList<QStringList>({{u"misinformation"_s, u"Promises a cure for depression."_s}}));
}

QList<QStringList> TestCare::reportsOn(const QString &column, qint64 id)
{
    QList<QStringList> reports;
    {
        QSqlDatabase db = m_server.openDatabase(u"server"_s);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.exec(u"SELECT reason, note FROM reports WHERE %1 = %2"_s.arg(column).arg(id));
            while (query.next())
                reports.append({query.value(0).toString(), query.value(1).toString()});
        }
    }
    QSqlDatabase::removeDatabase(u"server"_s);
    return reports;
}

void TestCare::aCommentIsReportedFromItsThread()
{
    const qint64 postId
        = publish(u"A question about sleep"_s, u"Anyone else up at 3? #CareThreads"_s);
    const qint64 commentId = m_author
                                 ->post(u"/api/v1/posts/%1/comments"_s.arg(postId),
                                     {{u"body"_s, u"Buy my sleep course, link in profile."_s}})
                                 .json()
                                 .value(u"id"_s)
                                 .toInteger();
    QVERIFY(commentId > 0);
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"carethreads"_s));
    QVERIFY(reader.signIn(u"maple_days"_s));
    reader.window.openPost(postId);
    PostPage *post = reader.window.postPage();
    QTRY_VERIFY_WITH_TIMEOUT(post->threadView()->model()->rowCount() == 1, Wait);
    // Someone else's post offers More: Report post, Block. (The thread can arrive before the
    // post itself, which the page fetches when it opens.)
    QTRY_VERIFY_WITH_TIMEOUT(post->postView()->moreButton()->isVisible(), Wait);

    // The comment's menu, as the menu key or a right click shows it.
    const QModelIndex index = post->threadView()->listView()->model()->index(0, 0);
    std::unique_ptr<QMenu> menu(post->threadView()->createCommentMenu(index, post));
    QAction *report = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Report comment…"_s)
            report = action;
    }
    QVERIFY(report);
    report->trigger();
    auto *dialog = reader.window.findChild<ReportDialog *>();
    QVERIFY(dialog);
    dialog->reasons()->button(int(ReportReason::Spam))->click();
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(reader.sent());
    QCOMPARE(reportsOn(u"comment_id"_s, commentId), QList<QStringList>({{u"spam"_s, QString()}}));
}

void TestCare::theCrisisNoticeCarriesTheChosenCountrysLines()
{
    Reader reader(m_server.url(), m_data->path());
    QVERIFY(reader.open(u"selfharm"_s));
    QVERIFY(reader.signIn(u"maple_days"_s));
    QTRY_VERIFY_WITH_TIMEOUT(reader.feed()->rowCount() > 0, Wait);
    const qint64 milestone = reader.feed()->index(0).data(FeedModel::IdRole).toLongLong();

    // The country, chosen in Settings as a person would.
    reader.window.showSettings();
    auto *settings = reader.window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    const int germany = settings->countryBox()->findData(u"DE"_s);
    QVERIFY(germany > 0);
    settings->countryBox()->setCurrentIndex(germany);
    QCOMPARE(reader.window.care().crisisCountry(), u"DE"_s);
    settings->close();

    // The demo's milestone under #SelfHarm: folded, with the notice above it.
    reader.window.openPost(milestone);
    PostPage *post = reader.window.postPage();
    QTRY_VERIFY_WITH_TIMEOUT(
        post->postView()->crisisNotice() && post->postView()->crisisNotice()->isVisible(), Wait);
    QVERIFY(post->postView()->isFolded());
    const QString notice = post->postView()->crisisNotice()->plainText();
    QVERIFY2(notice.contains(u"0800 111 0 111"_s), qPrintable(notice));
    QVERIFY(notice.contains(u"not a crisis service"_s));

    // In the composer, a draft that reads like a crisis brings it too; posting stays open.
    ComposerDialog *composer = reader.window.openComposer(u"selfharm"_s);
    QVERIFY(composer);
    QTest::keyClicks(composer->titleField(), u"Tonight"_s);
    QTest::keyClicks(composer->bodyField(), u"I can't go on like this."_s);
    QTRY_VERIFY(composer->crisisNotice() && composer->crisisNotice()->isVisible());
    QVERIFY(composer->crisisNotice()->plainText().contains(u"TelefonSeelsorge"_s));
    QVERIFY(composer->canPost());
    composer->reject();
}

void TestCare::aBlockedPersonLeavesAtOnceOfflineAndAfterARestart()
{
    const qint64 first = publish(u"Loud opinions"_s, u"Everyone is wrong. #CareBlocks"_s);
    const qint64 second = publish(u"More loud opinions"_s, u"Still wrong. #CareBlocks"_s);
    HttpClient quiet(m_server.url());
    const HttpClient::Reply login = quiet.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"river_stone"_s}, {u"password"_s, u"hearth-demo"_s}});
    quiet.setToken(login.json().value(u"token"_s).toString());
    const qint64 kept
        = quiet.post(u"/api/v1/posts"_s, newPost(u"A quiet note"_s, u"Tea, rain. #CareBlocks"_s))
              .json()
              .value(u"id"_s)
              .toInteger();
    QVERIFY(first > 0 && second > 0 && kept > 0);
    const int port = m_server.url().port();
    {
        Reader reader(m_server.url(), m_data->path());
        QVERIFY(reader.open(u"careblocks"_s));
        QVERIFY(reader.signIn(u"maple_days"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reader.row(first).isValid() && reader.row(kept).isValid(), Wait);

        QVERIFY(m_server.stop()); // offline
        User willow;
        willow.id = reader.row(first).data(FeedModel::AuthorIdRole).toLongLong();
        willow.handle = reader.row(first).data(FeedModel::AuthorHandleRole).toString();
        willow.displayName = reader.row(first).data(FeedModel::AuthorNameRole).toString();
        QCOMPARE(willow.id, m_authorId);
        reader.window.block(willow);
        auto *ask = reader.window.findChild<QMessageBox *>();
        QVERIFY(ask);
        QVERIFY(ask->text().contains(u"Willow"_s));
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *button : ask->buttons()) {
            if (button->text() == u"Block"_s)
                yes = button;
        }
        QVERIFY(yes);
        yes->click();
        // At once, offline: their posts leave; others stay.
        QTRY_VERIFY(!reader.row(first).isValid() && !reader.row(second).isValid());
        QVERIFY(reader.row(kept).isValid());
    } // the app quits with the block waiting

    QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
        qPrintable(m_server.errorString()));
    HttpClient maple(m_server.url());
    const HttpClient::Reply mapleLogin = maple.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"maple_days"_s}, {u"password"_s, u"hearth-demo"_s}});
    maple.setToken(mapleLogin.json().value(u"token"_s).toString());
    const auto blockedOnServer = [&maple] {
        QList<qint64> ids;
        for (const QJsonValue &user :
            maple.get(u"/api/v1/me/blocks"_s).json().value(u"items"_s).toArray())
            ids.append(user.toObject().value(u"id"_s).toInteger());
        return ids;
    };
    {
        Reader reader(m_server.url(), m_data->path());
        QVERIFY(reader.open(u"careblocks"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reader.community.outbox() != nullptr, Wait);
        QVERIFY(reader.sent());
        QCOMPARE(blockedOnServer(), QList<qint64>{m_authorId});
        reader.window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(reader.row(kept).isValid(), Wait);
        QVERIFY(!reader.row(first).isValid() && !reader.row(second).isValid());

        // Unblock from the list in Settings: their posts come back.
        reader.window.showSettings();
        auto *settings = reader.window.findChild<SettingsDialog *>();
        QVERIFY(settings);
        QListWidget *list = settings->blockedList();
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"willow_writes"_s));
        list->setCurrentRow(0);
        QVERIFY(settings->unblockButton()->isEnabled());
        QTest::mouseClick(settings->unblockButton(), Qt::LeftButton);
        QVERIFY(reader.sent());
        QVERIFY(blockedOnServer().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reader.row(first).isValid() && reader.row(second).isValid(), Wait);
        QTRY_VERIFY(!settings->blockedList()->isEnabled()); // "You haven't blocked anyone."
    }
}

QTEST_MAIN(TestCare)
#include "tst_care.moc"
