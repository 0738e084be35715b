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

} // namespace Hearth
