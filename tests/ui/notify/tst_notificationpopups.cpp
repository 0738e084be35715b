// What goes to the desktop, decided without a desktop: the body holds the first words only
// when nothing would fold them (a content warning, a muted word, a sensitive topic, or the
// cached post's own fold); quiet hours, across midnight too, and the per-kind switches; the
// person's own actions never; many at once become one line.

#include "api/Post.h"
#include "ui/care/Care.h"
#include "ui/care/Preferences.h"
#include "ui/notify/DesktopNotifier.h"
#include "ui/notify/NotificationPopups.h"
#include "ui/notify/NotificationSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

Notification reply(qint64 id, const QString &text)
{
    Notification item;
    item.id = id;
    item.kind = NotificationKind::Reply;
    item.actor = User{7, u"fern_at_dawn"_s, u"Fern"_s, false};
    item.postId = 40;
    item.commentId = 100 + id;
    item.topic = u"therapy"_s;
    item.title = u"Small steps"_s;
    item.text = text;
    return item;
}

} // namespace

class TestNotificationPopups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theBodyIsEmptyWhenAnythingWouldFold();
    void quietHours_data();
    void quietHours();
    void switchesOwnActionsAndManyAtOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Care> m_care;
    std::unique_ptr<NotificationSettings> m_choices;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<NotificationPopups> m_popups;
};

void TestNotificationPopups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"h.ini"_s), QSettings::IniFormat);
    m_preferences = std::make_unique<Preferences>(*m_settings);
    m_care = std::make_unique<Care>(*m_preferences);
    m_choices = std::make_unique<NotificationSettings>(*m_settings);
    // A bus that is not there: the decisions are counted, nothing is sent.
    m_notifier = std::make_unique<DesktopNotifier>(QDBusConnection(u"none"_s));
    m_window = std::make_unique<QWidget>(); // never shown: not the active window
    m_popups
        = std::make_unique<NotificationPopups>(*m_notifier, *m_choices, *m_care, m_window.get());
    m_popups->setMyId(3);
    m_popups->setClock([] { return QTime(12, 0); });
}

void TestNotificationPopups::cleanup()
{
    m_popups.reset();
    m_window.reset();
    m_notifier.reset();
    m_choices.reset();
    m_care.reset();
    m_preferences.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestNotificationPopups::theBodyIsEmptyWhenAnythingWouldFold()
{
    QCOMPARE(m_popups->bodyFor(reply(1, u"Twice is wonderful."_s)), u"Twice is wonderful."_s);
    Notification warned = reply(2, u"Heavy words here."_s);
    warned.contentWarning = u"grief"_s;
    QCOMPARE(m_popups->bodyFor(warned), QString());
    Notification sensitive = reply(3, u"About the ward."_s);
    sensitive.topic = u"suicide"_s;
    QCOMPARE(m_popups->bodyFor(sensitive), QString());
    m_preferences->setMutedWords({u"ward"_s});
    QCOMPARE(m_popups->bodyFor(reply(4, u"Back on the ward today."_s)), QString());
    // The post as the cache has it folds (its own warning): no words, though the entry has none.
    Post post;
    post.id = 40;
    post.title = u"Small steps"_s;
    post.body = u"Words."_s;
    post.hashtags = {u"Therapy"_s};
    post.contentWarning = u"hospital"_s;
    m_popups->setPostLookup(
        [post](qint64 id) { return id == 40 ? std::optional(post) : std::nullopt; });
    QCOMPARE(m_popups->bodyFor(reply(5, u"Nothing muted in this."_s)), QString());
    // A long text is cut to a few words.
    m_popups->setPostLookup({});
    const QString body = m_popups->bodyFor(reply(6, QString(500, u'a')));
    QVERIFY(body.size() <= 120);
    QVERIFY(body.endsWith(u'…'));
}

void TestNotificationPopups::quietHours_data()
{
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<QTime>("now");
    QTest::addColumn<bool>("quiet");
    QTest::newRow("inside") << QTime(11, 0) << QTime(13, 0) << QTime(12, 0) << true;
    QTest::newRow("at the start") << QTime(12, 0) << QTime(13, 0) << QTime(12, 0) << true;
    QTest::newRow("at the end") << QTime(11, 0) << QTime(12, 0) << QTime(12, 0) << false;
    QTest::newRow("across midnight, late") << QTime(22, 0) << QTime(7, 0) << QTime(23, 30) << true;
    QTest::newRow("across midnight, early") << QTime(22, 0) << QTime(7, 0) << QTime(6, 59) << true;
    QTest::newRow("across midnight, day") << QTime(22, 0) << QTime(7, 0) << QTime(12, 0) << false;
    QTest::newRow("from equals to") << QTime(9, 0) << QTime(9, 0) << QTime(9, 0) << false;
}

void TestNotificationPopups::quietHours()
{
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(QTime, now);
    QFETCH(bool, quiet);
    m_choices->setQuietFrom(from);
    m_choices->setQuietTo(to);
    QVERIFY(!m_choices->isQuiet(now)); // off until switched on
    m_choices->setQuietHours(true);
    QCOMPARE(m_choices->isQuiet(now), quiet);
    m_popups->setClock([now] { return now; });
    QCOMPARE(m_popups->announce({reply(1, u"Hello"_s)}), quiet ? 0 : 1);
    // Kept in the settings.
    NotificationSettings again(*m_settings);
    QCOMPARE(again.isQuiet(now), quiet);
}

void TestNotificationPopups::switchesOwnActionsAndManyAtOnce()
{
    QCOMPARE(m_popups->announce({reply(1, u"Hello"_s)}), 1);
    m_choices->setEnabled(NotificationKind::Reply, false);
    QCOMPARE(m_popups->announce({reply(2, u"Hello"_s)}), 0);
    Notification mention = reply(3, u"@lantern_keeper look"_s);
    mention.kind = NotificationKind::Mention;
    QCOMPARE(m_popups->announce({mention}), 1);
    m_choices->setEnabled(NotificationKind::Reply, true);
    Notification mine = reply(4, u"My own"_s);
    mine.actor.id = 3;
    QCOMPARE(m_popups->announce({mine}), 0);
    QList<Notification> many;
    for (int i = 0; i < 5; ++i)
        many.append(reply(10 + i, u"One of many"_s));
    QCOMPARE(m_popups->announce(many), 1);
}

QTEST_MAIN(TestNotificationPopups)
#include "tst_notificationpopups.moc"
