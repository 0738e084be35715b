// Hearth by keyboard alone, as a person with a screen reader uses it: the real window on
// the offscreen platform, against a real hearth-server (the demo community). Every key goes
// to the widget that has the focus; what a screen reader would say is read through
// QAccessible. Topic page → a card → the post → a reaction → a comment → back; the
// shortcuts dialog; no focusable control anywhere without an accessible name; a video's
// controls in Tab's order where the video is; and a focus ring on cards and comments in
// the light and the dark palette.
//
// Like the other suites that sign in, it runs in a D-Bus session with a keychain (scripts/test):
// without one, the window's notice that the sign-in will not be kept takes the focus.

#include "AppUnderTest.h"
#include "api/Enums.h"
#include "models/CommentModel.h"
#include "models/FeedModel.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Account.h"
#include "sync/Community.h"
#include "sync/Outbox.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/dialogs/NewslettersDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/feed/SegmentedControl.h"
#include "ui/feed/TopicHeader.h"
#include "ui/feed/TopicPage.h"
#include "ui/look/Appearance.h"
#include "ui/look/ReactionIcons.h"
#include "ui/media/VideoPlayer.h"
#include "ui/post/CommentBox.h"
#include "ui/post/CommentThreadView.h"
#include "ui/post/PostMediaView.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostView.h"
#include "ui/post/ReactionPill.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SignInDialog.h"
#include "ui/window/TopicSwitcher.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;

struct Client : AppUnderTest
{
    Client(const QUrl &server, const QString &dataDir)
        : AppUnderTest(server, dataDir, std::chrono::seconds(3))
    { }

    // The window in front, as when the person switches to it: keys go to its focus.
    bool activate()
    {
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
};

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = widget ? QAccessible::queryAccessibleInterface(widget) : nullptr;
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// A widget as a failure names it: its class, its object name and its parents' classes.
QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(no widget)"_s;
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" \""_s + widget->objectName() + u'"';
    if (!widget->toolTip().isEmpty())
        text += u" tooltip \""_s + widget->toolTip() + u'"';
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        text += u" in "_s + QString::fromLatin1(parent->metaObject()->className());
    return text;
}

// What a screen reader says on reaching a widget: its name and its role. Empty when the
// widget says what it is; otherwise what is wrong.
QString stopProblem(QWidget *widget)
{
    QAccessibleInterface *iface = widget ? QAccessible::queryAccessibleInterface(widget) : nullptr;
    if (!iface)
        return u"no accessible interface for "_s + describe(widget);
    if (iface->text(QAccessible::Name).trimmed().isEmpty())
        return u"no accessible name for "_s + describe(widget);
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::NoRole || role == QAccessible::Client || role == QAccessible::Pane)
        return u"no telling role (%1) for "_s.arg(int(role)) + describe(widget);
    return {};
}

// Every control under root (in root's window) that Tab can reach and that a screen reader
// could not name.
QStringList unnamedControls(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList missing;
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != root->window() || !widget->isVisible()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (accessibleName(widget).isEmpty())
            missing.append(describe(widget));
    }
    return missing;
}

// Presses a key where the focus is, as the keyboard does.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClick(target, key, modifiers);
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void topicPagePostCommentAndBackByKeyboardAlone();
    void shortcutsDialogOpensByItsKeysAndListsThem();
    void everyFocusableControlHasAName();
    void aVideosControlsComeWhereTheVideoIs();
    void focusIsVisibleOnCardsAndCommentsInBothPalettes();

private:
    QJsonObject serverPost(qint64 id) { return m_http->get(u"/api/v1/posts/%1"_s.arg(id)).json(); }
    int commentsSaying(qint64 postId, const QString &body);
    // Tab until accept(focused()) or steps run out; each stop must say what it is.
    bool tabUntil(const std::function<bool(QWidget *)> &accept, QList<QWidget *> *stops = nullptr,
        int steps = 40);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestKeyboard::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_http = std::make_unique<HttpClient>(m_server.url());
    const HttpClient::Reply login = m_http->post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"maple_days"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(login.status, 200);
    m_http->setToken(login.json().value(u"token"_s).toString());
}

