// hearth: the desktop client. Reads a community's topic page from the local cache at once
// and keeps it in sync with the server behind.

#include "AfterFirstPaint.h"
#include "FirstPaintProbe.h"
#include "InstanceChannel.h"
#include "LogFile.h"
#include "cache/CacheHealthCheck.h"
#include "models/FeedModel.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "sync/Community.h"
#include "sync/Connectivity.h"
#include "translations/Translations.h"
#include "ui/dialogs/DisplaySettings.h"
#include "ui/feed/TopicPage.h"
#include "ui/look/Appearance.h"
#include "ui/search/SearchField.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QListView>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcMain, "hearth.app")

QCommandLineOption makeLangOption(const QString &description = QString())
{
    return QCommandLineOption(u"lang"_s, description, u"language"_s);
}

QCommandLineOption makeDataOption(const QString &description = QString())
{
    return QCommandLineOption(u"data-dir"_s, description, u"dir"_s);
}

QCommandLineOption makeVerboseOption(const QString &description = QString())
{
    return QCommandLineOption(u"verbose"_s, description);
}

// The options that matter before the others exist: --lang, so that the descriptions in
// --help are already in that language; --data-dir and --verbose, so that the log goes where
// it should from the first message (Qt's platform plug-in speaks while QApplication is
// built). The other options are unknown here: the full parse reports their mistakes.
struct EarlyOptions
{
    QString language;
    QString dataDir;
    bool verbose = false;

    static EarlyOptions parse(int argc, char *argv[])
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        QCommandLineParser parser;
        const QCommandLineOption lang = makeLangOption();
        const QCommandLineOption data = makeDataOption();
        const QCommandLineOption verbose = makeVerboseOption();
        parser.addOptions({lang, data, verbose});
        parser.parse(arguments);
        return {parser.value(lang), parser.value(data), parser.isSet(verbose)};
    }
};

} // namespace

