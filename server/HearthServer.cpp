#include "HearthServer.h"

#include "ApiServer.h"
#include "ConnectionGuard.h"
#include "Store.h"

namespace Hearth {

HearthServer::HearthServer(Store &store, const QDir &mediaDir, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(store)
    , m_topics(store)
    , m_posts(store)
    , m_comments(store)
    , m_safety(store)
    , m_media(store, mediaDir)
    , m_changes(store)
    , m_search(store)
    , m_notifications(store)
    , m_users(store)
    , m_housekeeping(store, mediaDir)
{
    m_accounts.addTo(m_router);
    m_topics.addTo(m_router);
    m_posts.addTo(m_router);
    m_comments.addTo(m_router);
    m_safety.addTo(m_router);
    m_media.addTo(m_router);
    m_changes.addTo(m_router);
    m_search.addTo(m_router);
    m_notifications.addTo(m_router);
    m_users.addTo(m_router);
    m_http = new ApiServer(m_store, m_router, this);
    connect(m_http, &ApiServer::databaseLost, this, &HearthServer::databaseLost);
    m_housekeeping.start();
}

HearthServer::~HearthServer()
{
    // First, while the routes its deferred answers come back to still exist.
    delete m_http;
}

void HearthServer::setTrustedProxy(const QHostAddress &proxy)
{
    m_trustedProxy = proxy;
    m_accounts.setTrustedProxy(proxy);
    m_changes.setTrustedProxy(proxy);
}

quint16 HearthServer::listen(const QHostAddress &address, quint16 port)
{
    auto *guard = new ConnectionGuard(this);
    guard->setTrustedProxy(m_trustedProxy);
    if (!guard->listen(address, port)) {
        delete guard;
        return 0;
    }
    m_http->setConnectionCap(guard->connectionCap());
    m_http->bind(guard);
    return guard->serverPort();
}

} // namespace Hearth
