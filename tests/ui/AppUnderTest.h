#pragma once

#include "api/Requests.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "sync/Account.h"
#include "sync/Community.h"
#include "sync/Outbox.h"
#include "ui/window/MainWindow.h"

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

    // Signs in as a member of the demo community (its one password) and waits until the
    // account's outbox is there.
    bool signIn(const QString &handle, const QString &password = QStringLiteral("hearth-demo"))
    {
        community.account().signIn(Login{handle, password});
        return QTest::qWaitFor([this] { return community.outbox() != nullptr; }, WaitMs);
    }

    // Waits until every write the outbox holds has reached the server.
    bool sent() const
    {
        return QTest::qWaitFor(
            [this] { return community.outbox() && community.outbox()->pendingCount() == 0; },
            WaitMs);
    }

    // How long the app is given to reach the server and back in these suites.
    static constexpr int WaitMs = 20'000;

    ApiClient api;
    Credentials credentials;
    QSettings settings;
    Community community;
    MainWindow window;
};

} // namespace Hearth::Testing