int TestKeyboard::commentsSaying(qint64 postId, const QString &body)
{
    int count = 0;
    const QJsonArray items = m_http->get(u"/api/v1/posts/%1/comments?limit=50"_s.arg(postId))
                                 .json()
                                 .value(u"items"_s)
                                 .toArray();
    for (const QJsonValue &comment : items)
        count += comment.toObject().value(u"body"_s).toString() == body ? 1 : 0;
    return count;
}

bool TestKeyboard::tabUntil(
    const std::function<bool(QWidget *)> &accept, QList<QWidget *> *stops, int steps)
{
    for (int i = 0; i < steps; ++i) {
        QWidget *before = focused();
        if (!before)
            return false;
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = focused();
        if (stops)
            stops->append(now);
        const QString problem = stopProblem(now);
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
        if (accept(now))
            return true;
    }
    return false;
}

void TestKeyboard::topicPagePostCommentAndBackByKeyboardAlone()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));
    QVERIFY(client.activate());
    TopicPage *page = client.window.topicPage();
    QListView *feed = page->feedView();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 3, Wait);

    // Ctrl+L: the go-to field of the topic switcher, at the top.
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(focused(), client.window.topicSwitcher()->goToField());
    QCOMPARE(accessibleName(focused()), u"Go to a topic"_s);

    // Tab goes down the page as it reads: the header's buttons, the tabs, then the cards.
    QList<QWidget *> stops;
    QVERIFY(tabUntil([feed](QWidget *widget) { return widget == feed; }, &stops));
    TopicHeader *header = page->header();
    // Each row of segments is one stop: its chosen segment.
    const QList<QWidget *> expected{header->joinButton(), header->createPostButton(),
        header->newslettersButton(), page->kindTabs()->segment(page->kindTabs()->currentIndex()),
        page->sortTabs()->segment(page->sortTabs()->currentIndex()), feed};
    QStringList stopNames;
    for (QWidget *stop : std::as_const(stops))
        stopNames.append(accessibleName(stop));
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QVERIFY2(stops.indexOf(expected[i - 1]) >= 0
                && stops.indexOf(expected[i - 1]) < stops.indexOf(expected[i]),
            qPrintable(accessibleName(expected[i]) + u" comes too early in: "_s
                + stopNames.join(u" → "_s)));
    }
    QCOMPARE(accessibleName(feed), u"Posts"_s);
    QCOMPARE(QAccessible::queryAccessibleInterface(feed)->role(), QAccessible::List);
    QCOMPARE(accessibleName(header->joinButton()), u"Join Therapy"_s);

    // J and Down move between cards.
    QCOMPARE(feed->currentIndex().row(), 0);
    press(Qt::Key_J);
    QCOMPARE(feed->currentIndex().row(), 1);
    press(Qt::Key_Down);
    QCOMPARE(feed->currentIndex().row(), 2);
    const int row = 2;
    const qint64 postId = feed->currentIndex().data(FeedModel::IdRole).toLongLong();

    // What a screen reader says for the card: one sentence naming its title and author.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(feed);
    QVERIFY(list && list->tableInterface());
    QAccessibleInterface *cell = list->tableInterface()->cellAt(row, 0);
    QVERIFY(cell);
    QVERIFY(cell->state().focused);
    const QString spoken = cell->text(QAccessible::Name);
    const QJsonObject post = serverPost(postId);
    const QString title = post.value(u"title"_s).toString();
    const QString author = post.value(u"author"_s).toObject().value(u"displayName"_s).toString();
    QVERIFY(!title.isEmpty() && !author.isEmpty());
    QVERIFY2(spoken.contains(title), qPrintable(spoken));
    QVERIFY2(spoken.contains(author), qPrintable(spoken));
    // In the card's order: kind, title, author, (when,) counts.
    QVERIFY2(spoken.startsWith(u"Post "_s) || spoken.startsWith(u"Story "_s)
            || spoken.startsWith(u"Video "_s),
        qPrintable(spoken));
    QVERIFY2(spoken.indexOf(title) < spoken.indexOf(author), qPrintable(spoken));
    QVERIFY2(spoken.indexOf(author) < spoken.indexOf(u"reaction"_s)
            && spoken.indexOf(u"reaction"_s) < spoken.indexOf(u"comment"_s),
        qPrintable(spoken));

    // Enter opens the post; the focus lands on something that says what it is.
    press(Qt::Key_Return);
    PostPage *postPage = client.window.postPage();
    QCOMPARE(client.window.currentPage(), postPage);
    QCOMPARE(postPage->postId(), postId);
    QVERIFY(focused() && postPage->isAncestorOf(focused()));
    QVERIFY2(stopProblem(focused()).isEmpty(), qPrintable(stopProblem(focused())));

    // Tab to a reaction, Space gives it (or takes it back, when it was already given).
    const auto reactionOf = [postPage](QWidget *widget) -> std::optional<ReactionKind> {
        for (ReactionKind kind : AllReactionKinds) {
            if (postPage->postView()->reactionButton(kind) == widget)
                return kind;
        }
        return std::nullopt;
    };
    QVERIFY(tabUntil([&](QWidget *widget) { return reactionOf(widget).has_value(); }));
    const ReactionKind kind = *reactionOf(focused());
    QVERIFY2(accessibleName(focused()).startsWith(ReactionIcons::name(kind)),
        qPrintable(accessibleName(focused())));
    const bool hadIt = postPage->postView()->reactionButton(kind)->isChecked();
    press(Qt::Key_Space);
    QTRY_COMPARE(postPage->postView()->reactionButton(kind)->isChecked(), !hadIt);
    QVERIFY(client.sent());
    const QJsonValue mine = serverPost(postId).value(u"reactions"_s).toObject().value(u"mine"_s);
    QCOMPARE(mine.toString(), hadIt ? QString() : toWire(kind));

    // Tab to the comment box, write, Ctrl+Enter sends.
    QVERIFY(tabUntil(
        [postPage](QWidget *widget) { return widget == postPage->commentBox()->editor(); }));
    QCOMPARE(accessibleName(focused()), u"Write a comment"_s);
    const QString words = u"Reading this by keyboard, and glad I did."_s;
    QTest::keyClicks(focused(), words);
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(client.sent());
    QCOMPARE(commentsSaying(postId, words), 1);
    QVERIFY(postPage->commentBox()->editor()->toPlainText().isEmpty());

    // Alt+Left: back on the topic page, on the same card, with the keys in the feed.
    press(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(client.window.currentPage(), page);
    QCOMPARE(focused(), feed);
    QCOMPARE(feed->currentIndex().data(FeedModel::IdRole).toLongLong(), postId);
    QVERIFY(QAccessible::queryAccessibleInterface(feed)
                ->tableInterface()
                ->cellAt(feed->currentIndex().row(), 0)
                ->text(QAccessible::Name)
                .contains(title));
}

