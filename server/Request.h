#pragma once

#include "api/FeedQuery.h"
#include "api/Json.h"
#include "api/User.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace Hearth {

// One request as a route handler sees it: the HTTP request, the path's parameters and
// the person whose token came with it, if any.
class Request
{
public:
    Request(const QHttpServerRequest &http, const QStringList &parameters);

    const QHttpServerRequest &http() const { return m_http; }
    QByteArray body() const { return m_http.body(); }
    QUrlQuery query() const { return m_http.query(); }
    QByteArray header(const QByteArray &name) const;
    // The token of "Authorization: Bearer <token>", or nothing when there is no such field or
    // it is not of that scheme. The scheme is case-insensitive (RFC 9110 11.1); one or more
    // spaces follow it.
    std::optional<QByteArray> bearerToken() const;
    QString path() const;
    // Who sent the request: the peer, or behind trustedProxy the last address the proxy
    // added to X-Forwarded-For.
    QString clientAddress(const QHostAddress &trustedProxy) const;

    // The i-th {parameter} of the route's path, percent-decoded.
    QString parameter(int i) const { return m_parameters.value(i); }
    // The i-th parameter as an id; the router only matches valid ids for {id}.
    qint64 id(int i) const { return m_parameters.value(i).toLongLong(); }

    // limit (1..50, default 20) and cursor from the query, as every paged list takes them;
    // other parameters are ignored. A bad value gives bad_request naming it.
    Result<FeedQuery> paging() const;

    const std::optional<User> &user() const { return m_user; }
    // The signed-in person's id, or 0 for a signed-out reader.
    qint64 viewerId() const { return m_user ? m_user->id : 0; }
    void setUser(const User &user) { m_user = user; }

    // The body decoded as T (see Json::decodeBody), after checking that it says it is
    // JSON (415 otherwise).
    template<typename T>
    Result<T> json() const
    {
        if (const auto refusal = checkJsonContentType())
            return *refusal;
        return Json::decodeBody<T>(m_http.body());
    }
    Result<QJsonObject> jsonObject() const;

private:
    // application/json, with at most charset=utf-8.
    std::optional<ApiError> checkJsonContentType() const;

    const QHttpServerRequest &m_http;
    QStringList m_parameters;
    std::optional<User> m_user;
};

} // namespace Hearth
