#include "FeedQuery.h"

namespace Hearth {

QUrlQuery FeedQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (kind != FeedKind::All)
        query.addQueryItem(QStringLiteral("kind"), toWire(kind));
    if (sort != FeedSort::Latest)
        query.addQueryItem(QStringLiteral("sort"), toWire(sort));
    if (limit != Limits::DefaultPageSize)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return query;
}

Result<FeedQuery> FeedQuery::fromUrlQuery(const QUrlQuery &query)
{
    const auto badParameter = [](const QString &name, const QString &message) {
        return ApiError(ApiError::Code::BadRequest, message, name);
    };

    FeedQuery parsed;
    const QString kindKey = QStringLiteral("kind");
    if (query.hasQueryItem(kindKey)) {
        const auto kind = feedKindFromWire(query.queryItemValue(kindKey, QUrl::FullyDecoded));
        if (!kind)
            return badParameter(
                kindKey, QStringLiteral("kind must be one of all, post, story, video."));
        parsed.kind = *kind;
    }
    const QString sortKey = QStringLiteral("sort");
    if (query.hasQueryItem(sortKey)) {
        const auto sort = feedSortFromWire(query.queryItemValue(sortKey, QUrl::FullyDecoded));
        if (!sort)
            return badParameter(sortKey, QStringLiteral("sort must be latest or trending."));
        parsed.sort = *sort;
    }
    const QString limitKey = QStringLiteral("limit");
    if (query.hasQueryItem(limitKey)) {
        bool isNumber = false;
        const int limit = query.queryItemValue(limitKey).toInt(&isNumber);
        if (!isNumber || limit < 1 || limit > Limits::MaxPageSize)
            return badParameter(limitKey,
                QStringLiteral("limit must be a number from 1 to %1.").arg(Limits::MaxPageSize));
        parsed.limit = limit;
    }
    const QString cursorKey = QStringLiteral("cursor");
    if (query.hasQueryItem(cursorKey)) {
        parsed.cursor = query.queryItemValue(cursorKey, QUrl::FullyDecoded);
        if (parsed.cursor.isEmpty() || parsed.cursor.size() > Limits::MaxCursorLength)
            return badParameter(cursorKey, QStringLiteral("cursor is not valid."));
    }
    return parsed;
}

} // namespace Hearth
