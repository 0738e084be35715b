#pragma once

#include "api/FeedQuery.h"
#include "api/Page.h"
#include "api/Profile.h"
#include "api/Requests.h"
#include "api/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace Hearth {

class MediaStore;
class TopicStore;

// People's pages: bio, avatar, whether the topics they joined are public, and the list of
// their own posts, newest first.
class ProfileStore
{
public:
    ProfileStore(const QSqlDatabase &db, const MediaStore &media, const TopicStore &topics);

    // The profile of handle as viewerId sees it (0: signed out); nothing when no one has it.
    std::optional<Profile> profile(const QString &handle, qint64 viewerId) const;
    std::optional<Profile> profile(qint64 userId, qint64 viewerId) const;
    bool exists(qint64 userId) const;

    // One page of the author's posts (the kind filter of query; its sort is ignored), newest
    // first: post ids and the next cursor, or bad_request for a cursor that is not one of
    // this list's.
    Result<Page<qint64>> postIds(qint64 authorId, const FeedQuery &query) const;

    // Why mediaId cannot be userId's avatar (an ApiError naming avatarMediaId), or nothing.
    std::optional<ApiError> checkAvatar(qint64 userId, qint64 mediaId) const;
    // Applies the patch (checked already). A replaced avatar is let go: Housekeeping removes it.
    void update(qint64 userId, const ProfilePatch &patch);
    // Whether mediaId is someone's avatar: public, and kept while it is.
    bool isAvatar(qint64 mediaId) const;

private:
    std::optional<Profile> select(const QString &where, const QVariant &key, qint64 viewerId) const;

    QSqlDatabase m_db;
    const MediaStore &m_media;
    const TopicStore &m_topics;
};

} // namespace Hearth
