#pragma once

#include <QJsonObject>
#include <QString>

namespace Hearth {

// An error of the Hearth Community API: what the server answers on the wire
// ({"error":{"code","message","field"}}) and what a decoder reports on bad input.
class ApiError
{
public:
    // The machine-readable error codes of docs/api.md ("Errors").
    enum class Code {
        InvalidJson,
        ValidationFailed,
        BadRequest,
        Unauthorized,
        InvalidCredentials,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        HandleTaken,
        VersionConflict,
        PayloadTooLarge,
        HeadersTooLarge,
        UnsupportedMediaType,
        RangeNotSatisfiable,
        IdempotencyKeyReused,
        PreconditionRequired,
        RateLimited,
        RequestTimeout,
        Internal,
        // Not on the wire: the client could not reach the server or understand its answer.
        Network,
        // Not on the wire: a code this client does not know yet.
        Unknown,
    };

    ApiError() = default;
    ApiError(Code code, QString message, QString field = {});

    static ApiError validation(const QString &field, const QString &message);

    Code code() const { return m_code; }
    QString message() const { return m_message; }
    // The field the error is about, as a dotted path ("post.author.handle"), or empty.
    QString field() const { return m_field; }

    // The HTTP status that goes with the code (0 for the client-only codes).
    int httpStatus() const;

    // The wire form: {"error":{"code","message"[,"field"]}}.
    QJsonObject toJson() const;
    // The code's wire name ("validation_failed"); codeFromWire() is its inverse.
    static QString wireName(Code code);
    static Code codeFromWire(QStringView name);

    // Prefixes the field path: a nested decoder's "handle" becomes "author.handle".
    ApiError withFieldPrefix(const QString &prefix) const;

    bool operator==(const ApiError &) const = default;

private:
    Code m_code = Code::Internal;
    QString m_message;
    QString m_field;
};

} // namespace Hearth
