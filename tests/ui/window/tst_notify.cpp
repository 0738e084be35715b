// Being told, against a real hearth-server (the demo community), real cache files, the real
// keychain and a notifications service on the test's own session bus: a reply by another
// account (made over HTTP here) makes the bell's count 1 — drawn on the bell and said to
// screen readers — and, with the window not active, sends a desktop notification whose
// summary says who did what and whose body never holds the words of a folded post; the
// notifications page lays its rows out and opens the reply (the post page at the comment,
// its row in sight and current); opening the page marks read on the server; quiet hours and
// a switched-off kind keep the desktop quiet while the bell still counts; nothing is told
// for the person's own comment; and a click on the desktop notification opens its post.

#include "../AppUnderTest.h"
#include "models/CommentModel.h"
#include "models/NotificationModel.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/NotificationCenter.h"
#include "sync/SyncEngine.h"
#include "translations/Translations.h"
#include "ui/look/Colors.h"
#include "ui/notify/NotificationBell.h"
#include "ui/notify/NotificationDelegate.h"
#include "ui/notify/NotificationPopups.h"
#include "ui/notify/NotificationSettings.h"
#include "ui/notify/NotificationsPage.h"
#include "ui/post/CommentThreadView.h"
#include "ui/post/PostPage.h"
#include "ui/profile/ProfilePage.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QJsonArray>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// What a person reads: the summary without the marks that isolate a name's direction.
QString readable(QString text)
{
    return text.remove(QChar(0x2068)).remove(QChar(0x2069));
}

constexpr int Wait = 20'000;
const QString Password = u"a long enough password"_s;

// What the desktop's notifications service would be: it takes Notify and keeps what it was
// asked to show.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName);
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        shown.append({summary, body, actions});
        return uint(shown.size());
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
};

} // namespace

class TestNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aReplyRingsTheBellAndTheDesktop();
    void theItemOnThePageOpensTheReply();
    void openingThePageMarksReadOnTheServer();
    void theDiscOpensThePersonsPage();
    void quietHoursAndSwitchesKeepTheDesktopQuiet();
    void nothingForMyOwnComment();
    void aClickOnTheDesktopNotificationOpensThePost();

private:
    qint64 post(
        HttpClient &client, const QString &title, const QString &body, const QString &warning = {});
    qint64 comment(HttpClient &client, qint64 postId, const QString &body);
    // Waits until the bell shows count.
    bool bellShows(qint64 count);
    // Waits until the client's list holds the entry about commentId: the center has told
    // what arrived with it (and the service, on this bus, was called in that same turn).
    bool listed(qint64 commentId);

    Translations m_english;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_me; // the account the window signs in as, over HTTP too
    std::unique_ptr<HttpClient> m_fern; // another account
    qint64 m_plainPost = 0;
    qint64 m_foldedPost = 0;
    qint64 m_replyId = 0;
    QTemporaryDir m_data;
    std::unique_ptr<AppUnderTest> m_app;
    FakeNotifications m_service;
    QWidget m_elsewhere; // the window that is active while Hearth's is not
};

void TestNotify::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_me = std::make_unique<HttpClient>(m_server.url());
    m_fern = std::make_unique<HttpClient>(m_server.url());
    QVERIFY(registerUser(*m_me, u"lantern_keeper"_s, u"Lantern"_s).value(u"id"_s).toInteger() > 0);
    QVERIFY(registerUser(*m_fern, u"fern_at_dawn"_s, u"Fern"_s).value(u"id"_s).toInteger() > 0);
    m_plainPost
        = post(*m_me, u"Small steps this week"_s, u"I walked to the river twice. #Therapy"_s);
    m_foldedPost = post(
        *m_me, u"A heavy night"_s, u"Writing it down helps a little. #Therapy"_s, u"grief"_s);
    QVERIFY(m_plainPost > 0 && m_foldedPost > 0);

    QVERIFY(QDBusConnection::sessionBus().isConnected());
    QVERIFY(QDBusConnection::sessionBus().registerService(u"org.freedesktop.Notifications"_s));
    QVERIFY(QDBusConnection::sessionBus().registerObject(
        u"/org/freedesktop/Notifications"_s, &m_service, QDBusConnection::ExportAllSlots));

    m_app = std::make_unique<AppUnderTest>(m_server.url(), m_data.path());
    m_app->window.resize(900, 760);
    QVERIFY(m_app->open(u"therapy"_s));
    QVERIFY(m_app->signIn(u"lantern_keeper"_s, Password));
    QVERIFY(
        QTest::qWaitFor([this] { return m_app->window.notificationCenter() != nullptr; }, Wait));
    // Following the server, with nothing unread yet.
    QVERIFY(QTest::qWaitFor([this] { return m_app->community.sync().isWaiting(); }, Wait));
    QCOMPARE(m_app->window.notificationBell()->count(), 0);
    QTRY_VERIFY(m_app->window.notificationBell()->isVisible()); // the toolbar lays out later
}

