#include "ApiServer.h"

#include "GuardedConnection.h"
#include "Sql.h"
#include "Store.h"
#include "api/Limits.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcHttp, "hearth.server.http")

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

bool isWrite(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    return method == Method::Post || method == Method::Put || method == Method::Patch
        || method == Method::Delete;
}

bool isValidIdempotencyKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > Limits::MaxIdempotencyKeyLength)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

// The value of a header field, or nothing when the request has no such field (an empty
// value is something: "Idempotency-Key:" is a malformed key, not a missing one).
std::optional<QByteArray> headerField(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[field, value] : request.headers()) {
        if (QByteArrayView(field).compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return std::nullopt;
}

// tokenSent: a token came and was not good (RFC 6750's invalid_token), as opposed to none.
HttpReply unauthorized(const QString &message, bool tokenSent)
{
    HttpReply reply = HttpReply::error(ApiError::Code::Unauthorized, message);
    reply.addHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
    return reply;
}

HttpReply internalError()
{
    return HttpReply::error(
        ApiError::Code::Internal, u"Something went wrong on the server. Please try again."_s);
}

// Answers nobody has read are not for shared caches; media set their own policy.
void addCacheControl(HttpReply &reply)
{
    if (reply.contentType == "application/json" && reply.header("Cache-Control").isEmpty())
        reply.addHeader("Cache-Control", "no-store");
}

// Puts an answer on its connection, and sends it on its way at once: a client that shut its
// sending side after the request (a half-close) makes the socket close when it reads the
// end of the stream, and what is still in the socket's buffer then is lost.
void send(QTcpSocket *socket, const HttpReply &reply, bool closing)
{
    // The body on its own: the socket keeps it shared, where one buffer of head and body
    // would copy a 100 MiB video once more.
    socket->write(reply.head(closing));
    if (reply.hasBody())
        socket->write(reply.body);
    socket->flush();
}

} // namespace

// The connection a deferred answer goes back on. It holds the connection's reading until the
// answer is written, so that the answers of pipelined requests keep their order, and keeps a
// duplicate of the socket's descriptor: a client that half-closed after its request makes
// Qt close the socket before the answer is ready, and the answer still goes out on the
// duplicate.
class ApiServer::PendingAnswer
{
public:
    PendingAnswer(QTcpSocket *socket, bool closing)
        : m_socket(socket), m_connection(GuardedConnection::of(socket)), m_closing(closing)
    {
        if (m_connection)
            m_connection->holdReading();
#ifdef Q_OS_UNIX
        if (socket->socketDescriptor() >= 0)
            m_descriptor = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
#endif
    }

    ~PendingAnswer()
    {
#ifdef Q_OS_UNIX
        if (m_descriptor >= 0)
            ::close(m_descriptor);
#endif
        if (m_connection)
            m_connection->releaseReading();
    }

    PendingAnswer(const PendingAnswer &) = delete;
    PendingAnswer &operator=(const PendingAnswer &) = delete;

    void deliver(const HttpReply &reply)
    {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
            send(m_socket, reply, m_closing);
            return;
        }
#ifdef Q_OS_UNIX
        if (m_descriptor < 0)
            return;
        // Small answers (sessions, errors) fit the socket's send buffer; what does not is
        // given up, as it would be on any connection that closed.
        const QByteArray bytes = reply.toHttp(/*closing=*/true);
        (void)::send(
            m_descriptor, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        ::shutdown(m_descriptor, SHUT_WR);
#endif
    }

private:
    QPointer<QTcpSocket> m_socket;
    QPointer<GuardedConnection> m_connection;
    const bool m_closing;
    int m_descriptor = -1;
};