void TestKeyboard::shortcutsDialogOpensByItsKeysAndListsThem()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.activate());
    QVERIFY(focused());

    // F1 opens it, with the keys in the list.
    press(Qt::Key_F1);
    QPointer<ShortcutsDialog> dialog = client.window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(focused(), dialog->list());
    QVERIFY2(stopProblem(focused()).isEmpty(), qPrintable(stopProblem(focused())));

    // Row by row, as a screen reader reads the list.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(dialog->list());
    QVERIFY(list && list->tableInterface());
    QStringList rows;
    for (int row = 0; row < list->tableInterface()->rowCount(); ++row) {
        QAccessibleInterface *cell = list->tableInterface()->cellAt(row, 0);
        QVERIFY(cell);
        rows.append(cell->text(QAccessible::Name));
    }
    const auto listed = [&rows](const QString &action, const QKeySequence &keys) {
        const QString key = keys.toString(QKeySequence::NativeText);
        return std::any_of(rows.begin(), rows.end(),
            [&](const QString &row) { return row.startsWith(action + u':') && row.contains(key); });
    };
    const QString all = rows.join(u'\n');
    QVERIFY2(listed(u"Back"_s, QKeySequence(QKeySequence::Back)), qPrintable(all));
    QVERIFY2(listed(u"Back"_s, QKeySequence(Qt::ALT | Qt::Key_Left)), qPrintable(all));
    QVERIFY2(listed(u"Go to a topic"_s, QKeySequence(Qt::CTRL | Qt::Key_L)), qPrintable(all));
    QVERIFY2(listed(u"Keyboard shortcuts"_s, QKeySequence(Qt::Key_F1)), qPrintable(all));
    QVERIFY2(
        listed(u"Send the comment"_s, QKeySequence(Qt::CTRL | Qt::Key_Enter)), qPrintable(all));
    QVERIFY2(listed(u"Next post"_s, QKeySequence(Qt::Key_J)), qPrintable(all));
    QVERIFY2(listed(u"Reply to the selected comment"_s, QKeySequence(Qt::Key_R)), qPrintable(all));
    QVERIFY2(listed(u"Post it"_s, QKeySequence(Qt::CTRL | Qt::Key_Return)), qPrintable(all));
    // The groups, in order.
    const QStringList groups{u"Everywhere"_s, u"Topic page"_s, u"Post"_s, u"Composer"_s};
    qsizetype at = -1;
    for (const QString &group : groups) {
        const qsizetype found = rows.indexOf(group);
        QVERIFY2(found > at, qPrintable(group));
        at = found;
    }
    // Down reads the next row.
    const int before = dialog->list()->currentIndex().row();
    press(Qt::Key_Down);
    QVERIFY(dialog->list()->currentIndex() != QModelIndex());
    QVERIFY(dialog->list()->currentIndex().row() != before
        || dialog->list()->currentIndex().parent().isValid());

    // Escape closes it; Ctrl+? opens it too.
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QVERIFY(client.activate()); // as the window manager does once the dialog is gone
    press(Qt::Key_Question, Qt::ControlModifier);
    QTRY_VERIFY(client.window.findChild<ShortcutsDialog *>());
}

