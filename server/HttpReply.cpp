#include "HttpReply.h"

#include "api/Json.h"

namespace Hearth {

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    return bytes("application/json", Json::serialize(object), status);
}

HttpReply HttpReply::error(const ApiError &error)
{
    return json(error.toJson(), error.httpStatus());
}

HttpReply HttpReply::error(ApiError::Code code, const QString &message, const QString &field)
{
    return error(ApiError(code, message, field));
}

HttpReply HttpReply::rateLimited(int seconds, const QString &message)
{
    HttpReply reply = error(ApiError::Code::RateLimited, message);
    reply.addHeader("Retry-After", QByteArray::number(seconds));
    return reply;
}

HttpReply HttpReply::noContent()
{
    HttpReply reply;
    reply.status = 204;
    return reply;
}

HttpReply HttpReply::bytes(const QByteArray &contentType, const QByteArray &body, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = body;
    return reply;
}

void HttpReply::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpReply::hasBody() const
{
    // 204 and 304 have no body, nor a length for one (RFC 9110 8.6).
    return status != 204 && status != 304;
}

QByteArray HttpReply::head(bool closing) const
{
    QByteArray out;
    out.reserve(160);
    out.append("HTTP/1.1 ")
        .append(QByteArray::number(status))
        .append(' ')
        .append(reasonPhrase(status))
        .append("\r\n");
    if (hasBody() && !contentType.isEmpty())
        out.append("Content-Type: ").append(contentType).append("\r\n");
    for (const auto &[name, value] : headers)
        out.append(name).append(": ").append(value).append("\r\n");
    if (hasBody())
        out.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    if (closing)
        out.append("Connection: close\r\n");
    out.append("\r\n");
    return out;
}

QByteArray HttpReply::toHttp(bool closing) const
{
    return hasBody() ? head(closing) + body : head(closing);
}

QByteArrayView HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    }
    return "Status";
}

} // namespace Hearth