void TestNotify::cleanupTestCase()
{
    m_app.reset();
    QDBusConnection::sessionBus().unregisterObject(u"/org/freedesktop/Notifications"_s);
    QDBusConnection::sessionBus().unregisterService(u"org.freedesktop.Notifications"_s);
    QVERIFY(m_server.stop());
}

qint64 TestNotify::post(
    HttpClient &client, const QString &title, const QString &body, const QString &warning)
{
    QJsonObject object = newPost(title, body, u"post"_s, {u"Therapy"_s});
    if (!warning.isEmpty())
        object.insert(u"contentWarning"_s, warning);
    return idOf(client.post(u"/api/v1/posts"_s, object));
}

qint64 TestNotify::comment(HttpClient &client, qint64 postId, const QString &body)
{
    return writeComment(client, postId, body);
}

bool TestNotify::bellShows(qint64 count)
{
    return QTest::qWaitFor(
        [this, count] { return m_app->window.notificationBell()->count() == count; }, Wait);
}

bool TestNotify::listed(qint64 commentId)
{
    return QTest::qWaitFor(
        [this, commentId] {
            const QList<Notification> items = m_app->window.notificationCenter()->newest();
            return std::any_of(items.cbegin(), items.cend(),
                [commentId](const Notification &item) { return item.commentId == commentId; });
        },
        Wait);
}

void TestNotify::aReplyRingsTheBellAndTheDesktop()
{
    // Another window is in front: Hearth's is not the active one.
    m_elsewhere.resize(200, 100);
    m_elsewhere.show();
    m_elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_elsewhere));
    QVERIFY(!m_app->window.isActiveWindow());

    // A reply on the folded post (it has a content warning).
    comment(*m_fern, m_foldedPost, u"Sending you quiet company tonight, lantern words."_s);
    QVERIFY(bellShows(1));
    NotificationBell *bell = m_app->window.notificationBell();
    QCOMPARE(bell->badgeText(), u"1"_s);
    QCOMPARE(bell->accessibleName(), u"Notifications, 1 unread"_s);
    // The badge is drawn inside the bell, and its number in the accent's ink on the accent.
    const QRect badge = bell->badgeRect();
    QVERIFY(!badge.isEmpty());
    QVERIFY(bell->rect().contains(badge));
    const QImage drawn = bell->grab().toImage();
    const qreal scale = drawn.devicePixelRatio();
    const QColor accent = Colors::accent(bell->palette());
    const QColor ink = Colors::onAccent(bell->palette());
    int accentPixels = 0;
    int inkPixels = 0;
    for (int y = badge.top(); y <= badge.bottom(); ++y) {
        for (int x = badge.left(); x <= badge.right(); ++x) {
            const QColor pixel = drawn.pixelColor(int(x * scale), int(y * scale));
            if (qAbs(pixel.red() - accent.red()) + qAbs(pixel.green() - accent.green())
                    + qAbs(pixel.blue() - accent.blue())
                < 24)
                ++accentPixels;
            else if (qAbs(pixel.lightness() - ink.lightness()) < 30
                && qAbs(pixel.lightness() - accent.lightness()) > 60)
                ++inkPixels;
        }
    }
    QVERIFY2(accentPixels > badge.width() * badge.height() / 4,
        qPrintable(QString::number(accentPixels)));
    QVERIFY2(inkPixels > 3, qPrintable(QString::number(inkPixels))); // the "1"

    // On the desktop: who and what, and not a word of the folded post.
    QVERIFY(QTest::qWaitFor([this] { return m_service.shown.size() == 1; }, Wait));
    QCOMPARE(readable(m_service.shown.at(0).summary), u"Fern replied to your post"_s);
    QVERIFY(!m_service.shown.at(0).body.contains(u"lantern"_s));
    QVERIFY(!m_service.shown.at(0).body.contains(u"quiet company"_s));
    QVERIFY(m_service.shown.at(0).body.isEmpty());
    QVERIFY(m_service.shown.at(0).actions.contains(u"default"_s));

    // A reply on a post with nothing to fold gives its first words.
    m_replyId = comment(*m_fern, m_plainPost, u"Twice is wonderful, keep going."_s);
    QVERIFY(bellShows(2));
    QVERIFY(QTest::qWaitFor([this] { return m_service.shown.size() == 2; }, Wait));
    QCOMPARE(readable(m_service.shown.at(1).summary), u"Fern replied to your post"_s);
    QCOMPARE(m_service.shown.at(1).body, u"Twice is wonderful, keep going."_s);
}

