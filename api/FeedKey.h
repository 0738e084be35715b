#pragma once

#include "Enums.h"
#include "FeedQuery.h"

#include <QMetaType>
#include <QString>

namespace Hearth {

// One topic feed: a topic, its kind filter and its order. What the cache keeps a feed's
// pages, ranks and server cursor under, what the sync engine fetches, what a feed model
// shows and what the window's history returns to. (FeedQuery is one request for a page of
// it: no topic, and a page size and cursor.)
struct FeedKey
{
    QString slug;
    FeedKind kind = FeedKind::All;
    FeedSort sort = FeedSort::Latest;
    // Not 0: the posts of this person instead of a topic's (slug empty, newest first).
    qint64 authorId = 0;

    // The request for the page of this feed after cursor (empty: the first page).
    FeedQuery query(int limit, const QString &cursor = {}) const
    {
        return {kind, sort, limit, cursor};
    }

    bool operator==(const FeedKey &) const = default;
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::FeedKey)
