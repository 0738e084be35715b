#pragma once

#include "ChangeBroadcast.h"
#include "ChangeWaiters.h"
#include "HttpReply.h"
#include "Router.h"
#include "Sql.h"

#include <QAbstractHttpServer>
#include <QThreadPool>

#include <map>
#include <memory>

namespace Hearth {

class Store;

// The HTTP front of hearth-server. Every request goes through the same steps: route
// (404 / 405), authenticate (401), replay an idempotent write or run the handler inside
// one transaction that commits only on success, then answer with JSON. Handlers are
// synchronous (QtHttpServer 6.4's asynchronous responses are not safe, TOOLCHAIN.md); what
// would hold every other request up (password hashing) a handler defers to a worker thread,
// and the answer goes out when that is done, ahead of the connection's next request. A
// request that waits for changes (WaitReply) is held by ChangeWaiters, which a committed write
// wakes when it took a change number that may concern them.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiServer(Store &store, Router &router, QObject *parent = nullptr);
    ~ApiServer() override;

    // Deferred answers waiting at once, in all; more are refused with 429 until some are done.
    static constexpr int MaxDeferred = 32;

    // See ChangeWaiters::setConnectionCap().
    void setConnectionCap(int connections) { m_waiters.setConnectionCap(connections); }

Q_SIGNALS:
    // A request failed because the connection to the database server is gone: nothing
    // will work until the process starts again (the service manager's job).
    void databaseLost();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Answer answer(const QHttpServerRequest &request);
    Answer dispatch(const QHttpServerRequest &request);
    Answer runWrite(const Router::Route &route, Request &request);
    void defer(DeferredReply deferred, const QHttpServerRequest &request, QTcpSocket *socket,
        bool closing);
    HttpReply finishDeferred(const std::function<HttpReply()> &finish);
    // The answer to a request that failed in storage, telling databaseLost() when it was
    // the connection.
    HttpReply storageFailure(const Sql::Error &error);
    void wait(WaitReply wait, const QHttpServerRequest &request, QTcpSocket *socket, bool closing);

    class PendingAnswer;

    Store &m_store;
    Router &m_router;
    QThreadPool m_workers;
    // The connections deferred answers go back on, by a number the worker carries: they are
    // only ever touched on this thread.
    std::map<quint64, std::unique_ptr<PendingAnswer>> m_pending;
    quint64 m_nextPending = 0;
    ChangeWaiters m_waiters;
    ChangeBroadcast m_broadcast;
};

} // namespace Hearth
