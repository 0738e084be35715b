#include "ProfileCache.h"

#include "CacheSql.h"
#include "PostColumns.h"
#include "api/Json.h"

using namespace Qt::StringLiterals;

namespace Hearth {

ProfileCache::ProfileCache(const QSqlDatabase &db) : m_db(db) { }

bool ProfileCache::store(const Profile &profile)
{
    return CacheSql::transact(m_db, "ProfileCache::store", [&] {
        CacheSql::exec(m_db, u"DELETE FROM profiles WHERE user_id = ? OR handle = ?"_s,
            {profile.user.id, profile.user.handle});
        CacheSql::exec(m_db,
            u"INSERT INTO profiles (handle, user_id, json, fetched_at) VALUES (?, ?, ?, ?)"_s,
            {profile.user.handle, profile.user.id, CacheSql::fromJson(Json::toJson(profile)),
                CacheSql::nowMs()});
        return true;
    });
}

std::optional<Profile> ProfileCache::select(const QString &where, const QVariant &key) const
{
    return CacheSql::read("ProfileCache::profile", std::optional<Profile>(), [&] {
        const QVariant json
            = CacheSql::scalar(m_db, u"SELECT json FROM profiles WHERE "_s + where, {key});
        if (!json.isValid())
            return std::optional<Profile>();
        Result<Profile> profile = Json::decode<Profile>(CacheSql::toJson(json.toString()));
        return profile ? std::optional(*profile) : std::nullopt;
    });
}

std::optional<Profile> ProfileCache::profile(const QString &handle) const
{
    return select(u"handle = ?"_s, handle);
}

std::optional<Profile> ProfileCache::profile(qint64 userId) const
{
    return select(u"user_id = ?"_s, userId);
}

bool ProfileCache::apply(qint64 userId, const ProfilePatch &patch)
{
    std::optional<Profile> profile = this->profile(userId);
    if (!profile)
        return false;
    if (patch.displayName)
        profile->user.displayName = *patch.displayName;
    if (patch.bio)
        profile->bio = *patch.bio;
    if (patch.topicsPublic)
        profile->topicsPublic = *patch.topicsPublic;
    if (patch.avatarMediaId) {
        profile->user.avatarId = *patch.avatarMediaId;
        if (!*patch.avatarMediaId)
            profile->avatar.reset();
        else if (!profile->avatar || profile->avatar->id != **patch.avatarMediaId)
            profile->avatar = Media{**patch.avatarMediaId, MediaKind::Image, {}, 0, 0, 0, {}, false,
                std::nullopt, std::nullopt};
    }
    return store(*profile);
}

qint64 ProfileCache::userIdOf(const QString &handle) const
{
    return CacheSql::read("ProfileCache::userIdOf", qint64(0), [&] {
        QVariant id
            = CacheSql::scalar(m_db, u"SELECT user_id FROM profiles WHERE handle = ?"_s, {handle});
        if (!id.isValid()) {
            id = CacheSql::scalar(
                m_db, u"SELECT author_id FROM posts WHERE author_handle = ? LIMIT 1"_s, {handle});
        }
        return id.isValid() ? id.toLongLong() : qint64(0);
    });
}

QList<Post> ProfileCache::authorPosts(qint64 authorId, FeedKind kind, const FeedPosition &after,
    int limit, FeedPosition *last, int *rowsRead) const
{
    if (last)
        *last = after;
    if (rowsRead)
        *rowsRead = 0;
    if (limit <= 0 || authorId == 0)
        return {};
    return CacheSql::read("ProfileCache::authorPosts", QList<Post>(), [&] {
        QString sql = u"SELECT "_s + PostColumns::selectList() + u", p.created_at FROM posts p"_s
            + PostColumns::mineJoin() + u" WHERE p.author_id = ?"_s;
        QVariantList values{authorId};
        if (kind != FeedKind::All) {
            sql += u" AND p.kind = ?"_s;
            values.append(toWire(kind));
        }
        if (!after.isStart()) {
            sql += u" AND (p.created_at, p.id) < (?, ?)"_s;
            values << after.createdAtMs << after.id;
        }
        sql += u" ORDER BY p.created_at DESC, p.id DESC LIMIT ?"_s;
        values.append(limit);
        QSqlQuery query = CacheSql::exec(m_db, sql, values);
        QList<Post> posts;
        const int at = PostColumns::count();
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (last)
                *last = FeedPosition{query.value(at).toLongLong(), id, -1};
            if (rowsRead)
                ++*rowsRead;
            if (auto post = PostColumns::read(query))
                posts.append(std::move(*post));
        }
        return posts;
    });
}

QString ProfileCache::serverCursor(qint64 authorId, FeedKind kind) const
{
    return CacheSql::read("ProfileCache::serverCursor", QString(), [&] {
        return CacheSql::scalar(m_db,
            u"SELECT cursor FROM author_cursors WHERE author_id = ? AND kind = ?"_s,
            {authorId, toWire(kind)})
            .toString();
    });
}

bool ProfileCache::setServerCursor(qint64 authorId, FeedKind kind, const QString &cursor)
{
    return CacheSql::transact(m_db, "ProfileCache::setServerCursor", [&] {
        CacheSql::exec(m_db,
            u"INSERT INTO author_cursors (author_id, kind, cursor) VALUES (?, ?, ?) "
            "ON CONFLICT (author_id, kind) DO UPDATE SET cursor = excluded.cursor"_s,
            {authorId, toWire(kind), cursor});
        return true;
    });
}

} // namespace Hearth
