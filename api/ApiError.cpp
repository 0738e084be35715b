#include "ApiError.h"

#include <array>
#include <utility>

namespace Hearth {

namespace {

struct CodeInfo
{
    ApiError::Code code;
    QStringView wire;
    int status;
};

using enum ApiError::Code;

constexpr std::array codeTable{
    CodeInfo{InvalidJson, u"invalid_json", 400},
    CodeInfo{ValidationFailed, u"validation_failed", 400},
    CodeInfo{BadRequest, u"bad_request", 400},
    CodeInfo{Unauthorized, u"unauthorized", 401},
    CodeInfo{InvalidCredentials, u"invalid_credentials", 401},
    CodeInfo{Forbidden, u"forbidden", 403},
    CodeInfo{NotFound, u"not_found", 404},
    CodeInfo{MethodNotAllowed, u"method_not_allowed", 405},
    CodeInfo{RequestTimeout, u"request_timeout", 408},
    CodeInfo{HandleTaken, u"handle_taken", 409},
    CodeInfo{VersionConflict, u"version_conflict", 412},
    CodeInfo{PayloadTooLarge, u"payload_too_large", 413},
    CodeInfo{UnsupportedMediaType, u"unsupported_media_type", 415},
    CodeInfo{RangeNotSatisfiable, u"range_not_satisfiable", 416},
    CodeInfo{IdempotencyKeyReused, u"idempotency_key_reused", 422},
    CodeInfo{PreconditionRequired, u"precondition_required", 428},
    CodeInfo{RateLimited, u"rate_limited", 429},
    CodeInfo{HeadersTooLarge, u"headers_too_large", 431},
    CodeInfo{Internal, u"internal", 500},
    CodeInfo{Network, u"network", 0},
    CodeInfo{Unknown, u"unknown", 0},
};

const CodeInfo *infoFor(ApiError::Code code)
{
    for (const CodeInfo &info : codeTable) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

} // namespace

ApiError::ApiError(Code code, QString message, QString field)
    : m_code(code), m_message(std::move(message)), m_field(std::move(field))
{ }

ApiError ApiError::validation(const QString &field, const QString &message)
{
    return ApiError(Code::ValidationFailed, message, field);
}

int ApiError::httpStatus() const
{
    const CodeInfo *info = infoFor(m_code);
    return info ? info->status : 500;
}

QString ApiError::wireName(Code code)
{
    const CodeInfo *info = infoFor(code);
    return info ? info->wire.toString() : QStringLiteral("internal");
}

ApiError::Code ApiError::codeFromWire(QStringView name)
{
    for (const CodeInfo &info : codeTable) {
        if (info.wire == name && info.status != 0)
            return info.code;
    }
    return Code::Unknown;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error{
        {QStringLiteral("code"), wireName(m_code)},
        {QStringLiteral("message"), m_message},
    };
    if (!m_field.isEmpty())
        error.insert(QStringLiteral("field"), m_field);
    return QJsonObject{{QStringLiteral("error"), error}};
}

ApiError ApiError::withFieldPrefix(const QString &prefix) const
{
    ApiError prefixed = *this;
    if (prefix.isEmpty())
        return prefixed;
    if (m_field.isEmpty())
        prefixed.m_field = prefix;
    else if (m_field.startsWith(u'['))
        prefixed.m_field = prefix + m_field;
    else
        prefixed.m_field = prefix + u'.' + m_field;
    return prefixed;
}

} // namespace Hearth
