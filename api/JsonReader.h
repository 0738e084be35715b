#pragma once

#include "ApiError.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Hearth {

// Reads the fields of one JSON object strictly: each getter checks presence, type and
// range, and the first failure is kept as an ApiError naming the field. Later getters
// still return harmless defaults, so a decoder reads on and checks ok() once at the end.
// Fields the reader is not asked for are ignored, which keeps old clients working when
// the server adds fields.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object);

    // Turns a value that must be an object into a reader; a non-object fails at once.
    static JsonReader fromValue(const QJsonValue &value);

    bool ok() const { return !m_error.has_value(); }
    ApiError error() const;
    // Keeps error as the reader's failure unless an earlier one is already kept.
    void fail(const ApiError &error);
    void fail(const QString &field, const QString &message);

    bool has(const QString &key) const;
    bool isNull(const QString &key) const;

    QString string(const QString &key, qsizetype minLength, qsizetype maxLength);
    QString optionalString(const QString &key, qsizetype maxLength, const QString &fallback = {});
    qint64 id(const QString &key);
    std::optional<qint64> optionalId(const QString &key);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    qint64 optionalInteger(const QString &key, qint64 min, qint64 max, qint64 fallback);
    bool optionalBool(const QString &key, bool fallback);
    QDateTime dateTime(const QString &key);
    QDateTime optionalDateTime(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key, qsizetype maxItems);

    // Reads a wire name and maps it with fromWire (say, postKindFromWire).
    template<typename E>
    E enumValue(const QString &key, std::optional<E> (*fromWire)(QStringView), E fallback)
    {
        const QString name = string(key, 1, 64);
        if (!ok())
            return fallback;
        const std::optional<E> value = fromWire(name);
        if (!value) {
            fail(key, QStringLiteral("\"%1\" is not a known value.").arg(name));
            return fallback;
        }
        return *value;
    }

    // Decodes a nested object with decoder, prefixing its errors with key.
    template<typename T>
    T nested(const QString &key, Result<T> (*decoder)(const QJsonValue &))
    {
        if (!ok())
            return T{};
        const QJsonValue value = require(key);
        if (!ok())
            return T{};
        Result<T> decoded = decoder(value);
        if (!decoded) {
            fail(decoded.error().withFieldPrefix(key));
            return T{};
        }
        return std::move(decoded).value();
    }

    // Like nested(), but an absent or null field gives nothing.
    template<typename T>
    std::optional<T> optionalNested(const QString &key, Result<T> (*decoder)(const QJsonValue &))
    {
        if (!ok() || !has(key) || isNull(key))
            return std::nullopt;
        return nested(key, decoder);
    }

    // Decodes each element of an array with decoder; errors name the element ("items[3].id").
    template<typename T>
    QList<T> list(const QString &key, qsizetype maxItems, Result<T> (*decoder)(const QJsonValue &))
    {
        const QJsonArray elements = array(key, maxItems);
        QList<T> items;
        if (!ok())
            return items;
        items.reserve(elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i) {
            Result<T> decoded = decoder(elements.at(i));
            if (!decoded) {
                fail(decoded.error().withFieldPrefix(key + u'[' + QString::number(i) + u']'));
                return {};
            }
            items.append(std::move(decoded).value());
        }
        return items;
    }

private:
    QJsonValue require(const QString &key);
    QString checkedString(
        const QString &key, const QJsonValue &value, qsizetype minLength, qsizetype maxLength);
    qint64 checkedInteger(const QString &key, const QJsonValue &value, qint64 min, qint64 max);
    QDateTime checkedDateTime(const QString &key, const QJsonValue &value);

    QJsonObject m_object;
    std::optional<ApiError> m_error;
};

} // namespace Hearth
