#include "ConnectionGuard.h"

#include "GuardedConnection.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QtHttpServer/qthttpserverversion.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

// The guard mirrors how QtHttpServer 6.4 reads a socket (see GuardedConnection). Later
// versions read differently (6.5 reconnects its readyRead slot after every request, which
// breaks the slot order): re-measure with tst_connectionguard before lifting this.
static_assert(QTHTTPSERVER_VERSION < QT_VERSION_CHECK(6, 5, 0),
    "ConnectionGuard relies on QtHttpServer 6.4 internals; re-verify tst_connectionguard");

namespace Hearth {

namespace {

Q_LOGGING_CATEGORY(lcGuard, "hearth.server.guard")

// File descriptors kept for everything but connections: the database and its journal, media
// files being read or written, the listening socket, standard streams.
constexpr int reservedDescriptors = 64;

constexpr int firstAcceptRetryMs = 50;
constexpr int lastAcceptRetryMs = 2000;

int descriptorCap()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return std::max(1, int(std::min<rlim_t>(limit.rlim_cur, 1 << 20)) - reservedDescriptors);
#endif
    return 1024 - reservedDescriptors;
}

} // namespace

ConnectionGuard::ConnectionGuard(QObject *parent) : ConnectionGuard(Limits(), parent) { }

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_connectionCap(limits.maxConnections > 0 ? limits.maxConnections : descriptorCap())
{
    m_acceptRetry.setSingleShot(true);
    connect(&m_acceptRetry, &QTimer::timeout, this, &ConnectionGuard::updateAccepting);
    connect(this, &QTcpServer::acceptError, this, &ConnectionGuard::acceptFailed);
}

ConnectionGuard::~ConnectionGuard() = default;

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
    // A connection is counted from here, so the counts hold whatever happens below.
    m_acceptRetryMs = 0;
    // Parented to the guard so that sockets the server never deleted go with it.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcGuard) << "Could not take over an incoming connection:"
                           << socket->errorString();
        delete socket;
#ifdef Q_OS_UNIX
        ::close(int(socketDescriptor));
#endif
        return;
    }

    // Answers go out as they are written: with Nagle's algorithm, the body written after the
    // head waited for the client's delayed ACK of the head (40 ms on Linux), which held the
    // feed to ~700 answers a second on an idle CPU.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    const QHostAddress peer = socket->peerAddress();
    const QString address = peer.toString();
    const bool fromProxy = !m_trustedProxy.isNull()
        && peer.isEqual(m_trustedProxy, QHostAddress::ConvertV4MappedToIPv4);
    // QTcpServer accepts every connection waiting in one go, so the pause that keeps later
    // ones waiting in the system's queue comes too late for the rest of this go: they are
    // refused. Nothing was asked yet, so there is nothing to answer: they are closed at once.
    const char *refusal = nullptr;
    if (m_open >= m_connectionCap)
        refusal = "the server has as many connections open as it may";
    else if (!fromProxy && m_openByAddress.value(address) >= m_limits.maxConnectionsPerAddress)
        refusal = "that address has as many connections open as it may";
    if (refusal) {
        qCInfo(lcGuard) << "Refused a connection from" << address << "because" << refusal;
        socket->abort();
        delete socket;
        updateAccepting();
        return;
    }
    ++m_open;
    ++m_openByAddress[address];
    connect(socket, &QObject::destroyed, this, [this, address] { connectionClosed(address); });

    auto *connection = new GuardedConnection(socket, m_limits);
    // Connected before addPendingConnection(): QAbstractHttpServer 6.4 takes the socket and
    // connects its own readyRead slot right there (pendingConnectionAvailable), so ours runs
    // first on every readyRead, and afterServer() after it.
    connect(socket, &QIODevice::readyRead, connection, &GuardedConnection::beforeServer);
    addPendingConnection(socket);
    if (hasPendingConnections()) {
        // Nobody took the socket synchronously: the slot order the guard relies on is not given.
        qCCritical(lcGuard)
            << "ConnectionGuard is not bound to a QAbstractHttpServer; refusing connections";
        while (QTcpSocket *pending = nextPendingConnection()) {
            pending->abort();
            pending->deleteLater();
        }
        return;
    }
    connect(socket, &QIODevice::readyRead, connection, &GuardedConnection::afterServer);
    connect(socket, &QIODevice::channelReadyRead, connection, &GuardedConnection::dataArrived);
    // Only now: QTcpServer::nextPendingConnection(), with which the HTTP server took the
    // socket, turns accepting on again.
    updateAccepting();
}

void ConnectionGuard::connectionClosed(const QString &address)
{
    --m_open;
    if (auto it = m_openByAddress.find(address); it != m_openByAddress.end() && --*it <= 0)
        m_openByAddress.erase(it);
    updateAccepting();
}

// The system refused a connection (out of file descriptors, or of memory). QTcpServer stops
// accepting then; try again after a pause instead of never — or of spinning on a listening
// socket that stays readable.
void ConnectionGuard::acceptFailed(QAbstractSocket::SocketError error)
{
    m_acceptRetryMs = m_acceptRetryMs == 0 ? firstAcceptRetryMs
                                           : std::min(2 * m_acceptRetryMs, lastAcceptRetryMs);
    qCWarning(lcGuard) << "Could not accept a connection (" << error << errorString()
                       << "); trying again in" << m_acceptRetryMs << "ms";
    pauseAccepting();
    m_acceptRetry.start(m_acceptRetryMs);
}

// Connections beyond the cap wait in the system's listen queue until others close: accepting
// them would only run out of file descriptors. QTcpServer accepts the whole queue in one go
// when it accepts again, so it does once there is room for a full queue, not at the first
// free place (the rest of the queue would be refused).
void ConnectionGuard::updateAccepting()
{
    if (!isListening())
        return;
    const int room = std::min(listenBacklogSize() + 1, m_connectionCap / 2);
    if (m_open >= m_connectionCap)
        m_full = true;
    else if (m_full && m_open <= m_connectionCap - room)
        m_full = false;
    if (m_full)
        pauseAccepting();
    else if (!m_acceptRetry.isActive())
        resumeAccepting();
}

} // namespace Hearth
