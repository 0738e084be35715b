#pragma once

#include "api/Post.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

// Internal to the cache, not part of its API: how a post lies in the posts table, one column
// per field (schema step 4), and the one reader and writer of those columns. The cache's own
// encoding: unlike the wire's, it holds local ids (<= 0) of posts and media not yet sent.
namespace Hearth::PostColumns {

// The columns read(), in its order, each prefixed with alias and a dot ("p.id, p.kind, ...").
// The person's own reaction comes from my_reactions: the query joins it as `mine` (see
// mineJoin()).
QString selectList(const QString &alias = QStringLiteral("p"));
// The LEFT JOIN that selectList() reads the person's reaction from, for posts aliased alias.
QString mineJoin(const QString &alias = QStringLiteral("p"));
// How many columns selectList() names: the query's own columns come after them.
int count();

// The post in query's current row, from its first selectList() column; nothing (and a log
// line) when the row holds what this build cannot read, such as a kind it does not know.
std::optional<Post> read(const QSqlQuery &query);

// The upsert of a whole post: an INSERT of every column that, on conflict, updates all but
// the local state (which belongs to the outbox's progress, not to the server's copy), and
// nothing at all when the cached version is newer (no row changes then).
QString upsert();
// The hashtags as the posts table holds them (a JSON array): equal texts, equal tags.
QString hashtagsText(const QStringList &hashtags);
// The values for upsert()'s placeholders: the post, its initial local state, and now.
QVariantList values(const Post &post, int initialLocalState, qint64 cachedAtMs);

} // namespace Hearth::PostColumns
