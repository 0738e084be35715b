// After a repair at startup the window says so, once and calmly, in words a person reads:
// what was repaired, that saved posts come back from the community, and whether any unsent
// change could not be recovered. The empty feed does not claim that nothing was ever saved.
// The real window on the offscreen platform, over cache files damaged here, offline.

#include "../AppUnderTest.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheHealthCheck.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"
#include "models/FeedModel.h"
#include "translations/Translations.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/feed/TopicPage.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestRecoveryNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhatWasRepairedOnce_data();
    void saysWhatWasRepairedOnce();
    void saysNothingWhenNothingWasRepaired();
    void saysSoWhenDamageIsFoundAfterTheWindowIsUp();

private:
    Translations m_english; // the English plural forms
};

namespace {

// Nobody listens here: the window works from its files alone.
const QUrl Server(u"http://127.0.0.1:9"_s);

void zeroHeader(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QCOMPARE(file.write(QByteArray(100, '\0')), 100);
}

// The signed-out cache of a past session: Therapy and a post in it, and a draft.
void seed(const QString &dataDir)
{
    CacheDatabase database;
    QVERIFY(database.open(CacheDatabase::fileName(dataDir, Server, {})));
    FeedCache feed(database.connection());
    QVERIFY(
        feed.storeTopic(Topic{u"therapy"_s, u"Therapy"_s, u"Therapy"_s, {}, {3, 1, 0, 0}, false}));
    Post post;
    post.id = 1;
    post.author = User{2, u"river_stone"_s, u"River"_s, false};
    post.title = u"Saved for the train"_s;
    post.body = u"Read offline. #Therapy"_s;
    post.hashtags = {u"Therapy"_s};
    post.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(feed.storePosts({post}));
    QVERIFY(DraftStore(database.connection())
                .save(u"post:new"_s, QJsonObject{{u"title"_s, u"A slow morning"_s}}));
}

// The notice's words as shown, or empty when it is not shown.
QString shownNotice(const MainWindow &window)
{
    const auto *notice = window.findChild<QWidget *>(u"recoveryNotice"_s);
    const auto *text = window.findChild<QLabel *>(u"recoveryNoticeText"_s);
    if (!notice || !text || !notice->isVisible())
        return {};
    return text->text();
}

} // namespace

void TestRecoveryNotice::saysWhatWasRepairedOnce_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QString>("emptyFeed"); // what the empty feed says; empty: cards show
    QTest::newRow("cache damaged")
        << u"cache"_s
        << QStringList{u"Hearth found its saved copy of the community damaged and made a fresh one."_s,
               u"Saved posts come back from the community as soon as Hearth can reach it."_s,
               u"Your unsent changes and drafts were not affected."_s}
        << u"Hearth repaired its saved copy of the community, so nothing from therapy is on "
           "this computer right now. Saved posts come back once you're connected."_s;
    QTest::newRow("words file damaged")
        << u"words"_s
        << QStringList{u"Hearth found the file that keeps your unsent changes and drafts "
                       "damaged, and repaired it."_s,
               u"All your unsent changes and drafts were recovered."_s}
        << QString();
    QTest::newRow("words file gone")
        << u"words-gone"_s
        << QStringList{u"Hearth could not find the file that keeps your unsent changes and "
                       "drafts, and started a new one."_s,
               u"Some of your unsent changes or drafts may not have been recovered. "
               "Please look over what you wrote recently."_s}
        << QString();
}

void TestRecoveryNotice::saysWhatWasRepairedOnce()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, says);
    QFETCH(QString, emptyFeed);

    QTemporaryDir data;
    seed(data.path());
    if (QTest::currentTestFailed())
        return;
    const QString cache = CacheDatabase::fileName(data.path(), Server, {});
    const QString words = QString(cache).replace(u".sqlite"_s, u".words.sqlite"_s);
    QVERIFY(QFile::exists(words) || damage == u"cache");
    if (damage == u"cache")
        zeroHeader(cache);
    else if (damage == u"words")
        zeroHeader(words);
    else
        QVERIFY(QFile::remove(words));
    if (QTest::currentTestFailed())
        return;

    {
        AppUnderTest app(Server, data.path());
        app.community.setNetworkEnabled(false);
        QVERIFY(app.open(u"therapy"_s));
        const QString notice = shownNotice(app.window);
        for (const QString &sentence : says)
            QVERIFY2(notice.contains(sentence), qPrintable(notice));
        // Calm: a panel in the window, not a dialog in the way; above the page, in full.
        const auto *panel = app.window.findChild<QWidget *>(u"recoveryNotice"_s);
        QVERIFY(panel);
        QVERIFY(!panel->isWindow());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        const QLabel *label = app.window.findChild<QLabel *>(u"recoveryNoticeText"_s);
        QVERIFY(label->height() >= label->heightForWidth(label->width()));
        QWidget *page = app.window.currentPage();
        QVERIFY(panel->mapTo(&app.window, QPoint(0, panel->height())).y()
            <= page->mapTo(&app.window, QPoint(0, 0)).y());
        QCOMPARE(app.window.topicPage()->emptyStateText(), emptyFeed);
        if (!emptyFeed.isEmpty())
            QVERIFY(!app.window.topicPage()->emptyStateText().contains(
                u"saved on this computer yet"_s));

        // The person closes it: it goes.
        auto *close = panel->findChild<QPushButton *>();
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!panel->isVisible());
    }

    // Once: the next start has nothing to repair and says nothing.
    AppUnderTest again(Server, data.path());
    again.community.setNetworkEnabled(false);
    QVERIFY(again.open(u"therapy"_s));
    QCOMPARE(shownNotice(again.window), QString());
}