void TestKeyboard::everyFocusableControlHasAName()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));
    QVERIFY(client.activate());
    TopicPage *page = client.window.topicPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 3, Wait);

    // The window on a topic page.
    QStringList missing = unnamedControls(&client.window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));

    // The post page, on a post of the person's own, with a comment, replying to it.
    const HttpClient::Reply created = m_http->post(u"/api/v1/posts"_s,
        newPost(u"Notes from a quiet week"_s, u"Small things helped. #Therapy"_s, u"post"_s,
            {u"Therapy"_s}));
    QCOMPARE(created.status, 201);
    const qint64 postId = created.json().value(u"id"_s).toInteger();
    QCOMPARE(m_http
                 ->post(u"/api/v1/posts/%1/comments"_s.arg(postId),
                     {{u"body"_s, u"Thank you for sharing the small things."_s}})
                 .status,
        201);
    client.window.openPost(postId);
    PostPage *post = client.window.postPage();
    QTRY_VERIFY_WITH_TIMEOUT(post->postView()->editPostButton()->isVisible(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(post->threadView()->model()->rowCount() > 0, Wait);
    post->replyTo(post->threadView()->model()->index(0).data(CommentModel::IdRole).toLongLong());
    missing = unnamedControls(&client.window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));

    // The composer, for each kind of post.
    ComposerDialog *composer = client.window.openComposer(u"therapy"_s);
    QVERIFY(composer);
    QTRY_VERIFY(composer->isVisible());
    for (PostKind kind : {PostKind::Post, PostKind::Story, PostKind::Video}) {
        composer->kindButton(kind)->click();
        missing = unnamedControls(composer);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
    composer->cancelButton()->click();
    QTRY_VERIFY(!client.window.composer());

    // The sign-in dialog, both ways.
    client.window.showSignIn();
    SignInDialog *signIn = client.window.signInDialog();
    QTRY_VERIFY(signIn->isVisible());
    for (SignInDialog::Mode mode : {SignInDialog::Mode::SignIn, SignInDialog::Mode::Register}) {
        signIn->setMode(mode);
        missing = unnamedControls(signIn);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
    signIn->reject();

    // Settings.
    client.window.showSettings();
    QPointer<SettingsDialog> settings = client.window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
    missing = unnamedControls(settings);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    settings->close();
    QTRY_VERIFY(!settings);

    // The newsletters and the shortcuts.
    client.window.openTopic(u"therapy"_s);
    page->header()->newslettersButton()->click();
    QPointer<NewslettersDialog> newsletters = client.window.findChild<NewslettersDialog *>();
    QVERIFY(newsletters);
    QTRY_VERIFY(newsletters->isVisible());
    missing = unnamedControls(newsletters);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    newsletters->reject();
    QTRY_VERIFY(!newsletters); // closed, and gone
    QVERIFY(client.activate());
    press(Qt::Key_F1);
    auto *shortcuts = client.window.findChild<ShortcutsDialog *>();
    QVERIFY(shortcuts);
    QTRY_VERIFY(shortcuts->isVisible());
    missing = unnamedControls(shortcuts);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestKeyboard::aVideosControlsComeWhereTheVideoIs()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"selfcare"_s));
    QVERIFY(client.activate());
    const QJsonArray videos = m_http->get(u"/api/v1/topics/selfcare/feed?kind=video&limit=1"_s)
                                  .json()
                                  .value(u"items"_s)
                                  .toArray();
    QVERIFY(!videos.isEmpty());
    client.window.openPost(videos.first().toObject().value(u"id"_s).toInteger());
    PostPage *post = client.window.postPage();
    QTRY_VERIFY_WITH_TIMEOUT(post->postView()->mediaView()->videoPlayer()
            && post->postView()->mediaView()->videoPlayer()->isVisible(),
        Wait);
    QStringList missing = unnamedControls(&client.window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));

    // From the text, Tab reaches the video's controls before the reactions below it.
    QCOMPARE(focused(), post->postView()->textView());
    QList<QWidget *> stops;
    QVERIFY(tabUntil(
        [post](QWidget *widget) {
            return widget == post->postView()->reactionButton(AllReactionKinds[0]);
        },
        &stops));
    VideoPlayer *player = post->postView()->mediaView()->videoPlayer();
    // (The seek bar is off until the video plays.)
    for (QWidget *control : {static_cast<QWidget *>(player->playButton()),
             static_cast<QWidget *>(player->muteButton())}) {
        QVERIFY2(stops.contains(control), qPrintable(accessibleName(control)));
    }
    QVERIFY(stops.indexOf(player->playButton()) < stops.indexOf(player->muteButton()));
}

