#include "ApiServer.h"

#include "Sql.h"
#include "Store.h"
#include "api/Limits.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QTcpSocket>

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

// tokenSent: a token came and was not good (RFC 6750's invalid_token), as opposed to none.
HttpReply unauthorized(const QString &message, bool tokenSent)
{
    HttpReply reply = HttpReply::error(ApiError::Code::Unauthorized, message);
    reply.addHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
    return reply;
}

} // namespace

ApiServer::ApiServer(Store &store, Router &router, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_router(router)
{ }

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpReply reply = process(request);
    QHttpServerResponse response = reply.status == 204 || reply.status == 304
        ? QHttpServerResponse(QHttpServerResponse::StatusCode(reply.status))
        : QHttpServerResponse(
            reply.contentType, reply.body, QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    response.write(makeResponder(request, socket));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only here because Qt requires it.
    handleRequest(request, socket);
}

HttpReply ApiServer::process(const QHttpServerRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    HttpReply reply;
    try {
        reply = dispatch(request);
    } catch (const Sql::Error &error) {
        qCCritical(lcHttp) << "storage failure:" << error.what();
        reply = HttpReply::error(
            ApiError::Code::Internal, u"Something went wrong on the server. Please try again."_s);
    }
    // Answers about people's posts are not for shared caches; media set their own policy.
    if (reply.contentType == "application/json" && reply.header("Cache-Control").isEmpty())
        reply.addHeader("Cache-Control", "no-store");
    qCInfo(lcHttp).noquote() << Router::methodName(request.method())
                             << request.url().path(QUrl::FullyEncoded) << reply.status
                             << timer.elapsed() << "ms";
    return reply;
}

HttpReply ApiServer::dispatch(const QHttpServerRequest &httpRequest)
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
        const QByteArray authorization = httpRequest.value("Authorization");
        if (!authorization.isEmpty()) {
            if (!authorization.startsWith("Bearer "))
                return unauthorized(u"Use Authorization: Bearer <token>."_s, true);
            const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
            const auto user
                = token.size() > 256 ? std::nullopt : m_store.accounts().userForToken(token);
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

HttpReply ApiServer::runWrite(const Router::Route &route, Request &request)
{
    const QByteArray key = request.header("Idempotency-Key");
    const bool idempotent = !key.isEmpty() && request.user();
    if (idempotent && !isValidIdempotencyKey(key)) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"An Idempotency-Key is 1 to 128 printable ASCII characters."_s, u"Idempotency-Key"_s);
    }

    QByteArray fingerprint;
    const QString keyText = QString::fromLatin1(key);
    if (idempotent) {
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

    // The write and the record of its answer commit together, or not at all.
    Sql::Transaction transaction(m_store.connection());
    HttpReply reply = route.handler(request);
    if (!reply.isSuccess())
        return reply; // the transaction rolls back: a refused write changes nothing
    if (idempotent) {
        m_store.idempotency().store(
            request.viewerId(), keyText, {fingerprint, reply.status, reply.headers, reply.body});
    }
    transaction.commit();
    return reply;
}

} // namespace Hearth
