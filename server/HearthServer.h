#pragma once

#include "AccountRoutes.h"
#include "ChangeRoutes.h"
#include "CommentRoutes.h"
#include "Housekeeping.h"
#include "MediaRoutes.h"
#include "NotificationRoutes.h"
#include "PostRoutes.h"
#include "Router.h"
#include "SafetyRoutes.h"
#include "SearchRoutes.h"
#include "TopicRoutes.h"
#include "UserRoutes.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Hearth {

class ApiServer;
class Store;

// hearth-server assembled: the routes of every part of the API on one router, served
// over HTTP from one QtHttpServer behind a connection guard.
class HearthServer : public QObject
{
    Q_OBJECT

public:
    HearthServer(Store &store, const QDir &mediaDir, QObject *parent = nullptr);
    ~HearthServer() override;

    // Listens on address:port (0 picks a free one); gives the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    // See AccountRoutes::setTrustedProxy() and ConnectionGuard::setTrustedProxy(). Before
    // listen().
    void setTrustedProxy(const QHostAddress &proxy);
    // See AccountRoutes::setRegistrationsPerHour().
    void setRegistrationsPerHour(int count) { m_accounts.setRegistrationsPerHour(count); }

Q_SIGNALS:
    // See ApiServer::databaseLost().
    void databaseLost();

private:
    Store &m_store;
    Router m_router;
    AccountRoutes m_accounts;
    TopicRoutes m_topics;
    PostRoutes m_posts;
    CommentRoutes m_comments;
    SafetyRoutes m_safety;
    MediaRoutes m_media;
    ChangeRoutes m_changes;
    SearchRoutes m_search;
    NotificationRoutes m_notifications;
    UserRoutes m_users;
    Housekeeping m_housekeeping;
    QHostAddress m_trustedProxy;
    ApiServer *m_http = nullptr;
};

} // namespace Hearth
