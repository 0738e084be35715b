#include "GuardedConnection.h"

#include "HttpReply.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

Q_LOGGING_CATEGORY(lcGuard, "hearth.server.guard")

// The name GuardedConnection::of() finds the guard of a socket by.
constexpr auto guardName = "hearth-guarded-connection";

// How often a connection held back by unsent answers looks whether they drained (its
// socket's bytesWritten is blocked meanwhile).
constexpr std::chrono::milliseconds backlogPollInterval(20);

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0);
}

} // namespace

GuardedConnection::GuardedConnection(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_peer(socket->peerAddress().toString())
    , m_framer(limits)
{
    setObjectName(QLatin1StringView(guardName));
    // A fast sender must not fill memory faster than the guard looks at what it sends.
    m_socket->setReadBufferSize(baseReadBufferSize());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuardedConnection::onTimeout);
    m_backlogTimer.setInterval(backlogPollInterval);
    connect(&m_backlogTimer, &QTimer::timeout, this, &GuardedConnection::watchBacklog);
    connect(m_socket, &QAbstractSocket::disconnected, &m_timer, qOverload<>(&QTimer::stop));
    connect(m_socket, &QAbstractSocket::disconnected, &m_backlogTimer, &QTimer::stop);
    connect(m_socket, &QIODevice::bytesWritten, this, &GuardedConnection::dataSent);
    m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
    armTimer();
}

GuardedConnection *GuardedConnection::of(QTcpSocket *socket)
{
    if (!socket)
        return nullptr;
    return static_cast<GuardedConnection *>(
        socket->findChild<QObject *>(QLatin1StringView(guardName), Qt::FindDirectChildrenOnly));
}

void GuardedConnection::beforeServer()
{
    m_inServerSlot = true;
    if (m_phase != Phase::Framing && m_phase != Phase::Last && m_phase != Phase::RefusalPending)
        return;

    const qint64 available = m_socket->bytesAvailable();
    qint64 received = m_consumed + available;
    if (received < m_scanned) {
        // The server read more than afterServer() saw (it read outside its readyRead slot):
        // re-anchor on what the socket holds, all of which was framed already.
        qCDebug(lcGuard) << "Re-anchoring the framing of" << m_peer;
        m_consumed = m_scanned - available;
        received = m_scanned;
    }
    const qint64 fresh = received - m_scanned;

    // The new bytes are the tail of the buffer. Peek only when their content matters: the
    // bytes of a body are merely counted.
    QByteArray peeked;
    const auto freshBytes = [&](qint64 offset) {
        if (peeked.isNull())
            peeked = m_socket->peek(available);
        return QByteArrayView(peeked).sliced(peeked.size() - (fresh - offset));
    };

    qint64 offset = 0;
    while (offset < fresh && m_phase == Phase::Framing) {
        const RequestFramer::Step step = m_framer.needsContent() ? m_framer.step(freshBytes(offset))
                                                                 : m_framer.skip(fresh - offset);
        offset += step.used;
        if (step.used == 0 && step.event == RequestFramer::Event::None)
            break;
        onFramed(step);
    }
    // Whatever follows a refused request, or the connection's last one, is dropped unread.
    m_scanned = received;
    settleIfDue();
}

void GuardedConnection::onFramed(RequestFramer::Step step)
{
    switch (step.event) {
    case RequestFramer::Event::None:
        return;
    case RequestFramer::Event::Started:
        m_headDeadline.setRemainingTime(m_limits.headDeadline);
        m_requestDeadline.setRemainingTime(m_limits.requestDeadline);
        break;
    case RequestFramer::Event::HeadAccepted:
        fitReadBuffer();
        break;
    case RequestFramer::Event::Completed:
        if (m_framer.isLastRequest()) {
            m_phase = Phase::Last;
            m_lastStart = m_framer.requestStart();
            m_lastEnd = m_framer.position();
            // The server reads the requests before it one per event loop turn.
            m_phaseDeadline.setRemainingTime(m_limits.lingerTime);
        } else {
            m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
        }
        break;
    case RequestFramer::Event::Refused:
        refuse(*m_framer.refusal());
        return;
    }
    armTimer();
}

