#pragma once

#include "FeedPosition.h"
#include "api/Enums.h"
#include "api/Post.h"
#include "api/Profile.h"
#include "api/Requests.h"

#include <QSqlDatabase>

#include <optional>

namespace Hearth {

// The profiles seen, and an author's cached posts as a list, newest first: what a person's
// page shows, offline too. The posts themselves are FeedCache's (the posts table): this
// only reads them by author.
class ProfileCache
{
public:
    explicit ProfileCache(const QSqlDatabase &db);

    // Keeps the profile as the server sent it, replacing what was kept under its handle
    // (and under an old handle of the same person).
    bool store(const Profile &profile);
    std::optional<Profile> profile(const QString &handle) const;
    std::optional<Profile> profile(qint64 userId) const;
    // The optimistic side of editing one's own profile: applies the patch to the kept copy.
    // False when the profile is not kept.
    bool apply(qint64 userId, const ProfilePatch &patch);
    // The id of the person with handle, from their profile or, failing that, a post of theirs
    // the cache holds; 0 when neither is cached.
    qint64 userIdOf(const QString &handle) const;

    // A page of the author's cached posts from just after `after`, by (createdAt, id)
    // descending, with the kind filter. As FeedCache::feed(): *last is where the next page
    // starts, *rowsRead the rows read (fewer than limit: no more are cached).
    QList<Post> authorPosts(qint64 authorId, FeedKind kind, const FeedPosition &after, int limit,
        FeedPosition *last = nullptr, int *rowsRead = nullptr) const;
    // The server's cursor after the author's last page fetched ('' when none, or after the
    // last page).
    QString serverCursor(qint64 authorId, FeedKind kind) const;
    bool setServerCursor(qint64 authorId, FeedKind kind, const QString &cursor);

private:
    std::optional<Profile> select(const QString &where, const QVariant &key) const;

    QSqlDatabase m_db;
};

} // namespace Hearth
