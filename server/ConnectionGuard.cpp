#include "ConnectionGuard.h"

#include "api/ApiError.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QtHttpServer/qthttpserverversion.h>

#include <algorithm>
#include <limits>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

// The guard mirrors how QtHttpServer 6.4 reads a socket (see GuardedConnection). Later
// versions read differently (6.5 reconnects its readyRead slot after every request, which
// breaks the slot order): re-measure with tst_connectionguard before lifting this.
static_assert(QTHTTPSERVER_VERSION < QT_VERSION_CHECK(6, 5, 0),
    "ConnectionGuard relies on QtHttpServer 6.4 internals; re-verify tst_connectionguard");

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

Q_LOGGING_CATEGORY(lcGuard, "hearth.server.guard")

// QHttpHeaderParser (behind QHttpServerRequest) silently drops *every* field of a head with
// more than 100 fields, Content-Length included (measured): the server would then read the
// body as the next request, one the guard never saw. Such heads are refused.
constexpr int MaxHeaderFields = 100;

// A Content-Length with more significant digits is beyond every limit (and beyond qint64).
constexpr qsizetype MaxContentLengthDigits = 18;

// What QtHttpServer skips before a request line (the leftovers of a previous request).
bool isLeadingSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 9110 token characters: all QHttpHeaderParser accepts in a field name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Where a request head ends (one past its blank line), or -1. QtHttpServer 6.4 ends a head
// at the first "\n\n" or "\n\r\n", so the guard does too: a stricter rule ("\r\n\r\n" only)
// would let a request with bare LF line ends through unframed.
qsizetype findHeadEnd(QByteArrayView head, qsizetype from)
{
    for (qsizetype i = head.indexOf('\n', from); i != -1; i = head.indexOf('\n', i + 1)) {
        if (i + 1 < head.size() && head.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < head.size() && head.at(i + 1) == '\r' && head.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

ApiError badRequest(const QString &message)
{
    return ApiError(ApiError::Code::BadRequest, message);
}

// The verdict on a complete request head: an error, or the length of the body that follows.
struct HeadCheck
{
    std::optional<ApiError> error;
    qint64 contentLength = 0;
};

// Checks a complete head (from its request line to its blank line). Everything the guard
// and QtHttpServer could read differently (and so frame differently) is refused.
HeadCheck checkHead(QByteArrayView head, const ConnectionGuard::Limits &limits)
{
    // The request line, split the way QtHttpServer splits it.
    const qsizetype lineEnd = head.indexOf('\n');
    QByteArrayView line = head.first(lineEnd);
    if (line.endsWith('\r'))
        line.chop(1);
    qsizetype at = line.indexOf(' ');
    if (at <= 0)
        return {badRequest(u"Malformed request line."_s)};
    const QByteArrayView method = line.first(at);
    while (at < line.size() && line.at(at) == ' ')
        ++at;
    qsizetype targetEnd = line.indexOf(' ', at);
    if (targetEnd == -1)
        return {badRequest(u"Malformed request line."_s)};
    const QByteArrayView target = line.sliced(at, targetEnd - at);
    while (targetEnd < line.size() && line.at(targetEnd) == ' ')
        ++targetEnd;
    const QByteArrayView version = line.sliced(targetEnd);
    if (version.size() != 8 || !version.startsWith("HTTP/"))
        return {badRequest(u"Malformed request line."_s)};

    int fieldCount = 0;
    std::optional<qint64> contentLength;
    QByteArrayView contentType;
    QByteArrayView rest = head.sliced(lineEnd + 1);
    while (!rest.isEmpty()) {
        const qsizetype fieldEnd = rest.indexOf('\n'); // a head ends with '\n'
        QByteArrayView field = rest.first(fieldEnd);
        rest = rest.sliced(fieldEnd + 1);
        if (field.endsWith('\r'))
            field.chop(1);
        if (field.isEmpty())
            break;
        // QHttpHeaderParser drops all fields when the first one is folded.
        if (field.front() == ' ' || field.front() == '\t')
            return {badRequest(u"Folded header lines are not supported."_s)};
        if (++fieldCount > MaxHeaderFields) {
            return {ApiError(ApiError::Code::HeadersTooLarge,
                u"The request has more than %1 header fields."_s.arg(MaxHeaderFields))};
        }
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0 || !std::all_of(field.begin(), field.begin() + colon, isTokenChar))
            return {badRequest(u"Malformed header field."_s)};
        const QByteArrayView name = field.first(colon);
        const QByteArrayView value = field.sliced(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // Digits only: QtHttpServer would read "+5" or "5, 5" differently or not at all.
            if (value.isEmpty() || !std::all_of(value.begin(), value.end(), isDigit))
                return {badRequest(u"Invalid Content-Length."_s)};
            QByteArrayView digits = value;
            while (digits.size() > 1 && digits.front() == '0')
                digits = digits.sliced(1);
            const qint64 length = digits.size() > MaxContentLengthDigits
                ? std::numeric_limits<qint64>::max()
                : digits.toLongLong();
            // QtHttpServer reads the first one; differing ones are a smuggling attempt.
            if (contentLength && *contentLength != length)
                return {badRequest(u"Conflicting Content-Length fields."_s)};
            contentLength = length;
        } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            contentType = value;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return {badRequest(
                u"Transfer-Encoding is not supported: send the body with a Content-Length."_s)};
        }
    }

    const qint64 length = contentLength.value_or(0);
    const qint64 limit = ConnectionGuard::bodyLimit(limits, method, target, contentType);
    if (length > limit) {
        return {ApiError(ApiError::Code::PayloadTooLarge,
            u"The request body exceeds the limit of %1 bytes."_s.arg(limit))};
    }
    return {std::nullopt, length};
}

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    }
    return "Error";
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0);
}