void TestNotify::theItemOnThePageOpensTheReply()
{
    QVERIFY(m_replyId > 0);
    m_app->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_app->window));
    // The bell opens the page.
    QTest::mouseClick(m_app->window.notificationBell(), Qt::LeftButton);
    NotificationsPage *page = m_app->window.notificationsPage();
    QVERIFY(page);
    QCOMPARE(m_app->window.currentPage(), page);
    QListView *list = page->listView();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, Wait);
    // Rows laid out one under the other, in sight, newest first, the new ones marked unread.
    const QRect first = list->visualRect(list->model()->index(0, 0));
    const QRect second = list->visualRect(list->model()->index(1, 0));
    QVERIFY(!first.isEmpty());
    QVERIFY(first.bottom() < second.top());
    QVERIFY(list->viewport()->rect().contains(first));
    QVERIFY(first.height() >= list->fontMetrics().height() * 2);
    const QModelIndex newest = list->model()->index(0, 0);
    QCOMPARE(readable(newest.data(Qt::DisplayRole).toString()), u"Fern replied to your post"_s);
    QCOMPARE(newest.data(NotificationModel::CommentIdRole).toLongLong(), m_replyId);
    QCOMPARE(newest.data(NotificationModel::ReadRole).toBool(), false);
    QVERIFY(newest.data(Qt::AccessibleTextRole).toString().endsWith(u"unread"_s));
    // Under what happened: the post and the reply's first words, on a line of their own
    // between it and the time, in sight; said to screen readers too.
    QCOMPARE(readable(newest.data(NotificationModel::PreviewRole).toString()),
        u"“Small steps this week”: Twice is wonderful, keep going."_s);
    QVERIFY(!newest.data(NotificationModel::PreviewFoldedRole).toBool());
    QVERIFY(readable(newest.data(Qt::AccessibleTextRole).toString())
                .contains(u"Twice is wonderful, keep going."_s));
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = first;
    const NotificationDelegate::Layout row = NotificationDelegate::layout(option);
    QVERIFY(row.summary.bottom() < row.preview.top());
    QVERIFY(row.preview.bottom() < row.time.top());
    QVERIFY(row.preview.height() >= list->fontMetrics().height());
    QVERIFY(first.contains(row.preview) && first.contains(row.time));
    // The reply on the post behind a warning: why, and not a word of it nor of its title.
    const QModelIndex folded = list->model()->index(1, 0);
    QVERIFY(folded.data(NotificationModel::PreviewFoldedRole).toBool());
    const QString why = readable(folded.data(NotificationModel::PreviewRole).toString());
    QCOMPARE(why, u"Content warning: grief"_s);
    const QString spoken = readable(folded.data(Qt::AccessibleTextRole).toString());
    QVERIFY(!spoken.contains(u"lantern"_s) && !spoken.contains(u"A heavy night"_s));

    // A click on it opens the post at the reply: the reply's row in sight and current.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    PostPage *postPage = m_app->window.postPage();
    QVERIFY(postPage);
    QCOMPARE(m_app->window.currentPage(), postPage);
    QCOMPARE(postPage->postId(), m_plainPost);
    CommentThreadView *thread = postPage->threadView();
    QTRY_VERIFY_WITH_TIMEOUT(thread->listView()->currentIndex().isValid(), Wait);
    const QModelIndex current = thread->listView()->currentIndex();
    QCOMPARE(current.data(CommentModel::IdRole).toLongLong(), m_replyId);
    QVERIFY(thread->listView()->hasFocus());
    // The reply's row is the current one, and in sight: the row where the view has laid it
    // out, else the whole thread list that holds it (Qt may lay a list's rows out only when
    // it paints them).
    const auto rowInSight = [&] {
        const QListView *list = thread->listView();
        const QModelIndex now = list->currentIndex();
        if (now.data(CommentModel::IdRole).toLongLong() != m_replyId)
            return false;
        QWidget *sight = postPage->scrollArea()->viewport();
        QRect row = list->visualRect(now);
        if (row.isEmpty())
            row = list->viewport()->rect();
        const QRect inSight(list->viewport()->mapTo(sight, row.topLeft()), row.size());
        return !row.isEmpty() && sight->rect().contains(inSight);
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowInSight(), Wait);
}

