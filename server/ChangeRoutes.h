#pragma once

#include "Router.h"

#include <QHostAddress>

namespace Hearth {

class Store;

// GET /changes: what changed after a change sequence number, at once or, with wait, once
// something has.
class ChangeRoutes
{
public:
    explicit ChangeRoutes(Store &store);
    void addTo(Router &router);
    // Waiting requests are counted per client address: see AccountRoutes::setTrustedProxy().
    void setTrustedProxy(const QHostAddress &proxy) { m_trustedProxy = proxy; }

    // The longest wait a request may ask for, in seconds.
    static constexpr int MaxWaitSeconds = 30;

private:
    Answer changes(Request &request);
    // The delta after since, or nothing when it is empty and unlessEmpty.
    std::optional<HttpReply> delta(
        qint64 since, const QList<qint64> &topicIds, qint64 viewerId, bool evenIfEmpty);

    Store &m_store;
    QHostAddress m_trustedProxy;
};

} // namespace Hearth
