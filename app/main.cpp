// hearth: the desktop client. Reads a community's topic page from the local cache at once
// and keeps it in sync with the server behind.

#include "FirstPaintProbe.h"
#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "sync/Account.h"
#include "sync/CacheWriter.h"
#include "sync/Connectivity.h"
#include "sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/TopicPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListView>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Hearth"_s);
    QApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A calm desktop client for peer-support communities."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s,
        QApplication::translate("main", "The community's address."), u"url"_s,
        u"http://127.0.0.1:8080"_s);
    const QCommandLineOption dataOption(u"data-dir"_s,
        QApplication::translate("main", "Keep the cache here instead of the standard place."),
        u"dir"_s);
    const QCommandLineOption topicOption(
        u"topic"_s, QApplication::translate("main", "The topic to open."), u"slug"_s, u"therapy"_s);
    const QCommandLineOption offlineOption(
        u"offline"_s, QApplication::translate("main", "Start without touching the network."));
    const QCommandLineOption firstPaintOption(u"exit-after-first-paint"_s,
        QApplication::translate("main",
            "Quit once the first card is painted, printing the "
            "milliseconds since start (for benchmarks)."));
    parser.addOptions({serverOption, dataOption, topicOption, offlineOption, firstPaintOption});
    parser.process(app);

    const QUrl server = QUrl::fromUserInput(parser.value(serverOption));
    const QString dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);

    Hearth::ApiClient api(server);
    api.setMediaCacheDirectory(QDir(dataDir).filePath(u"media-cache"_s));
    Hearth::Credentials credentials;
    Hearth::Account account(api, credentials, dataDir);
    if (!account.openSignedOut()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Hearth"),
            QApplication::translate("main", "Hearth could not open its saved posts: %1")
                .arg(account.errorString()));
        return 1;
    }
    Hearth::FeedCache feed(account.cache().connection());
    Hearth::CommentCache comments(account.cache().connection());
    Hearth::SyncEngine engine(feed, comments, api);
    // Server batches are written on a thread of their own: the window never waits on them.
    Hearth::CacheWriter writer(account.cache().path());
    engine.setWriter(&writer);
    Hearth::Connectivity connectivity;
    connectivity.watch(api);
    QObject::connect(&connectivity, &Hearth::Connectivity::onlineChanged, &engine,
        &Hearth::SyncEngine::setOnline);

    const bool offline = parser.isSet(offlineOption);
    Hearth::MainWindow window(feed, offline ? nullptr : &engine);
    window.topicPage()->showTopic(parser.value(topicOption).toLower());
    std::unique_ptr<Hearth::FirstPaintProbe> probe;
    if (parser.isSet(firstPaintOption)) {
        QListView *feedView = window.topicPage()->feedView();
        probe = std::make_unique<Hearth::FirstPaintProbe>(
            feedView->viewport(), [feedView] { return feedView->model()->rowCount() > 0; });
    }
    window.show();
    if (!offline)
        engine.startPeriodicPull(std::chrono::minutes(1));
    return app.exec();
}