int main(int argc, char *argv[])
{
    const EarlyOptions early = EarlyOptions::parse(argc, argv);
    // Quiet by default: the log goes to a file (beside the cache when a data folder is
    // given), the terminal hears it only with --verbose (docs/architecture.md, "The log").
    Hearth::LogFile log(early.dataDir.isEmpty() ? Hearth::LogFile::defaultPath()
                                                : QDir(early.dataDir).filePath(u"hearth.log"_s),
        early.verbose);
    QApplication app(argc, argv);
    // Before any database is opened: corruption met by any read is reported, and the cache
    // then checked (Community::startHealthChecks()).
    Hearth::CacheHealthCheck::watchForCorruption();
    QApplication::setApplicationName(u"Hearth"_s);
    QApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    // The desktop entry's name (packaging/): the window's icon and grouping on the desktop.
    QApplication::setDesktopFileName(u"org.hearth.Hearth"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.hearth.Hearth"_s));

    // Settings live beside the cache when a data folder is given, in the standard place
    // otherwise. They never hold the token: that is the keychain's.
    const QString settingsDir = !early.dataDir.isEmpty()
        ? early.dataDir
        : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QSettings settings(QDir(settingsDir).filePath(u"hearth.ini"_s), QSettings::IniFormat);
    // What Settings chose for the look and the language, read before any window is made:
    // the text size and the language are taken at start only.
    const Hearth::DisplaySettings display(settings);
    if (display.textScale() != Hearth::DisplaySettings::NormalTextScale)
        Hearth::DisplaySettings::applyTextScale(display.textScale());

    // The system's language, or the one chosen in Settings, or --lang's: for the words, and
    // for dates and numbers too.
    QLocale locale;
    if (early.language.isEmpty() && !display.language().isEmpty()) {
        locale = QLocale(display.language());
        QLocale::setDefault(locale);
    }
    if (const QString &language = early.language; !language.isEmpty()) {
        locale = QLocale(language);
        if (locale.language() == QLocale::C && language != u"C"_s) {
            std::fputs(qPrintable(QApplication::translate("main",
                                      "Hearth does not know the language “%1”. Try one of: %2.")
                                      .arg(language,
                                          Hearth::Translations::availableLanguages().join(u", "_s))
                           + u'\n'),
                stderr);
            return 2;
        }
        QLocale::setDefault(locale);
    }
    Hearth::Translations translations;
    translations.install(locale);
    if (!log.isOpen()) {
        std::fputs(qPrintable(QApplication::translate("main",
                                  "Hearth cannot write its log to %1 (%2): it goes to the "
                                  "terminal instead.")
                                  .arg(log.path(), log.errorString())
                       + u'\n'),
            stderr);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A calm desktop client for peer-support communities."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s,
        QApplication::translate("main", "The community's address (by default, the one used last)."),
        u"url"_s, u"http://127.0.0.1:8080"_s);
    const QCommandLineOption dataOption = makeDataOption(QApplication::translate(
        "main", "Keep the cache (and the log) here instead of the standard place."));
    const QCommandLineOption topicOption(u"topic"_s,
        QApplication::translate("main", "The topic to open (by default, the one shown last)."),
        u"slug"_s);
    const QCommandLineOption postOption(u"post"_s,
        QApplication::translate("main", "Open this post (its number on the community)."), u"id"_s);
    const QCommandLineOption pageOption(u"page"_s,
        QApplication::translate("main",
            "Open a page of the window: directory (All topics), drafts or notifications (once "
            "signed in)."),
        u"page"_s);
    const QCommandLineOption profileOption(u"profile"_s,
        QApplication::translate("main", "Open this person's page (their handle)."), u"handle"_s);
    const QCommandLineOption composeOption(
        u"compose"_s, QApplication::translate("main", "Open the composer to write a post."));
    const QCommandLineOption searchOption(u"search"_s,
        QApplication::translate("main", "Search for these words once the window is open."),
        u"words"_s);
    const QCommandLineOption offlineOption(
        u"offline"_s, QApplication::translate("main", "Start without touching the network."));
    const QCommandLineOption firstPaintOption(u"exit-after-first-paint"_s,
        QApplication::translate("main",
            "Quit once the first card of the page you will see is painted, printing the "
            "milliseconds since start and what was painted (for benchmarks). Gives up after "
            "%1 seconds with nothing to show.")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(Hearth::FirstPaintProbe::Limit)
                     .count()));
    const QCommandLineOption colorSchemeOption(u"color-scheme"_s,
        QApplication::translate("main",
            "The colors: light, dark, or system (as the desktop's). By default, those chosen "
            "in Settings."),
        u"scheme"_s);
    const QCommandLineOption langOption
        = makeLangOption(QApplication::translate("main",
            "The language to show Hearth in: %1, optionally with a region (de_AT). Dates and "
            "numbers follow it too. By default, the one chosen in Settings, or the system's.")
                             .arg(Hearth::Translations::availableLanguages().join(u", "_s)));
    const QCommandLineOption verboseOption = makeVerboseOption(
        QApplication::translate("main", "Write the log to the terminal as well as to %1.")
            .arg(log.path()));
    parser.addOption(pageOption);
    parser.addOptions({serverOption, dataOption, topicOption, postOption, composeOption,
        offlineOption, firstPaintOption, colorSchemeOption, langOption, verboseOption});
    parser.addOption(searchOption);
    parser.addPositionalArgument(u"link"_s,
        QApplication::translate("main",
            "A Hearth link to open (hearth:post/42?community=…, as Copy link makes them): a "
            "post, a comment, a topic or a person, on the community Hearth is connected to."),
        u"[link]"_s);
    parser.addOption(profileOption);
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        std::fputs(
            qPrintable(QApplication::translate("main", "Hearth opens one link at a time.") + u'\n'),
            stderr);
        return 2;
    }
    Hearth::Appearance appearance(app);
    appearance.apply(parser.isSet(colorSchemeOption)
            ? Hearth::Appearance::parseColorScheme(parser.value(colorSchemeOption))
            : display.colorScheme());

    const QString dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);

    // A link clicked while Hearth is open on this folder goes to that window: one window per
    // cache and outbox.
    Hearth::InstanceChannel channel(dataDir);
    if (!parser.positionalArguments().isEmpty()
        && channel.handOver(parser.positionalArguments().first())) {
        std::fputs(qPrintable(QApplication::translate(
                                  "main", "Hearth is open already: the link went to its window.")
                       + u'\n'),
            stderr);
        return 0;
    }
    if (channel.listen())
        qCInfo(lcMain) << "links clicked later come to this window, through"
                       << channel.socketPath();
    else
        qCWarning(lcMain) << "links clicked later will open a window of their own: cannot listen at"
                          << channel.socketPath();

    // The community last used is remembered; --server chooses another.
    const QString serverText = parser.isSet(serverOption)
        ? parser.value(serverOption)
        : settings.value(u"server/url"_s, parser.value(serverOption)).toString();
    const QUrl server = QUrl::fromUserInput(serverText);
    settings.setValue(u"server/url"_s, server.toString());

    Hearth::ApiClient api(server);
    api.setMediaCacheDirectory(QDir(dataDir).filePath(u"media-cache"_s));
    Hearth::Credentials credentials;
    Hearth::Community community(api, credentials, settings, dataDir);
    community.setNetworkEnabled(!parser.isSet(offlineOption));
    Hearth::MainWindow window(community, settings);
    window.setAppearance(&appearance);
    if (!community.open()) {
        // Said where it was started too: a terminal may be all there is to see it.
        std::fputs(
            qPrintable(QApplication::translate("main", "Hearth could not open its saved posts: %1")
                           .arg(community.errorString())
                + u'\n'),
            stderr);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Hearth"),
            QApplication::translate("main", "Hearth could not open its saved posts: %1")
                .arg(community.errorString()));
        return 1;
    }
    const QString topic
        = parser.isSet(topicOption) ? parser.value(topicOption) : window.initialTopic(u"therapy"_s);
    window.openTopic(topic);
    if (const qint64 post = parser.value(postOption).toLongLong(); post != 0)
        window.openPost(post);
    if (parser.isSet(pageOption)) {
        const QString page = parser.value(pageOption);
        if (page == u"directory")
            window.open(Hearth::Location::directory());
        else if (page == u"drafts")
            window.open(Hearth::Location::drafts());
        else if (page == u"notifications")
            window.open(Hearth::Location::notifications());
        else {
            std::fputs(qPrintable(QApplication::translate("main",
                                      "Hearth has no page “%1”. Try directory, drafts or "
                                      "notifications.")
                                      .arg(page)
                           + u'\n'),
                stderr);
            return 2;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        // A link that cannot be opened is said in the window, and where Hearth was started.
        if (const QString problem = window.openPlaceLink(parser.positionalArguments().first());
            !problem.isEmpty())
            std::fputs(qPrintable(problem + u'\n'), stderr);
    }
    if (const QString handle = parser.value(profileOption); !handle.isEmpty())
        window.open(Hearth::Location::profile(handle));
    if (parser.isSet(composeOption))
        QTimer::singleShot(0, &window, [&window, topic] { window.openComposer(topic); });
    if (parser.isSet(searchOption)) {
        QTimer::singleShot(0, &window, [&window, words = parser.value(searchOption)] {
            window.searchField()->focusSearch();
            window.searchField()->setText(words);
        });
    }
    std::unique_ptr<Hearth::FirstPaintProbe> probe;
    if (parser.isSet(firstPaintOption)) {
        // The page the person will see: while a remembered account is being resumed, the
        // signed-out page shown meanwhile does not count; once it is, the account's page
        // (built anew on its cache) is watched, and a card on it counts.
        const auto settled = [&window, &community] {
            return !community.isResuming() && window.topicPage()
                && window.currentPage() == window.topicPage();
        };
        probe = std::make_unique<Hearth::FirstPaintProbe>(
            [&window, settled] { return settled() && window.topicPage()->model()->rowCount() > 0; },
            [&window, &community] {
                if (community.isResuming())
                    return u"the signed-out page, the remembered account still being resumed"_s;
                if (!window.topicPage())
                    return u"no topic page"_s;
                const std::optional<Hearth::User> user = community.user();
                return u"the topic page of %1 with %2 card(s), %3"_s.arg(window.topicPage()->slug())
                    .arg(window.topicPage()->model()->rowCount())
                    .arg(user ? u"signed in as @"_s + user->handle : u"signed out"_s);
            });
        const auto watchPage = [&window, &community, &probe] {
            probe->watch(!community.isResuming() && window.topicPage()
                    ? window.topicPage()->feedView()->viewport()
                    : nullptr);
        };
        QObject::connect(&community, &Hearth::Community::switched, probe.get(), watchPage);
        QObject::connect(&community, &Hearth::Community::resumeFinished, probe.get(), watchPage);
        watchPage();
    }
    // Nothing reads the cache whole before the window is up: a cache that was not closed
    // cleanly (or is due) is checked in the background after the first paint. The system's
    // view of the network (its plug-ins) waits for the window too: until then, what requests
    // meet says whether the community is there.
    Hearth::AfterFirstPaint::run([&community] {
        community.startHealthChecks();
        community.connectivity().watchSystem();
    });
    QObject::connect(
        &channel, &Hearth::InstanceChannel::linkReceived, &window, [&window](const QString &link) {
            if (window.isMinimized())
                window.showNormal();
            window.raise();
            window.activateWindow();
            const QString problem = window.openPlaceLink(link);
            if (!problem.isEmpty())
                window.statusBar()->showMessage(problem, 10000);
            qCInfo(lcMain).noquote() << "a later start handed over" << link << "-"
                                     << (problem.isEmpty() ? u"opened"_s : problem);
        });
    window.show();
    return app.exec();
}
