#pragma once

#include <QByteArrayList>
#include <QString>

#include <optional>

// Opaque page cursors: base64url of "tag:part:part…". The tag names the list a cursor
// belongs to, so a cursor from one list is refused by another.
namespace Hearth::Cursor {

QString encode(const QByteArray &tag, const QByteArrayList &parts);
// The parts after the tag, or nothing when text is not a cursor of this list with count parts.
std::optional<QByteArrayList> decode(const QString &text, const QByteArray &tag, qsizetype count);

} // namespace Hearth::Cursor
