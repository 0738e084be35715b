#include "Connectivity.h"

#include "net/ApiClient.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

#include <utility>

Q_LOGGING_CATEGORY(lcConnectivity, "hearth.sync.connectivity")

namespace Hearth {

Connectivity::Connectivity(QObject *parent) : QObject(parent) { }

void Connectivity::watchSystem()
{
    if (std::exchange(m_watchesSystem, true))
        return;
    // The default backend is NetworkManager's, which is not always running; the
    // reachability-capable one (glib on GNOME-less systems too) is the fallback.
    const bool systemBackend = QNetworkInformation::loadDefaultBackend()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (systemBackend && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            &Connectivity::systemReachabilityChanged);
        systemReachabilityChanged();
    }
    qCDebug(lcConnectivity) << "system network information:"
                            << (systemBackend ? QNetworkInformation::instance()->backendName()
                                              : QStringLiteral("none"));
}

void Connectivity::systemReachabilityChanged()
{
    const auto reachability = QNetworkInformation::instance()->reachability();
    // Only a definite "disconnected" counts: "unknown" is no news, and "online" is not
    // trusted until a request gets through.
    const bool offline = reachability == QNetworkInformation::Reachability::Disconnected;
    const bool wasOffline = m_systemSaysOffline;
    m_systemSaysOffline = offline;
    if (offline)
        setOnline(false);
    else if (wasOffline)
        setOnline(true); // worth trying again at once
}

void Connectivity::watch(ApiClient &api)
{
    connect(&api, &ApiClient::reachabilityObserved, this,
        [this](bool reached) { reached ? reportReached() : reportUnreachable(); });
}

void Connectivity::reportReached()
{
    setOnline(true);
}

void Connectivity::reportUnreachable()
{
    setOnline(false);
}

void Connectivity::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcConnectivity) << (online ? "online" : "offline");
    Q_EMIT onlineChanged(online);
}

} // namespace Hearth