void GuardedConnection::afterServer()
{
    m_inServerSlot = false;
    if (m_phase != Phase::Framing && m_phase != Phase::Last && m_phase != Phase::RefusalPending)
        return;
    if (m_arrivedInServerSlot) {
        // Which of the bytes that arrived meanwhile the server read is unknowable: the
        // framing cannot be trusted any more. Handlers must not run event loops.
        qCWarning(lcGuard)
            << "Data arrived while the HTTP server handled a request; aborting the connection from"
            << m_peer;
        m_socket->abort();
        return;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_consumed = std::max(m_consumed, m_scanned - m_socket->bytesAvailable());
    settleIfDue();
    if (m_phase == Phase::Framing)
        fitReadBuffer();
    if (m_phase == Phase::Framing || m_phase == Phase::Last)
        checkBacklog();
}

void GuardedConnection::dataArrived()
{
    if (m_inServerSlot)
        m_arrivedInServerSlot = true;
}

bool GuardedConnection::isHandlingLastRequest() const
{
    // While the server handles a request, m_consumed is where the one before it ended.
    return m_lastStart >= 0 && m_consumed >= m_lastStart;
}

void GuardedConnection::holdReading()
{
    ++m_holds;
    pauseReading();
}

void GuardedConnection::releaseReading()
{
    if (m_holds == 0)
        return;
    if (--m_holds > 0)
        return;
    settleIfDue();
    if (m_phase == Phase::Framing || m_phase == Phase::Last)
        checkBacklog();
    resumeReading();
}

void GuardedConnection::dataSent()
{
    switch (m_phase) {
    case Phase::Framing:
        // Idle means silent both ways: a client slowly reading a large answer is not idle.
        // (The timer keeps its time; onTimeout() sees the deadline moved and re-arms.)
        if (m_framer.state() == RequestFramer::State::Idle)
            m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
        break;
    case Phase::Lingering:
        shutDownWriteIfFlushed();
        break;
    case Phase::Closing:
        // The last answer is still going out, and the client is reading it.
        m_phaseDeadline.setRemainingTime(m_limits.lingerTime);
        break;
    case Phase::Last:
    case Phase::RefusalPending:
        break;
    }
}

void GuardedConnection::refuse(const ApiError &error)
{
    m_phase = Phase::RefusalPending;
    m_refusal = error;
    m_refusalAt = m_framer.requestStart();
    // The answers to requests accepted before this one go out first; the server reads them
    // one per (re-emitted) readyRead, so this is a matter of event loop turns.
    m_phaseDeadline.setRemainingTime(m_limits.lingerTime);
    armTimer();
}

// Ends what is waiting on the server once it has read every request before: answers a
// refusal, or closes after the connection's last answer. Never while an answer is held:
// it would overtake it.
void GuardedConnection::settleIfDue()
{
    if (m_holds > 0)
        return;
    if (m_phase == Phase::RefusalPending && m_consumed >= m_refusalAt) {
        answerRefusal();
    } else if (m_phase == Phase::Last && m_consumed >= m_lastEnd) {
        qCDebug(lcGuard) << "Closing after the last request of" << m_peer;
        stopServerReading();
        close();
    }
}

void GuardedConnection::answerRefusal()
{
    stopServerReading();
    m_phase = Phase::Lingering;
    m_lingerDropped = 0;
    m_socket->setReadBufferSize(baseReadBufferSize());

    m_socket->write(HttpReply::error(m_refusal).toHttp(/*closing=*/true));
    // Never the head itself: its fields may carry tokens.
    qCInfo(lcGuard).nospace() << "Refused a request from " << m_peer << ": "
                              << m_refusal.httpStatus() << ' '
                              << ApiError::wireName(m_refusal.code()) << " (" << m_refusal.message()
                              << ')';

    m_phaseDeadline.setRemainingTime(m_limits.lingerTime);
    armTimer();
    m_socket->flush();
    shutDownWriteIfFlushed();
}

// From here on the HTTP server must not see another byte of this connection: its readyRead
// slot goes (this guard's too), and only the one that drops everything stays.
void GuardedConnection::stopServerReading()
{
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    disconnect(m_socket, &QIODevice::channelReadyRead, this, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &GuardedConnection::discard);
    // Nothing is held back any more: what the socket says from now on is for this guard.
    m_backlogTimer.stop();
    m_backlogged = false;
    if (m_paused)
        unpause();
    discard();
}

void GuardedConnection::discard()
{
    // QtHttpServer reads inside a transaction, which keeps every byte read in the buffer
    // until it commits: end it, or the dropped bytes would stay in memory.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    const qint64 dropped = m_socket->skip(m_socket->bytesAvailable());
    if (m_phase != Phase::Lingering || dropped <= 0)
        return;
    m_lingerDropped += dropped;
    if (m_lingerDropped > m_limits.lingerBytes)
        close();
}

void GuardedConnection::shutDownWriteIfFlushed()
{
    if (m_phase != Phase::Lingering || m_writeShutDown || m_socket->bytesToWrite() > 0)
        return;
    m_writeShutDown = true;
#ifdef Q_OS_UNIX
    // A half-close: the client reads the answer and the end of the stream while this side
    // keeps reading (and dropping) what it still sends. Closing with unread data would send
    // a reset instead, which can destroy the answer before the client has read it.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    close();
#endif
}

void GuardedConnection::close()
{
    if (m_phase == Phase::Closing)
        return;
    m_phase = Phase::Closing;
    m_phaseDeadline.setRemainingTime(m_limits.lingerTime);
    // Waits for unsent bytes; a client that stops reading them is aborted by the timer.
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        armTimer();
}

void GuardedConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Framing:
        switch (m_framer.state()) {
        case RequestFramer::State::Idle:
        case RequestFramer::State::Done:
            if (!m_phaseDeadline.hasExpired())
                break;
            if (m_consumed < m_scanned || m_paused) {
                // The server has accepted requests still to read, or answers still to
                // send: busy, not idle (a backlog has a deadline of its own).
                m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
                break;
            }
            qCDebug(lcGuard) << "Closing the idle connection from" << m_peer;
            close();
            return;
        case RequestFramer::State::Head:
            if (!m_headDeadline.hasExpired() && !m_requestDeadline.hasExpired())
                break;
            refuse(ApiError(ApiError::Code::RequestTimeout,
                u"The request head did not arrive within %1 s."_s.arg(
                    seconds(m_limits.headDeadline))));
            settleIfDue();
            return;
        case RequestFramer::State::Body:
            if (!m_requestDeadline.hasExpired())
                break;
            refuse(ApiError(ApiError::Code::RequestTimeout,
                u"The request did not arrive within %1 s."_s.arg(
                    seconds(m_limits.requestDeadline))));
            settleIfDue();
            return;
        }
        break;
    case Phase::Last:
    case Phase::RefusalPending:
        if (!m_phaseDeadline.hasExpired())
            break;
        if (m_paused) {
            // Answers before it are held or draining; each of those has its own bound.
            m_phaseDeadline.setRemainingTime(m_limits.lingerTime);
            break;
        }
        qCWarning(lcGuard) << "The HTTP server did not read the requests before the last one; "
                              "aborting the connection from"
                           << m_peer;
        m_socket->abort();
        return;
    case Phase::Lingering:
        if (!m_phaseDeadline.hasExpired())
            break;
        close();
        return;
    case Phase::Closing:
        if (!m_phaseDeadline.hasExpired())
            break;
        m_socket->abort();
        return;
    }
    armTimer();
}

