#include "Cursor.h"

#include "api/Limits.h"

namespace Hearth::Cursor {

QString encode(const QByteArray &tag, const QByteArrayList &parts)
{
    return QString::fromLatin1(
        QByteArray(tag + ':' + parts.join(':'))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArrayList> decode(const QString &text, const QByteArray &tag, qsizetype count)
{
    if (text.size() > Limits::MaxCursorLength)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QByteArrayList parts = decoded.decoded.split(':');
    if (parts.size() != count + 1 || parts.first() != tag)
        return std::nullopt;
    parts.removeFirst();
    return parts;
}

} // namespace Hearth::Cursor