ApiServer::ApiServer(Store &store, Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_router(router)
    , m_waiters([](QTcpSocket *socket, HttpReply reply, bool closing) {
        addCacheControl(reply);
        send(socket, reply, closing);
    })
    , m_broadcast(store.database())
{
    // Writes on other processes (on PostgreSQL) wake this one's waiters as its own do.
    connect(&m_broadcast, &ChangeBroadcast::heard, this,
        [this](const ChangeLog::Touched &touched) { m_waiters.wake(touched); });
    // One core stays with the requests that are answered at once.
    m_workers.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

ApiServer::~ApiServer()
{
    // Their results come back as queued calls to this object, which die with it.
    m_workers.waitForDone();
    m_pending.clear();
    // So that waiting clients come back at once to whatever serves next.
    m_waiters.finishAll();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const GuardedConnection *connection = GuardedConnection::of(socket);
    const bool closing = connection && connection->isHandlingLastRequest();
    Answer answer = this->answer(request);
    if (auto *deferred = std::get_if<DeferredReply>(&answer)) {
        defer(std::move(*deferred), request, socket, closing);
        return true;
    }
    if (auto *wait = std::get_if<WaitReply>(&answer)) {
        this->wait(std::move(*wait), request, socket, closing);
        return true;
    }
    HttpReply &reply = std::get<HttpReply>(answer);
    addCacheControl(reply);
    send(socket, reply, closing);
    qCInfo(lcHttp).noquote() << Router::methodName(request.method())
                             << request.url().path(QUrl::FullyEncoded) << reply.status
                             << timer.elapsed() << "ms";
    return true;
}

HttpReply ApiServer::storageFailure(const Sql::Error &error)
{
    qCCritical(lcHttp) << "storage failure:" << error.what();
    if (m_store.database().isConnectionLost())
        Q_EMIT databaseLost();
    return internalError();
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request. QtHttpServer 6.4 calls this after it anyway for a
    // request that asks for a WebSocket upgrade, and then closes the connection: answering
    // here would run that request a second time.
    Q_UNUSED(socket);
    qCDebug(lcHttp).noquote() << "no upgrade for" << Router::methodName(request.method())
                              << request.url().path(QUrl::FullyEncoded);
}

Answer ApiServer::answer(const QHttpServerRequest &request)
{
    try {
        return dispatch(request);
    } catch (const Sql::Error &error) {
        return storageFailure(error);
    }
}

Answer ApiServer::dispatch(const QHttpServerRequest &httpRequest)
{
    const Router::Match match
        = m_router.match(httpRequest.method(), httpRequest.url().path(QUrl::FullyEncoded));
    if (!match.route) {
        if (match.allowed.isEmpty())
            return HttpReply::error(ApiError::Code::NotFound, u"There is nothing here."_s);
        QByteArrayList methods;
        for (auto method : match.allowed)
            methods.append(Router::methodName(method));
        HttpReply reply = HttpReply::error(ApiError::Code::MethodNotAllowed,
            u"This path does not take %1."_s.arg(
                QString::fromLatin1(Router::methodName(httpRequest.method()))));
        reply.addHeader("Allow", methods.join(", "));
        return reply;
    }

    Request request(httpRequest, match.parameters);
    const Router::Route &route = *match.route;
    if (route.access != Router::Access::Anonymous) {
        if (headerField(httpRequest, "Authorization")) {
            const auto token = request.bearerToken();
            if (!token)
                return unauthorized(u"Use Authorization: Bearer <token>."_s, true);
            const auto user = token->size() > 256
                ? std::nullopt
                : m_store.accounts().userForToken(QString::fromLatin1(*token));
            if (!user)
                return unauthorized(u"Your session has ended. Please sign in again."_s, true);
            request.setUser(*user);
        }
        if (route.access == Router::Access::SignedIn && !request.user())
            return unauthorized(u"Please sign in to do this."_s, false);
    }

    if (!isWrite(httpRequest.method()))
        return route.handler(request);
    return runWrite(route, request);
}

Answer ApiServer::runWrite(const Router::Route &route, Request &request)
{
    // Keys belong to a user: on requests without a token (register, login) they are ignored.
    const std::optional<QByteArray> key
        = request.user() ? headerField(request.http(), "Idempotency-Key") : std::nullopt;
    if (key && !isValidIdempotencyKey(*key)) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"An Idempotency-Key is 1 to 128 printable ASCII characters."_s, u"Idempotency-Key"_s);
    }

    // The write and the record of its answer commit together, or not at all. The record is
    // looked for inside the transaction: with one writer at a time (Sql::Transaction), a
    // retry that reaches another process while the first try is being written waits for it
    // and replays its answer rather than writing twice.
    Sql::Transaction transaction(m_store.connection());
    QByteArray fingerprint;
    const QString keyText = key ? QString::fromLatin1(*key) : QString();
    if (key) {
        fingerprint = Router::methodName(request.http().method()) + ' '
            + request.http().url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' '
            + QCryptographicHash::hash(request.body(), QCryptographicHash::Sha256).toHex();
        if (const auto stored = m_store.idempotency().find(request.viewerId(), keyText)) {
            if (stored->fingerprint != fingerprint) {
                return HttpReply::error(ApiError::Code::IdempotencyKeyReused,
                    u"This Idempotency-Key was used for a different request."_s,
                    u"Idempotency-Key"_s);
            }
            HttpReply replay;
            replay.status = stored->status;
            replay.body = stored->body;
            replay.contentType = stored->body.isEmpty() ? QByteArray() : "application/json";
            replay.headers = stored->headers;
            replay.addHeader("Idempotent-Replayed", "true");
            return replay;
        }
    }

    m_store.changes().takeTouched(); // what a write that rolled back took is no news
    Answer answer = route.handler(request);
    auto *reply = std::get_if<HttpReply>(&answer);
    // A deferred write does its writing when it is finished (finishDeferred()).
    if (!reply || !reply->isSuccess())
        return answer; // the transaction rolls back: a refused write changes nothing
    if (key) {
        m_store.idempotency().store(
            request.viewerId(), keyText, {fingerprint, reply->status, reply->headers, reply->body});
    }
    m_broadcast.announce(m_store.changes().touched());
    transaction.commit();
    m_waiters.wake(m_store.changes().takeTouched());
    return answer;
}