void GuardedConnection::armTimer()
{
    QDeadlineTimer deadline = m_phaseDeadline;
    if (m_phase == Phase::Framing && m_framer.state() == RequestFramer::State::Head)
        deadline = std::min(m_headDeadline, m_requestDeadline);
    else if (m_phase == Phase::Framing && m_framer.state() == RequestFramer::State::Body)
        deadline = m_requestDeadline;
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));
}

qint64 GuardedConnection::baseReadBufferSize() const
{
    // The server keeps a partial head in the buffer (its transaction), and the guard needs
    // to see one byte beyond the head limit: a smaller buffer would stall such a head.
    return std::max(m_limits.readBufferBytes, 2 * m_limits.maxHeadBytes + 2);
}

// QtHttpServer keeps the whole request in the socket buffer until it is complete (it reads
// inside a transaction): a read buffer smaller than an accepted request stalls it for good.
// So the buffer grows for an accepted body and shrinks back once the server is through.
void GuardedConnection::fitReadBuffer()
{
    const bool inBody = m_framer.state() == RequestFramer::State::Body;
    const qint64 wanted = baseReadBufferSize() + (inBody ? m_framer.requestBytes() : 0);
    const qint64 current = m_socket->readBufferSize();
    if (wanted > current) {
        m_socket->setReadBufferSize(wanted);
    } else if (wanted < current && !m_socket->isTransactionStarted()
        && m_socket->bytesAvailable() < wanted) {
        // Only when the buffer holds less than the new size: setReadBufferSize() then keeps
        // reading enabled (shrinking below the content would stop reading until a drain).
        m_socket->setReadBufferSize(wanted);
    }
}

