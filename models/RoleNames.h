#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaEnum>

namespace Hearth {

// The role names of a model's Role enum, derived from the enum itself: "AuthorNameRole"
// is "authorName". base holds the names the model inherits (display, decoration…).
template<typename Role>
QHash<int, QByteArray> roleNamesFor(QHash<int, QByteArray> base)
{
    const QMetaEnum roles = QMetaEnum::fromType<Role>();
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray name = roles.key(i);
        name.chop(4); // "Role"
        name[0] = char(QChar::toLower(uint(name[0])));
        base.insert(roles.value(i), name);
    }
    return base;
}

} // namespace Hearth
