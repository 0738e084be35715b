#pragma once

#include "ConnectionLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

namespace Hearth {

// The TCP server handed to QAbstractHttpServer::bind(): it enforces what QtHttpServer 6.4
// lacks before the HTTP server sees a byte — request limits and deadlines, idle
// connections, answers nobody reads (GuardedConnection, one per socket) — and how many
// connections may be open at all and from one address.
//
// How: each socket gets a readyRead slot connected *before* the HTTP server's. That slot
// frames the byte stream itself (RequestFramer) by peek()ing at what the server has not read
// yet, and never consumes a byte of an accepted request. A broken request is answered there
// (400, 408, 413, 431, JSON error body, Connection: close) and its bytes discarded. This
// relies on QtHttpServer 6.4 internals (slot order, one request read per readyRead), which
// tests/server/tst_connectionguard.cpp pins.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT

public:
    using Limits = ConnectionLimits;

    explicit ConnectionGuard(QObject *parent = nullptr);
    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    const Limits &limits() const { return m_limits; }
    // Connections open at once in all: maxConnections, or what the file descriptor limit
    // leaves when that is 0.
    int connectionCap() const { return m_connectionCap; }
    int openConnections() const { return m_open; }

    // A reverse proxy carries many clients' connections: no per-address cap for it.
    void setTrustedProxy(const QHostAddress &proxy) { m_trustedProxy = proxy; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void connectionClosed(const QString &address);
    void acceptFailed(QAbstractSocket::SocketError error);
    void updateAccepting();

    Limits m_limits;
    int m_connectionCap = 0;
    int m_open = 0;
    bool m_full = false; // at the cap, and not yet room for a full listen queue again
    QHash<QString, int> m_openByAddress;
    QHostAddress m_trustedProxy;
    // After the system refused to accept (out of file descriptors), a pause before trying
    // again, doubled while it keeps failing.
    QTimer m_acceptRetry;
    int m_acceptRetryMs = 0;
};

} // namespace Hearth