// Pausing blocks the socket's signals: the HTTP server reads a request only on readyRead
// (its own re-emission included), so none reaches it. The socket still sends what it holds,
// and still reads from the network until its read buffer is full.
void GuardedConnection::pauseReading()
{
    if (m_paused)
        return;
    m_paused = true;
    m_endedBeforePause = m_socket->state() == QAbstractSocket::UnconnectedState;
    m_socket->blockSignals(true);
}

void GuardedConnection::resumeReading()
{
    if (!m_paused || m_holds > 0 || m_backlogged)
        return;
    if (!unpause())
        return;
    // Answers went out meanwhile (bytesWritten, which says so, was blocked): not idle.
    if (m_phase == Phase::Framing)
        m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
    // Requests that arrived meanwhile, or that the server would have read on its own
    // re-emitted readyRead, which the pause swallowed.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

// Lets the socket's signals through again. Gives false when the connection ended while they
// were blocked, and then says so as the swallowed signal would have: the HTTP server deletes
// the socket on it.
bool GuardedConnection::unpause()
{
    m_paused = false;
    m_socket->blockSignals(false);
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        return true;
    if (!m_endedBeforePause)
        Q_EMIT m_socket->disconnected();
    return false;
}

void GuardedConnection::checkBacklog()
{
    if (m_backlogged || m_socket->bytesToWrite() <= m_limits.maxUnsentBytes)
        return;
    qCDebug(lcGuard) << "Holding the requests of" << m_peer << "until it reads its answers";
    m_backlogged = true;
    m_backlogBytes = m_socket->bytesToWrite();
    m_backlogDeadline.setRemainingTime(m_limits.idleTimeout);
    pauseReading();
    m_backlogTimer.start();
}

void GuardedConnection::watchBacklog()
{
    const qint64 unsent = m_socket->bytesToWrite();
    const bool connected = m_socket->state() == QAbstractSocket::ConnectedState;
    if (connected && unsent > m_limits.maxUnsentBytes / 2) {
        if (unsent < m_backlogBytes) {
            m_backlogBytes = unsent;
            m_backlogDeadline.setRemainingTime(m_limits.idleTimeout);
            return;
        }
        if (!m_backlogDeadline.hasExpired())
            return;
        qCInfo(lcGuard) << "Closing the connection from" << m_peer
                        << "which read none of its answers for" << seconds(m_limits.idleTimeout)
                        << "s";
        m_socket->abort();
    }
    m_backlogTimer.stop();
    m_backlogged = false;
    resumeReading();
}

} // namespace Hearth