// One guarded socket: frames its byte stream ahead of the HTTP server, enforces the limits
// and answers or closes when they are broken. A child of the socket, so it lives exactly as
// long as the connection.
//
// How QtHttpServer 6.4 reads (QAbstractHttpServerPrivate::handleReadyRead, measured and
// pinned by tst_connectionguard): on each readyRead it reads at most *one* request, inside
// a socket transaction that keeps the request in the socket buffer until it is complete,
// and after answering it re-emits readyRead (queued) for the next one. So between our two
// slots (before and after the server's) the difference in bytesAvailable() is exactly what
// the server read; everything else in the buffer was framed by us already or is new.
class GuardedConnection : public QObject
{
public:
    GuardedConnection(QTcpSocket *socket, const ConnectionGuard::Limits &limits);

    // readyRead, connected before the HTTP server's slot: frames the bytes it is about to read.
    void beforeServer();
    // readyRead, connected after the HTTP server's slot: learns how much the server read.
    void afterServer();
    // channelReadyRead: follows readyRead, or arrives in the middle of it when the server's
    // slot ran a nested event loop.
    void dataArrived();
    // bytesWritten: an answer still going out.
    void dataSent();

private:
    enum class Phase {
        Idle, // between requests
        Head, // reading a request head
        Body, // reading the body of an accepted request
        RefusalPending, // a request is refused; the server still reads those accepted before it
        Lingering, // answered and half-closed; dropping what the client still sends
        Closing, // closing; aborted if the last bytes do not leave in time
    };

    bool isFraming() const
    {
        return m_phase == Phase::Idle || m_phase == Phase::Head || m_phase == Phase::Body;
    }

    void startRequest(qint64 position);
    qint64 scanHead(QByteArrayView bytes);
    void acceptHead();
    void finishRequest();
    void refuse(const ApiError &error);
    void answerRefusalIfDue();
    void answerRefusal();
    void discard();
    void shutDownWriteIfFlushed();
    void close();
    void onTimeout();
    void armTimer();
    qint64 baseReadBufferSize() const;
    void fitReadBuffer();

    QTcpSocket *const m_socket;
    const ConnectionGuard::Limits m_limits;
    const QString m_peer;
    Phase m_phase = Phase::Idle;

    // Positions in the byte stream, counted from the first byte of the connection.
    qint64 m_scanned = 0; // everything before it was framed by the guard
    qint64 m_consumed = 0; // everything before it was read by the HTTP server
    qint64 m_requestStart = 0; // the first byte of the request in progress

    QByteArray m_head; // the head so far, at most one byte beyond the limit
    qsizetype m_headTextStart = -1; // where the request line starts in m_head, or -1
    qint64 m_bodyRemaining = 0;
    qint64 m_requestBytes = 0; // head and body of the accepted request in progress

    ApiError m_refusal;
    qint64 m_refusalAt = 0;
    qint64 m_lingerDropped = 0;
    bool m_writeShutDown = false;

    QDeadlineTimer m_headDeadline;
    QDeadlineTimer m_requestDeadline;
    QDeadlineTimer m_phaseDeadline; // of Idle, RefusalPending, Lingering and Closing
    QTimer m_timer;

    bool m_inServerSlot = false;
    bool m_arrivedInServerSlot = false;
};

