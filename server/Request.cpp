#include "Request.h"

namespace Hearth {

Request::Request(const QHttpServerRequest &http, const QStringList &parameters)
    : m_http(http), m_parameters(parameters)
{ }

QByteArray Request::header(const QByteArray &name) const
{
    return m_http.value(name);
}

std::optional<QByteArray> Request::bearerToken() const
{
    constexpr QByteArrayView scheme = "bearer";
    const QByteArray authorization = header("Authorization").trimmed();
    if (authorization.size() <= scheme.size()
        || QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive)
            != 0
        || authorization.at(scheme.size()) != ' ')
        return std::nullopt;
    return authorization.mid(scheme.size()).trimmed();
}

std::optional<ApiError> Request::checkJsonContentType() const
{
    const QList<QByteArray> parts = header("Content-Type").split(';');
    bool ok = parts.first().trimmed().toLower() == "application/json";
    for (qsizetype i = 1; ok && i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed().toLower().replace('"', "");
        ok = parameter.isEmpty() || parameter == "charset=utf-8";
    }
    if (ok)
        return std::nullopt;
    return ApiError(ApiError::Code::UnsupportedMediaType,
        QStringLiteral("Send JSON, with Content-Type: application/json."),
        QStringLiteral("Content-Type"));
}

Result<QJsonObject> Request::jsonObject() const
{
    if (const auto refusal = checkJsonContentType())
        return *refusal;
    return Json::parseObject(m_http.body());
}

Result<FeedQuery> Request::paging() const
{
    const QUrlQuery query = m_http.query();
    QUrlQuery paging;
    for (const QString &name : {QStringLiteral("limit"), QStringLiteral("cursor")}) {
        if (query.hasQueryItem(name))
            paging.addQueryItem(name, query.queryItemValue(name, QUrl::FullyEncoded));
    }
    return FeedQuery::fromUrlQuery(paging);
}

QString Request::path() const
{
    return m_http.url().path(QUrl::FullyEncoded);
}

QString Request::clientAddress(const QHostAddress &trustedProxy) const
{
    const QHostAddress peer = m_http.remoteAddress();
    if (trustedProxy.isNull() || !peer.isEqual(trustedProxy, QHostAddress::ConvertV4MappedToIPv4))
        return peer.toString();
    // The proxy appends the address it saw; earlier hops are the client's to claim.
    const QByteArrayList hops = header("X-Forwarded-For").split(',');
    const QHostAddress client(QString::fromLatin1(hops.last().trimmed()));
    return client.isNull() ? peer.toString() : client.toString();
}

} // namespace Hearth
