#pragma once

#include "api/Page.h"
#include "api/Result.h"
#include "api/User.h"

#include <QSqlDatabase>

namespace Hearth {

// The server's full-text search (GET /search): posts and topics through their FTS5 indexes
// (schema step 4 builds them, triggers keep them equal to the tables), people by the start of
// their handle or of a word of their name. Posts and people the viewer blocked are never in
// it; a deleted post is gone from the index with its row.
//
// Pages go on by keyset, as every list of the API: posts and topics by (score, id), the score
// carried exactly in the cursor, which is tied to the query it came from.
class SearchStore
{
public:
    explicit SearchStore(const QSqlDatabase &db);

    // The FTS5 expression is SearchQuery::ftsMatch()'s; text is what the person typed.
    // Best match first, titles (names) weighing more; empty when text has no word.
    Result<Page<qint64>> posts(
        const QString &text, int limit, const QString &cursor, qint64 viewerId) const;
    // The topics' slugs.
    Result<Page<QString>> topics(const QString &text, int limit, const QString &cursor) const;
    // By handle, then by the start of any word of the display name; a leading '@' is ignored.
    // In handle order.
    Result<Page<User>> users(
        const QString &text, int limit, const QString &cursor, qint64 viewerId) const;

    // The statements of the schema step that brings the indexes in, and fills them.
    static QStringList schemaStep();

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