void TestKeyboard::focusIsVisibleOnCardsAndCommentsInBothPalettes()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(client.activate());
    TopicPage *page = client.window.topicPage();
    QListView *feed = page->feedView();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 3, Wait);
    Appearance appearance(*static_cast<QApplication *>(QCoreApplication::instance()));

    // How much of a row is painted in the highlight colour, the colour of the focus ring.
    const auto highlighted = [](QAbstractItemView *view) {
        const QRect rect = view->visualRect(view->currentIndex());
        const QImage image = view->viewport()->grab(rect).toImage();
        const QColor ring = view->palette().color(QPalette::Highlight);
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                count += std::abs(pixel.red() - ring.red()) + std::abs(pixel.green() - ring.green())
                        + std::abs(pixel.blue() - ring.blue())
                    < 40;
            }
        }
        return count;
    };
    // The ring goes round the row: at least its height, twice, in ring pixels more.
    const auto showsFocus = [&](QAbstractItemView *view, QWidget *elsewhere) {
        view->setFocus();
        const int focusedCount = highlighted(view);
        elsewhere->setFocus();
        const int unfocusedCount = highlighted(view);
        view->setFocus();
        const int height = view->visualRect(view->currentIndex()).height();
        if (focusedCount < unfocusedCount + 2 * height) {
            qWarning(
                "focused %d, unfocused %d, row height %d", focusedCount, unfocusedCount, height);
            return false;
        }
        return true;
    };

    const qint64 postId = page->model()->index(0).data(FeedModel::IdRole).toLongLong();
    for (const Appearance::ColorScheme scheme :
        {Appearance::ColorScheme::Light, Appearance::ColorScheme::Dark}) {
        appearance.apply(scheme);
        client.window.openTopic(u"therapy"_s);
        QCOMPARE(client.window.currentPage(), page);
        feed->setCurrentIndex(page->model()->index(1));
        QVERIFY2(showsFocus(feed, client.window.topicSwitcher()->goToField()),
            QMetaEnum::fromType<Appearance::ColorScheme>().valueToKey(int(scheme)));

        client.window.openPost(postId);
        PostPage *post = client.window.postPage();
        QTRY_VERIFY_WITH_TIMEOUT(post->threadView()->model()->rowCount() > 0, Wait);
        QListView *thread = post->threadView()->listView();
        thread->setCurrentIndex(thread->model()->index(0, 0));
        QVERIFY2(showsFocus(thread, post->commentBox()->editor()),
            QMetaEnum::fromType<Appearance::ColorScheme>().valueToKey(int(scheme)));
    }
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
