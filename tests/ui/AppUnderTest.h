#pragma once

#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "sync/Community.h"
#include "ui/MainWindow.h"

#include <QSettings>
#include <QTest>

namespace Hearth::Testing {

// The client as main() puts it together, for the window's suites: an ApiClient, the real
// keychain (under a service of the tests' own), the settings and the community on dataDir,
// and the window. A restart is destroying one and making another on the same folder.
struct AppUnderTest
{
    AppUnderTest(const QUrl &server, const QString &dataDir,
        std::chrono::milliseconds transferTimeout = std::chrono::seconds(5))
        : api(server)
        , credentials(QStringLiteral("Hearth tests"))
        , settings(dataDir + QStringLiteral("/hearth.ini"), QSettings::IniFormat)
        , community(api, credentials, settings, dataDir)
        , window(community, settings)
    {
        api.setTransferTimeout(transferTimeout);
    }

    // Opens the cache and shows the window on a topic, as main() does.
    bool open(const QString &slug)
    {
        if (!community.open())
            return false;
        window.openTopic(slug);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    ApiClient api;
    Credentials credentials;
    QSettings settings;
    Community community;
    MainWindow window;
};

} // namespace Hearth::Testing
