#pragma once

#include <QObject>

namespace Hearth {

class ApiClient;

// Whether the community can be reached, as well as the client can tell: the system's view
// (QNetworkInformation, when a backend loads) and, more trustworthy, what the last
// requests met. A request that failed for the network takes the client offline; one that
// got any answer brings it back. The outbox and the sync engine follow onlineChanged().
class Connectivity : public QObject
{
    Q_OBJECT

public:
    explicit Connectivity(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }

    // Starts following the system's view too. Not done on construction: loading the
    // network-information plug-ins costs the start more than the window's first frame can
    // spare, so the app asks once its window is up. Once is enough; later calls do nothing.
    void watchSystem();
    bool watchesSystem() const { return m_watchesSystem; }

    void reportReached();
    void reportUnreachable();
    // Follows what every request of api meets.
    void watch(ApiClient &api);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void systemReachabilityChanged();
    void setOnline(bool online);

    bool m_online = true;
    bool m_systemSaysOffline = false;
    bool m_watchesSystem = false;
};

} // namespace Hearth
