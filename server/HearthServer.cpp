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
    , m_housekeeping(store, mediaDir)
{
    m_accounts.addTo(m_router);
    m_topics.addTo(m_router);
    m_posts.addTo(m_router);
    m_comments.addTo(m_router);
    m_safety.addTo(m_router);
    m_media.addTo(m_router);
    m_changes.addTo(m_router);
    m_http = new ApiServer(m_store, m_router, this);
    m_housekeeping.start();
}

HearthServer::~HearthServer() = default;

quint16 HearthServer::listen(const QHostAddress &address, quint16 port)
{
    auto *guard = new ConnectionGuard(this);
    if (!guard->listen(address, port)) {
        delete guard;
        return 0;
    }
    m_http->bind(guard);
    return guard->serverPort();
}

} // namespace Hearth