GuardedConnection::GuardedConnection(QTcpSocket *socket, const ConnectionGuard::Limits &limits)
    : QObject(socket), m_socket(socket), m_limits(limits), m_peer(socket->peerAddress().toString())
{
    // A fast sender must not fill memory faster than the guard looks at what it sends.
    m_socket->setReadBufferSize(baseReadBufferSize());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuardedConnection::onTimeout);
    connect(m_socket, &QAbstractSocket::disconnected, &m_timer, qOverload<>(&QTimer::stop));
    connect(m_socket, &QIODevice::bytesWritten, this, &GuardedConnection::dataSent);
    m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
    armTimer();
}

void GuardedConnection::beforeServer()
{
    m_inServerSlot = true;
    if (!isFraming() && m_phase != Phase::RefusalPending)
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
    while (offset < fresh && isFraming()) {
        switch (m_phase) {
        case Phase::Idle:
            startRequest(m_scanned + offset);
            break;
        case Phase::Head:
            offset += scanHead(freshBytes(offset));
            break;
        case Phase::Body: {
            const qint64 bodyBytes = std::min(fresh - offset, m_bodyRemaining);
            offset += bodyBytes;
            m_bodyRemaining -= bodyBytes;
            if (m_bodyRemaining == 0)
                finishRequest();
            break;
        }
        case Phase::RefusalPending:
        case Phase::Lingering:
        case Phase::Closing:
            break;
        }
    }
    // Whatever follows a refused request is dropped unread.
    m_scanned = received;
    answerRefusalIfDue();
}

void GuardedConnection::afterServer()
{
    m_inServerSlot = false;
    if (!isFraming() && m_phase != Phase::RefusalPending)
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
    answerRefusalIfDue();
    if (isFraming())
        fitReadBuffer();
}

void GuardedConnection::dataArrived()
{
    if (m_inServerSlot)
        m_arrivedInServerSlot = true;
}

void GuardedConnection::dataSent()
{
    if (m_phase == Phase::Idle) {
        // Idle means silent both ways: a client slowly reading a large answer is not idle.
        // (The timer keeps its time; onTimeout() sees the deadline moved and re-arms.)
        m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
    } else if (m_phase == Phase::Lingering) {
        shutDownWriteIfFlushed();
    }
}

void GuardedConnection::startRequest(qint64 position)
{
    m_phase = Phase::Head;
    m_requestStart = position;
    m_head.clear();
    m_headTextStart = -1;
    m_headDeadline.setRemainingTime(m_limits.headDeadline);
    m_requestDeadline.setRemainingTime(m_limits.requestDeadline);
    armTimer();
}

// Adds bytes to the head in progress; returns how many of them belong to it.
qint64 GuardedConnection::scanHead(QByteArrayView bytes)
{
    const qsizetype before = m_head.size();
    // One byte beyond the limit is enough to know the head is too large.
    const qsizetype take
        = qsizetype(std::min<qint64>(bytes.size(), m_limits.maxHeadBytes + 1 - before));
    m_head.append(bytes.first(take));

    if (m_headTextStart < 0) {
        const auto text = std::find_if_not(m_head.cbegin() + before, m_head.cend(), isLeadingSpace);
        if (text != m_head.cend())
            m_headTextStart = text - m_head.cbegin();
    }
    if (m_headTextStart >= 0) {
        // A blank line these bytes complete starts at most two bytes before them.
        const qsizetype end = findHeadEnd(m_head, std::max(m_headTextStart, before - 2));
        if (end >= 0) {
            m_head.truncate(end);
            acceptHead();
            return std::max<qint64>(0, end - before);
        }
    }
    if (m_head.size() > m_limits.maxHeadBytes) {
        refuse(ApiError(ApiError::Code::HeadersTooLarge,
            u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeadBytes)));
    }
    return take;
}

void GuardedConnection::acceptHead()
{
    if (m_head.size() > m_limits.maxHeadBytes) {
        refuse(ApiError(ApiError::Code::HeadersTooLarge,
            u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeadBytes)));
        return;
    }
    const HeadCheck check = checkHead(QByteArrayView(m_head).sliced(m_headTextStart), m_limits);
    if (check.error) {
        refuse(*check.error);
        return;
    }
    m_bodyRemaining = check.contentLength;
    m_requestBytes = m_head.size() + check.contentLength;
    m_head.clear();
    if (m_bodyRemaining == 0) {
        finishRequest();
        return;
    }
    m_phase = Phase::Body;
    fitReadBuffer();
    armTimer();
}

void GuardedConnection::finishRequest()
{
    m_phase = Phase::Idle;
    m_requestBytes = 0;
    m_head.clear();
    m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
    armTimer();
}