void TestRecoveryNotice::saysNothingWhenNothingWasRepaired()
{
    QTemporaryDir data;
    seed(data.path());
    if (QTest::currentTestFailed())
        return;
    AppUnderTest app(Server, data.path());
    app.community.setNetworkEnabled(false);
    QVERIFY(app.open(u"therapy"_s));
    QCOMPARE(shownNotice(app.window), QString());
    QTRY_COMPARE(app.window.topicPage()->model()->rowCount(), 1);
}

// A session that ended uncleanly on a disk that lost pages of posts: the window opens from
// the cache as it is, and the check after the first paint finds the damage. The repair waits
// while the person writes, then the window is built anew on a fresh cache and says so.
void TestRecoveryNotice::saysSoWhenDamageIsFoundAfterTheWindowIsUp()
{
    QTemporaryDir data;
    seed(data.path());
    if (QTest::currentTestFailed())
        return;
    const QString cache = CacheDatabase::fileName(data.path(), Server, {});
    {
        CacheDatabase database;
        QVERIFY(database.open(cache));
        QList<Post> posts;
        for (int i = 2; i <= 400; ++i) {
            Post post;
            post.id = i;
            post.author = User{3, u"fern"_s, u"Fern"_s, false};
            post.title = u"A note from the waiting room %1"_s.arg(i);
            post.body = QString(u"Breathing slowly and counting the tiles. "_s).repeated(40);
            post.hashtags = {u"Therapy"_s};
            post.createdAt = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
            posts.append(post);
        }
        QVERIFY(FeedCache(database.connection()).storePosts(posts));
    }
    QVERIFY(QFile::remove(CacheDatabase::cleanMarkPath(cache)));
    {
        constexpr qint64 page = 4096;
        const qint64 size = QFileInfo(cache).size();
        const qint64 from = (size * 2 / 5) / page * page;
        QFile file(cache);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QRandomGenerator random(5);
        QByteArray garbage((size / 5) / page * page, Qt::Uninitialized);
        for (char &byte : garbage)
            byte = char(random.bounded(256));
        QVERIFY(file.seek(from));
        QCOMPARE(file.write(garbage), garbage.size());
    }

    AppUnderTest app(Server, data.path());
    app.community.setNetworkEnabled(false);
    QVERIFY(app.open(u"therapy"_s));
    QCOMPARE(shownNotice(app.window), QString());
    QCOMPARE(app.community.account().cache().check(), CacheDatabase::Check::Later);

    // The person is writing when the check (started after the first paint, as main() does)
    // comes back.
    QPointer<ComposerDialog> composer = app.window.openComposer(u"therapy"_s);
    QVERIFY(composer);
    QSignalSpy damaged(&app.community, &Community::cacheDamaged);
    QSignalSpy switched(&app.community, &Community::switched);
    app.community.startHealthChecks();
    QVERIFY(damaged.wait(60'000));
    QCOMPARE(switched.count(), 0);
    QCOMPARE(shownNotice(app.window), QString());
    QVERIFY(composer);

    // Done writing: the draft is kept, the composer goes, and the repair follows.
    const QList<DraftStore::Draft> drafts = app.community.drafts().all();
    QVERIFY(!drafts.isEmpty());
    composer->close();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = composer->findChild<QMessageBox *>()) != nullptr);
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    }
    QTRY_VERIFY(composer.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(switched.count() > 0, 30'000);
    const QString notice = shownNotice(app.window);
    QVERIFY2(notice.contains(u"Hearth found its saved copy of the community damaged and made a "
                             "fresh one."_s),
        qPrintable(notice));
    QVERIFY2(notice.contains(u"Your unsent changes and drafts were not affected."_s),
        qPrintable(notice));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // The drafts of before (the one just kept may have replaced one of them) are all there.
    for (const DraftStore::Draft &draft : drafts)
        QVERIFY2(app.community.drafts().load(draft.key).has_value(), qPrintable(draft.key));
}

QTEST_MAIN(TestRecoveryNotice)
#include "tst_recoverynotice.moc"
