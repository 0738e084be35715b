#pragma once

#include <QList>
#include <QString>

namespace Hearth {

// One page of a cursor-paginated list. An empty nextCursor means there is no next page.
template<typename T>
struct Page
{
    QList<T> items;
    QString nextCursor;

    bool hasMore() const { return !nextCursor.isEmpty(); }

    bool operator==(const Page &) const = default;
};

} // namespace Hearth
