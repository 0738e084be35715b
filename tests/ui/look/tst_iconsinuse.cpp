// Every icon the window shows, as a person meets it against a real hearth-server (the demo
// community) on the offscreen platform with Hearth's style: the toolbar and the menus, the
// post view with its video player, the photo viewer, the composer, the sign-in, settings
// and report dialogs. Each icon an action or a button carries is one of Hearth's (from the
// desktop's theme or Hearth's own set, never Qt's stock pixmaps), and no dialog's button
// box shows an icon.

#include "../AppUnderTest.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/MediaImageCache.h"
#include "ui/care/ReportDialog.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/look/Appearance.h"
#include "ui/look/Icons.h"
#include "ui/media/PhotoViewer.h"
#include "ui/media/VideoPlayer.h"
#include "ui/post/PostMediaView.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostView.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SignInDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;

QString describe(const QObject *object)
{
    QString text = QString::fromLatin1(object->metaObject()->className());
    if (const auto *action = qobject_cast<const QAction *>(object))
        text += u" \""_s + action->text() + u'"';
    else if (const auto *button = qobject_cast<const QAbstractButton *>(object))
        text += u" \""_s + (button->text().isEmpty() ? button->toolTip() : button->text()) + u'"';
    for (const QObject *parent = object->parent(); parent; parent = parent->parent())
        text += u" in "_s + QString::fromLatin1(parent->metaObject()->className());
    return text;
}

// What is wrong with the icons under root: an icon not Hearth's, an icon on a dialog's
// button box. Also counts the icons seen, so that a walk that sees nothing is noticed.
QStringList iconProblems(QWidget *root, int *seen)
{
    QStringList problems;
    QList<QAction *> actions = root->findChildren<QAction *>();
    actions += root->actions();
    for (QWidget *widget : root->findChildren<QWidget *>())
        actions += widget->actions();
    for (QMenu *menu : root->findChildren<QMenu *>())
        actions += menu->actions();
    for (const QAction *action : std::as_const(actions)) {
        if (action->icon().isNull())
            continue;
        ++*seen;
        if (!Icons::isHearthIcon(action->icon()))
            problems.append(u"not Hearth's icon: "_s + describe(action));
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        const bool inButtonBox = qobject_cast<const QDialogButtonBox *>(button->parent());
        if (button->icon().isNull())
            continue;
        ++*seen;
        if (inButtonBox)
            problems.append(u"an icon on a dialog's button: "_s + describe(button));
        else if (!Icons::isHearthIcon(button->icon()))
            problems.append(u"not Hearth's icon: "_s + describe(button));
    }
    return problems;
}

} // namespace

class TestIconsInUse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyIconTheWindowShowsIsHearths();

private:
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Appearance> m_appearance;
};

void TestIconsInUse::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_http = std::make_unique<HttpClient>(m_server.url());
    // As main() does: Hearth's style and palette.
    m_appearance = std::make_unique<Appearance>(*qApp);
    m_appearance->apply(Appearance::ColorScheme::Dark);
}

void TestIconsInUse::everyIconTheWindowShowsIsHearths()
{
    QTemporaryDir data;
    AppUnderTest client(m_server.url(), data.path());
    QVERIFY(client.open(u"therapy"_s));
    int seen = 0;
    const auto check = [&seen](QWidget *root, const char *where) {
        const QStringList problems = iconProblems(root, &seen);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QString::fromLatin1(where) + u": "_s + problems.join(u"\n"_s)));
    };

    // The window: its toolbar and menus.
    check(&client.window, "the window");

    // The sign-in dialog, both ways.
    client.window.showSignIn();
    SignInDialog *signIn = client.window.signInDialog();
    QTRY_VERIFY(signIn && signIn->isVisible());
    for (SignInDialog::Mode mode : {SignInDialog::Mode::SignIn, SignInDialog::Mode::Register}) {
        signIn->setMode(mode);
        check(signIn, "the sign-in dialog");
    }
    signIn->reject();
    QVERIFY(client.signIn(u"maple_days"_s));

    // Settings.
    client.window.showSettings();
    QPointer<SettingsDialog> settings = client.window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
    check(settings, "settings");
    settings->close();

    // The composer, for each kind of post.
    ComposerDialog *composer = client.window.openComposer(u"therapy"_s);
    QVERIFY(composer);
    QTRY_VERIFY(composer->isVisible());
    for (PostKind kind : {PostKind::Post, PostKind::Story, PostKind::Video}) {
        composer->kindButton(kind)->click();
        check(composer, "the composer");
    }
    composer->cancelButton()->click();
    QTRY_VERIFY(!client.window.composer());

    // A video post: the post view and its player's controls.
    const QJsonArray videos = m_http->get(u"/api/v1/topics/selfcare/feed?kind=video&limit=1"_s)
                                  .json()
                                  .value(u"items"_s)
                                  .toArray();
    QVERIFY(!videos.isEmpty());
    const qint64 videoPost = videos.first().toObject().value(u"id"_s).toInteger();
    client.window.openPost(videoPost);
    PostPage *post = client.window.postPage();
    QTRY_VERIFY_WITH_TIMEOUT(post->postView()->mediaView()->videoPlayer()
            && post->postView()->mediaView()->videoPlayer()->isVisible(),
        Wait);
    const int before = seen;
    check(&client.window, "the post view");
    // The player's play and mute buttons at least.
    QVERIFY2(seen - before >= 2, qPrintable(QString::number(seen - before)));

    // The report dialog.
    client.window.reportPost(videoPost);
    QPointer<ReportDialog> report = client.window.findChild<ReportDialog *>();
    QVERIFY(report);
    check(report, "the report dialog");
    report->reject();

    // The photo viewer and its zoom buttons.
    MediaImageCache images(client.api);
    PhotoViewer viewer(images);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    const int beforeViewer = seen;
    check(&viewer, "the photo viewer");
    QVERIFY2(seen - beforeViewer >= 4, qPrintable(QString::number(seen - beforeViewer)));

    // And every other window that is open now.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            check(window, window->metaObject()->className());
    }
}

QTEST_MAIN(TestIconsInUse)
#include "tst_iconsinuse.moc"
