#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace Hearth {

// An HTTP answer as a route builds it: status, body and headers. Plain data, so that an
// idempotent write can store it and replay it byte for byte.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply error(const ApiError &error);
    static HttpReply error(ApiError::Code code, const QString &message, const QString &field = {});
    // 429 rate_limited, with Retry-After: seconds.
    static HttpReply rateLimited(int seconds, const QString &message);
    static HttpReply noContent();
    static HttpReply bytes(const QByteArray &contentType, const QByteArray &body, int status = 200);

    void addHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }

    // The answer as HTTP/1.1 puts it on the wire; with "Connection: close" when closing.
    QByteArray toHttp(bool closing) const;
    // Its status line and header fields, blank line included: what precedes the body.
    QByteArray head(bool closing) const;
    bool hasBody() const;
    static QByteArrayView reasonPhrase(int status);
};

} // namespace Hearth