void GuardedConnection::refuse(const ApiError &error)
{
    m_phase = Phase::RefusalPending;
    m_refusal = error;
    m_refusalAt = m_requestStart;
    m_head.clear();
    // The answers to requests accepted before this one go out first; the server reads them
    // one per (re-emitted) readyRead, so this is a matter of event loop turns.
    m_phaseDeadline.setRemainingTime(m_limits.lingerTime);
    armTimer();
}

void GuardedConnection::answerRefusalIfDue()
{
    if (m_phase == Phase::RefusalPending && m_consumed >= m_refusalAt)
        answerRefusal();
}

void GuardedConnection::answerRefusal()
{
    // From here on the HTTP server must not see another byte of this connection: its
    // readyRead slot goes (ours too), only the one that drops everything stays.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    disconnect(m_socket, &QIODevice::channelReadyRead, this, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &GuardedConnection::discard);
    discard();
    m_phase = Phase::Lingering;
    m_lingerDropped = 0;
    m_socket->setReadBufferSize(baseReadBufferSize());

    const int status = m_refusal.httpStatus();
    const QByteArray body = QJsonDocument(m_refusal.toJson()).toJson(QJsonDocument::Compact);
    QByteArray response;
    response.append("HTTP/1.1 ")
        .append(QByteArray::number(status))
        .append(' ')
        .append(reasonPhrase(status));
    response.append("\r\nContent-Type: application/json\r\nContent-Length: ");
    response.append(QByteArray::number(body.size()));
    response.append("\r\nConnection: close\r\n\r\n").append(body);
    m_socket->write(response);
    // Never the head itself: its fields may carry tokens.
    qCInfo(lcGuard).nospace() << "Refused a request from " << m_peer << ": " << status << ' '
                              << ApiError::wireName(m_refusal.code()) << " (" << m_refusal.message()
                              << ')';

    m_phaseDeadline.setRemainingTime(m_limits.lingerTime);
    armTimer();
    m_socket->flush();
    shutDownWriteIfFlushed();
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
    // Waits for unsent bytes; a client that does not read them is aborted by the timer.
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        armTimer();
}

void GuardedConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
        if (!m_phaseDeadline.hasExpired())
            break;
        if (m_consumed < m_scanned) {
            // The server has accepted requests still to read: busy, not idle.
            m_phaseDeadline.setRemainingTime(m_limits.idleTimeout);
            break;
        }
        qCDebug(lcGuard) << "Closing the idle connection from" << m_peer;
        close();
        return;
    case Phase::Head:
        if (!m_headDeadline.hasExpired() && !m_requestDeadline.hasExpired())
            break;
        refuse(ApiError(ApiError::Code::RequestTimeout,
            u"The request head did not arrive within %1 s."_s.arg(seconds(m_limits.headDeadline))));
        answerRefusalIfDue();
        return;
    case Phase::Body:
        if (!m_requestDeadline.hasExpired())
            break;
        refuse(ApiError(ApiError::Code::RequestTimeout,
            u"The request did not arrive within %1 s."_s.arg(seconds(m_limits.requestDeadline))));
        answerRefusalIfDue();
        return;
    case Phase::RefusalPending:
        if (!m_phaseDeadline.hasExpired())
            break;
        qCWarning(lcGuard) << "The HTTP server did not read the requests before a refused one; "
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
    if (m_phase == Phase::Head)
        deadline = std::min(m_headDeadline, m_requestDeadline);
    else if (m_phase == Phase::Body)
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
    const qint64 wanted = baseReadBufferSize() + (m_phase == Phase::Body ? m_requestBytes : 0);
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

} // namespace

ConnectionGuard::ConnectionGuard(QObject *parent) : ConnectionGuard(Limits(), parent) { }

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{ }

ConnectionGuard::~ConnectionGuard() = default;

qint64 ConnectionGuard::bodyLimit(
    const Limits &limits, QByteArrayView method, QByteArrayView target, QByteArrayView contentType)
{
    // Compared as the router sees it: the decoded path, without the query.
    if (method == "POST" && QUrl::fromEncoded(target.toByteArray()).path() == u"/api/v1/media"_s) {
        // A photo is refused at its head when larger than a photo may be, not after
        // 100 MiB of it were buffered.
        const bool image = contentType.trimmed().toByteArray().toLower().startsWith("image/");
        return image ? std::min(limits.maxImageBodyBytes, limits.maxUploadBodyBytes)
                     : limits.maxUploadBodyBytes;
    }
    return limits.maxJsonBodyBytes;
}

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
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
}

} // namespace Hearth