void ApiServer::defer(
    DeferredReply deferred, const QHttpServerRequest &request, QTcpSocket *socket, bool closing)
{
    // What is needed of the request afterwards: the server reuses its request object.
    const QByteArray line = Router::methodName(request.method()) + ' '
        + request.url().path(QUrl::FullyEncoded).toUtf8();
    if (m_pending.size() >= MaxDeferred) {
        HttpReply busy = HttpReply::rateLimited(
            1, u"The server is busy signing people in. Please try again in a moment."_s);
        addCacheControl(busy);
        send(socket, busy, closing);
        qCInfo(lcHttp).noquote() << line << busy.status << "(busy)";
        return;
    }
    const quint64 id = ++m_nextPending;
    m_pending.emplace(id, std::make_unique<PendingAnswer>(socket, closing));
    QElapsedTimer timer;
    timer.start();
    m_workers.start([this, work = std::move(deferred.work), id, line, timer] {
        std::function<HttpReply()> finish = work();
        QMetaObject::invokeMethod(
            this,
            [this, finish = std::move(finish), id, line, timer] {
                const auto pending = m_pending.extract(id);
                HttpReply reply = finishDeferred(finish);
                addCacheControl(reply);
                pending.mapped()->deliver(reply);
                qCInfo(lcHttp).noquote() << line << reply.status << timer.elapsed() << "ms";
            },
            Qt::QueuedConnection);
    });
}

void ApiServer::wait(
    WaitReply wait, const QHttpServerRequest &request, QTcpSocket *socket, bool closing)
{
    const QByteArray line = Router::methodName(request.method()) + ' '
        + request.url().path(QUrl::FullyEncoded).toUtf8();
    if (m_waiters.hold(std::move(wait), socket, closing, line))
        return;
    HttpReply busy = HttpReply::rateLimited(
        1, u"Too many requests are waiting for changes. Please try again in a moment."_s);
    addCacheControl(busy);
    send(socket, busy, closing);
    qCInfo(lcHttp).noquote() << line << busy.status << "(too many waiting)";
}

HttpReply ApiServer::finishDeferred(const std::function<HttpReply()> &finish)
{
    try {
        Sql::Transaction transaction(m_store.connection());
        m_store.changes().takeTouched();
        HttpReply reply = finish();
        if (reply.isSuccess()) {
            m_broadcast.announce(m_store.changes().touched());
            transaction.commit();
            m_waiters.wake(m_store.changes().takeTouched());
        }
        return reply;
    } catch (const Sql::Error &error) {
        return storageFailure(error);
    }
}

} // namespace Hearth
