#include "ProfileStore.h"

#include "Cursor.h"
#include "MediaStore.h"
#include "Sql.h"
#include "TopicStore.h"

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Cursors of an author's posts: "u:<author>:<kind>:<createdAt>:<id>", so that a cursor
// used for another author or filter is refused rather than giving some other page.
constexpr QByteArrayView CursorTag = "u";

} // namespace

ProfileStore::ProfileStore(
    const QSqlDatabase &db, const MediaStore &media, const TopicStore &topics)
    : m_db(db), m_media(media), m_topics(topics)
{ }

std::optional<Profile> ProfileStore::profile(const QString &handle, qint64 viewerId) const
{
    return select(u"u.handle = ?"_s, handle, viewerId);
}

std::optional<Profile> ProfileStore::profile(qint64 userId, qint64 viewerId) const
{
    return select(u"u.id = ?"_s, userId, viewerId);
}

bool ProfileStore::exists(qint64 userId) const
{
    return Sql::scalar(m_db, u"SELECT 1 FROM users WHERE id = ?"_s, {userId}).isValid();
}

std::optional<Profile> ProfileStore::select(
    const QString &where, const QVariant &key, qint64 viewerId) const
{
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT u.id, u.handle, u.display_name, u.team, u.avatar_id, u.bio, u.created_at, "
        "u.topics_public, "
        "EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ? AND b.blocked_id = u.id) "
        "FROM users u WHERE "_s
            + where,
        {viewerId, key});
    if (!query.next())
        return std::nullopt;
    Profile profile;
    profile.user.id = query.value(0).toLongLong();
    profile.user.handle = query.value(1).toString();
    profile.user.displayName = query.value(2).toString();
    profile.user.team = query.value(3).toBool();
    if (!query.isNull(4))
        profile.user.avatarId = query.value(4).toLongLong();
    profile.bio = query.value(5).toString();
    profile.joinedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    profile.topicsPublic = query.value(7).toBool();
    profile.blocked = query.value(8).toBool();
    query.finish();

    if (profile.user.avatarId) {
        if (const auto record = m_media.record(*profile.user.avatarId))
            profile.avatar = record->media;
        else
            profile.user.avatarId.reset(); // gone: no avatar rather than a broken one
    }
    if (profile.topicsPublic || viewerId == profile.user.id) {
        QSqlQuery joined = Sql::exec(m_db,
            u"SELECT topic_id FROM memberships WHERE user_id = ? ORDER BY topic_id"_s,
            {profile.user.id});
        QList<qint64> ids;
        while (joined.next())
            ids.append(joined.value(0).toLongLong());
        profile.followedTopics = m_topics.topics(ids, viewerId);
    }
    // One index range per author (posts_author): a count as cheap as their posts are few.
    QSqlQuery counts = Sql::exec(m_db,
        u"SELECT kind, count(*) FROM posts WHERE author_id = ? GROUP BY kind"_s, {profile.user.id});
    while (counts.next()) {
        const auto kind = postKindFromWire(counts.value(0).toString());
        const qint64 count = counts.value(1).toLongLong();
        if (kind == PostKind::Post)
            profile.postCount = count;
        else if (kind == PostKind::Story)
            profile.storyCount = count;
        else if (kind == PostKind::Video)
            profile.videoCount = count;
    }
    return profile;
}

Result<Page<qint64>> ProfileStore::postIds(qint64 authorId, const FeedQuery &query) const
{
    const QByteArray kind = toWire(query.kind).toLatin1();
    QString sql = u"SELECT id, created_at FROM posts WHERE author_id = ?"_s;
    QVariantList values{authorId};
    if (query.kind != FeedKind::All) {
        sql += u" AND kind = ?"_s;
        values.append(QString::fromLatin1(kind));
    }
    if (!query.cursor.isEmpty()) {
        const auto parts = query.cursor.size() > 300
            ? std::nullopt
            : Cursor::decode(query.cursor, CursorTag.toByteArray(), 4);
        bool createdOk = false;
        bool idOk = false;
        const qint64 createdAt = parts ? parts->at(2).toLongLong(&createdOk) : 0;
        const qint64 id = parts ? parts->at(3).toLongLong(&idOk) : 0;
        if (!parts || parts->at(0) != QByteArray::number(authorId) || parts->at(1) != kind
            || !createdOk || !idOk || id <= 0) {
            return ApiError(ApiError::Code::BadRequest,
                u"This cursor is not one of this list's: start again without it."_s, u"cursor"_s);
        }
        sql += u" AND (created_at, id) < (?, ?)"_s;
        values << createdAt << id;
    }
    sql += u" ORDER BY created_at DESC, id DESC LIMIT ?"_s;
    values.append(query.limit + 1);
    QSqlQuery rows = Sql::exec(m_db, sql, values);
    Page<qint64> page;
    qint64 lastCreatedAt = 0;
    while (rows.next()) {
        if (page.items.size() == query.limit) {
            page.nextCursor = Cursor::encode(CursorTag.toByteArray(),
                {QByteArray::number(authorId), kind, QByteArray::number(lastCreatedAt),
                    QByteArray::number(page.items.constLast())});
            break;
        }
        page.items.append(rows.value(0).toLongLong());
        lastCreatedAt = rows.value(1).toLongLong();
    }
    return page;
}

std::optional<ApiError> ProfileStore::checkAvatar(qint64 userId, qint64 mediaId) const
{
    const auto record = m_media.record(mediaId);
    if (!record || record->ownerId != userId || record->media.kind != MediaKind::Image
        || record->postId || m_media.isPoster(mediaId)) {
        return ApiError::validation(u"avatarMediaId"_s,
            u"An avatar is an image you uploaded (POST /media) and did not put in a post."_s);
    }
    return std::nullopt;
}

void ProfileStore::update(qint64 userId, const ProfilePatch &patch)
{
    if (patch.displayName) {
        Sql::exec(m_db, u"UPDATE users SET display_name = ? WHERE id = ?"_s,
            {*patch.displayName, userId});
    }
    if (patch.bio)
        Sql::exec(m_db, u"UPDATE users SET bio = ? WHERE id = ?"_s, {*patch.bio, userId});
    if (patch.topicsPublic) {
        Sql::exec(m_db, u"UPDATE users SET topics_public = ? WHERE id = ?"_s,
            {*patch.topicsPublic, userId});
    }
    if (patch.avatarMediaId) {
        const QVariant old
            = Sql::scalar(m_db, u"SELECT avatar_id FROM users WHERE id = ?"_s, {userId});
        Sql::exec(m_db, u"UPDATE users SET avatar_id = ? WHERE id = ?"_s,
            {Sql::nullable(*patch.avatarMediaId), userId});
        // The old picture is nobody's any more: removed now, its files at the next sweep.
        if (!old.isNull() && old.toLongLong() != patch.avatarMediaId->value_or(0)) {
            Sql::exec(m_db, u"UPDATE media SET removed = 1 WHERE id = ? AND post_id IS NULL"_s,
                {old.toLongLong()});
        }
    }
}

bool ProfileStore::isAvatar(qint64 mediaId) const
{
    return Sql::scalar(m_db, u"SELECT 1 FROM users WHERE avatar_id = ? LIMIT 1"_s, {mediaId})
        .isValid();
}

} // namespace Hearth
