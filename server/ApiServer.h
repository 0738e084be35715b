#pragma once

#include "HttpReply.h"
#include "Router.h"

#include <QAbstractHttpServer>

namespace Hearth {

class Store;

// The HTTP front of hearth-server. Every request goes through the same steps: route
// (404 / 405), authenticate (401), replay an idempotent write or run the handler inside
// one transaction that commits only on success, then answer with JSON. Handlers are
// synchronous: QtHttpServer 6.4's asynchronous responses are not safe (TOOLCHAIN.md).
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiServer(Store &store, Router &router, QObject *parent = nullptr);

    // Answers one request without a socket: what handleRequest() writes.
    HttpReply process(const QHttpServerRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply dispatch(const QHttpServerRequest &request);
    HttpReply runWrite(const Router::Route &route, Request &request);

    Store &m_store;
    Router &m_router;
};

} // namespace Hearth
