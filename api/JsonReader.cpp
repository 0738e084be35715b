#include "JsonReader.h"

#include "Limits.h"
#include "Text.h"

#include <cmath>

namespace Hearth {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// The longest timestamp we accept: "2026-11-25T21:59:03.123456789+14:00" is 35 characters.
constexpr qsizetype MaxTimestampLength = 40;

} // namespace

JsonReader::JsonReader(const QJsonObject &object) : m_object(object) { }

JsonReader JsonReader::fromValue(const QJsonValue &value)
{
    JsonReader reader(value.toObject());
    if (!value.isObject())
        reader.fail(QString(), QStringLiteral("Expected an object, got %1.").arg(typeName(value)));
    return reader;
}

ApiError JsonReader::error() const
{
    return m_error.value_or(ApiError());
}

void JsonReader::fail(const ApiError &error)
{
    if (!m_error)
        m_error = error;
}

void JsonReader::fail(const QString &field, const QString &message)
{
    fail(ApiError::validation(field, message));
}

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

bool JsonReader::isNull(const QString &key) const
{
    return m_object.value(key).isNull();
}

QJsonValue JsonReader::require(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(key, QStringLiteral("This field is required."));
    return value;
}

QString JsonReader::checkedString(
    const QString &key, const QJsonValue &value, qsizetype minLength, qsizetype maxLength)
{
    if (!value.isString()) {
        fail(key, QStringLiteral("Expected a string, got %1.").arg(typeName(value)));
        return {};
    }
    QString text = value.toString();
    // Measuring a huge string is cheap, but a UTF-16 length over twice the limit can
    // never fit, so say so before counting code points.
    const qsizetype length = text.size() > 2 * maxLength ? text.size() : Text::codePointCount(text);
    if (length > maxLength) {
        fail(key, QStringLiteral("Too long: at most %1 characters.").arg(maxLength));
        return {};
    }
    if (length < minLength) {
        fail(key,
            minLength == 1 ? QStringLiteral("Must not be empty.")
                           : QStringLiteral("Too short: at least %1 characters.").arg(minLength));
        return {};
    }
    if (Text::hasUnpairedSurrogate(text)) {
        fail(key, QStringLiteral("Contains an unpaired UTF-16 surrogate."));
        return {};
    }
    if (text.contains(QChar(0))) {
        fail(key, QStringLiteral("Contains U+0000 (NUL), which Hearth does not store."));
        return {};
    }
    return text;
}

qint64 JsonReader::checkedInteger(
    const QString &key, const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        fail(key, QStringLiteral("Expected a number, got %1.").arg(typeName(value)));
        return min;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number) {
        fail(key, QStringLiteral("Expected a whole number."));
        return min;
    }
    if (number < double(min) || number > double(max)) {
        fail(key, QStringLiteral("Out of range: expected %1 to %2.").arg(min).arg(max));
        return min;
    }
    return value.toInteger(qint64(number));
}

QDateTime JsonReader::checkedDateTime(const QString &key, const QJsonValue &value)
{
    const QString text = checkedString(key, value, 1, MaxTimestampLength);
    if (!ok())
        return {};
    // Qt::ISODateWithMs also parses local times; the contract needs an explicit zone.
    const bool hasZone = text.endsWith(u'Z') || text.endsWith(u'z')
        || (text.size() > 6 && (text[text.size() - 6] == u'+' || text[text.size() - 6] == u'-')
            && text[text.size() - 3] == u':');
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!hasZone || !dateTime.isValid() || text.size() < 20 || text[10] != u'T') {
        fail(key, QStringLiteral("Expected a timestamp like 2026-11-25T21:59:03.123Z."));
        return {};
    }
    return dateTime.toUTC();
}

QString JsonReader::string(const QString &key, qsizetype minLength, qsizetype maxLength)
{
    if (!ok())
        return {};
    const QJsonValue value = require(key);
    return ok() ? checkedString(key, value, minLength, maxLength) : QString();
}

QString JsonReader::optionalString(const QString &key, qsizetype maxLength, const QString &fallback)
{
    if (!ok() || !has(key) || isNull(key))
        return fallback;
    return checkedString(key, m_object.value(key), 0, maxLength);
}

qint64 JsonReader::id(const QString &key)
{
    return integer(key, 1, Limits::MaxId);
}

std::optional<qint64> JsonReader::optionalId(const QString &key)
{
    if (!ok() || !has(key) || isNull(key))
        return std::nullopt;
    return checkedInteger(key, m_object.value(key), 1, Limits::MaxId);
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    if (!ok())
        return min;
    const QJsonValue value = require(key);
    return ok() ? checkedInteger(key, value, min, max) : min;
}

qint64 JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max, qint64 fallback)
{
    if (!ok() || !has(key) || isNull(key))
        return fallback;
    return checkedInteger(key, m_object.value(key), min, max);
}

bool JsonReader::optionalBool(const QString &key, bool fallback)
{
    if (!ok() || !has(key) || isNull(key))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(key, QStringLiteral("Expected true or false, got %1.").arg(typeName(value)));
        return fallback;
    }
    return value.toBool();
}

QDateTime JsonReader::dateTime(const QString &key)
{
    if (!ok())
        return {};
    const QJsonValue value = require(key);
    return ok() ? checkedDateTime(key, value) : QDateTime();
}

QDateTime JsonReader::optionalDateTime(const QString &key)
{
    if (!ok() || !has(key) || isNull(key))
        return {};
    return checkedDateTime(key, m_object.value(key));
}

QJsonObject JsonReader::object(const QString &key)
{
    if (!ok())
        return {};
    const QJsonValue value = require(key);
    if (!ok())
        return {};
    if (!value.isObject()) {
        fail(key, QStringLiteral("Expected an object, got %1.").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QString &key, qsizetype maxItems)
{
    if (!ok())
        return {};
    const QJsonValue value = require(key);
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("Expected an array, got %1.").arg(typeName(value)));
        return {};
    }
    const QJsonArray elements = value.toArray();
    if (elements.size() > maxItems) {
        fail(key, QStringLiteral("Too many items: at most %1.").arg(maxItems));
        return {};
    }
    return elements;
}

} // namespace Hearth