void TestNotify::openingThePageMarksReadOnTheServer()
{
    // The page was opened: the bell is quiet, and the server knows, for every device.
    QVERIFY(bellShows(0));
    QVERIFY(m_app->sent());
    const QJsonArray items
        = m_me->get(u"/api/v1/notifications"_s).json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue &item : items)
        QVERIFY(item.toObject().value(u"read"_s).toBool());
}

// Each row shows the person's disc beside what they did; a click on it opens their page, and the
// row's menu offers the same to the keys.
void TestNotify::theDiscOpensThePersonsPage()
{
    m_app->window.open(Location::notifications());
    NotificationsPage *page = m_app->window.notificationsPage();
    QCOMPARE(m_app->window.currentPage(), page);
    QListView *list = page->listView();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, Wait);
    const QModelIndex newest = list->model()->index(0, 0);
    QTRY_VERIFY(!list->visualRect(newest).isEmpty());
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualRect(newest);
    const NotificationDelegate::Layout row = NotificationDelegate::layout(option);
    QCOMPARE(row.avatar.width(), row.avatar.height());
    QVERIFY(row.avatar.height() >= row.summary.height() + row.preview.height());
    QVERIFY(row.dot.right() < row.avatar.left() && row.avatar.right() < row.summary.left());
    QVERIFY(option.rect.contains(row.avatar));
    // Painted: inside the disc, left of its initials, is not the row's ground beside it.
    const QImage shot = list->viewport()->grab().toImage();
    const qreal ratio = shot.devicePixelRatio();
    const auto pixel = [&](const QPoint &at) {
        return shot.pixelColor((QPointF(at) * ratio).toPoint());
    };
    const QPoint inDisc(row.avatar.left() + row.avatar.width() / 6, row.avatar.center().y());
    QVERIFY(pixel(inDisc) != pixel(QPoint(row.avatar.right() + 3, row.avatar.center().y())));

    std::unique_ptr<QMenu> menu(page->createMenu(newest, nullptr));
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(readable(action->text()));
    QCOMPARE(texts, (QStringList{u"Open"_s, u"View Fern’s profile"_s}));
    // The menu key opens it at the current row.
    list->setCurrentIndex(newest);
    QContextMenuEvent keys(QContextMenuEvent::Keyboard, QPoint(), list->mapToGlobal(QPoint()));
    QCoreApplication::sendEvent(list, &keys);
    QMenu *popped = nullptr;
    QTRY_VERIFY((popped = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QCOMPARE(popped->actions().size(), 2);
    QVERIFY(list->visualRect(newest).contains(
        list->viewport()->mapFromGlobal(popped->geometry().topLeft())));
    popped->close();

    QTest::mouseMove(list->viewport(), row.avatar.center());
    QTRY_COMPARE(list->viewport()->cursor().shape(), Qt::PointingHandCursor);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.avatar.center());
    QTRY_COMPARE(m_app->window.currentPage(), m_app->window.profilePage());
    QCOMPARE(m_app->window.profilePage()->handle(), u"fern_at_dawn"_s);
}

