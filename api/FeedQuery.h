#pragma once

#include "Enums.h"
#include "Limits.h"
#include "Result.h"

#include <QUrlQuery>

namespace Hearth {

// Which slice of a topic feed to fetch: kind filter, sort, page size and cursor.
struct FeedQuery
{
    FeedKind kind = FeedKind::All;
    FeedSort sort = FeedSort::Latest;
    int limit = Limits::DefaultPageSize;
    QString cursor; // empty for the first page

    // The query string of GET /topics/{slug}/feed; defaults are left out.
    QUrlQuery toUrlQuery() const;
    // Parses and checks a query string; unknown parameters are ignored.
    static Result<FeedQuery> fromUrlQuery(const QUrlQuery &query);

    bool operator==(const FeedQuery &) const = default;
};

} // namespace Hearth