void TestNotify::quietHoursAndSwitchesKeepTheDesktopQuiet()
{
    m_elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_elsewhere));
    NotificationSettings &settings = m_app->window.notificationSettings();
    const qsizetype before = m_service.shown.size();

    // Quiet hours around the (fixed) time of day: the bell counts, the desktop is quiet.
    m_app->window.notificationPopups().setClock([] { return QTime(12, 30); });
    settings.setQuietFrom(QTime(12, 0));
    settings.setQuietTo(QTime(13, 0));
    settings.setQuietHours(true);
    QVERIFY(listed(comment(*m_fern, m_plainPost, u"Checking in at lunch."_s)));
    QVERIFY(bellShows(1));
    QCOMPARE(m_service.shown.size(), before);

    // Outside them, it speaks again...
    m_app->window.notificationPopups().setClock([] { return QTime(14, 0); });
    comment(*m_fern, m_plainPost, u"And again after lunch."_s);
    QVERIFY(bellShows(2));
    QTRY_COMPARE_WITH_TIMEOUT(m_service.shown.size(), before + 1, Wait);

    // ...unless the kind is switched off.
    settings.setEnabled(NotificationKind::Reply, false);
    QVERIFY(listed(comment(*m_fern, m_plainPost, u"One more, quietly."_s)));
    QVERIFY(bellShows(3));
    QCOMPARE(m_service.shown.size(), before + 1);
    // Other kinds still speak: a reaction.
    QCOMPARE(m_fern->put(u"/api/v1/posts/%1/reaction"_s.arg(m_plainPost), {{u"kind"_s, u"hug"_s}})
                 .status,
        200);
    QVERIFY(bellShows(4));
    QTRY_COMPARE_WITH_TIMEOUT(m_service.shown.size(), before + 2, Wait);
    QCOMPARE(readable(m_service.shown.last().summary), u"Fern sent hugs"_s);
    settings.setEnabled(NotificationKind::Reply, true);
    settings.setQuietHours(false);
}

void TestNotify::nothingForMyOwnComment()
{
    const qsizetype before = m_service.shown.size();
    const qint64 unread = m_app->window.notificationBell()->count();
    comment(*m_me, m_plainPost, u"Thank you, all of you."_s);
    // Something that does tell, after it: once it is counted, the own comment was passed.
    QCOMPARE(
        m_fern->put(u"/api/v1/posts/%1/reaction"_s.arg(m_foldedPost), {{u"kind"_s, u"heart"_s}})
            .status,
        200);
    QVERIFY(bellShows(unread + 1));
    QTRY_COMPARE_WITH_TIMEOUT(m_service.shown.size(), before + 1, Wait);
    QCOMPARE(readable(m_service.shown.last().summary), u"Fern sent hearts"_s);
    for (const Notification &item : m_app->window.notificationCenter()->newest())
        QVERIFY(item.actor.handle != u"lantern_keeper"_s);
}

void TestNotify::aClickOnTheDesktopNotificationOpensThePost()
{
    // The service tells which notification was clicked, as a desktop does.
    const qsizetype before = m_service.shown.size();
    m_replyId = comment(*m_fern, m_plainPost, u"Last one for today."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_service.shown.size(), before + 1, Wait);
    QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
        u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
    signal << uint(m_service.shown.size()) << u"default"_s;
    QVERIFY(QDBusConnection::sessionBus().send(signal));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->window.currentPage(), m_app->window.postPage(), Wait);
    QCOMPARE(m_app->window.postPage()->postId(), m_plainPost);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->window.postPage()
                                  ->threadView()
                                  ->listView()
                                  ->currentIndex()
                                  .data(CommentModel::IdRole)
                                  .toLongLong(),
        m_replyId, Wait);
    QVERIFY(QTest::qWaitForWindowActive(&m_app->window));
}

QTEST_MAIN(TestNotify)
#include "tst_notify.moc"
