#include "PostColumns.h"

#include "CacheSql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Hearth::PostColumns {

namespace {

// One column per reaction kind, in AllReactionKinds' order. A new kind is a new column, and
// so a new schema step.
constexpr const char16_t *reactionColumns[] = {
    u"reactions_heart",
    u"reactions_hug",
    u"reactions_me_too",
    u"reactions_sending_strength",
    u"reactions_thinking_of_you",
};
static_assert(std::size(reactionColumns) == std::size_t(ReactionKindCount));

// The stored columns, in the order of read() and values().
QStringList storedColumns()
{
    QStringList columns{u"id"_s, u"kind"_s, u"author_id"_s, u"author_handle"_s, u"author_name"_s,
        u"author_team"_s, u"title"_s, u"body"_s, u"hashtags"_s, u"content_warning"_s, u"media_id"_s,
        u"media_kind"_s, u"media_mime_type"_s, u"media_width"_s, u"media_height"_s,
        u"media_byte_size"_s, u"media_alt_text"_s, u"media_sensitive"_s, u"media_poster_id"_s,
        u"media_duration_ms"_s, u"created_at"_s, u"edited_at"_s, u"version"_s};
    for (const char16_t *column : reactionColumns)
        columns.append(QString::fromUtf16(column));
    columns << u"comment_count"_s << u"team_prompt"_s << u"author_avatar_id"_s;
    return columns;
}

const QStringList &columns()
{
    static const QStringList list = storedColumns();
    return list;
}

// The hashtags as a JSON array: any text a tag holds comes back as it was.
QString fromHashtags(const QStringList &hashtags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(hashtags)).toJson(QJsonDocument::Compact));
}

QStringList toHashtags(const QString &text)
{
    QStringList hashtags;
    // Most posts have a tag or two: "[]" needs no parser.
    if (text.size() <= 2)
        return hashtags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    hashtags.reserve(array.size());
    for (const QJsonValue &tag : array)
        hashtags.append(tag.toString());
    return hashtags;
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QString hashtagsText(const QStringList &hashtags)
{
    return fromHashtags(hashtags);
}

QString selectList(const QString &alias)
{
    return alias + u'.' + columns().join(u", "_s + alias + u'.') + u", mine.kind"_s;
}

QString mineJoin(const QString &alias)
{
    return u" LEFT JOIN my_reactions mine ON mine.post_id = "_s + alias + u".id"_s;
}

int count()
{
    return int(columns().size()) + 1;
}

std::optional<Post> read(const QSqlQuery &query)
{
    Post post;
    int c = 0;
    const auto next = [&] {
        return query.value(c++);
    };
    post.id = next().toLongLong();
    const std::optional<PostKind> kind = postKindFromWire(next().toString());
    post.author.id = next().toLongLong();
    post.author.handle = next().toString();
    post.author.displayName = next().toString();
    post.author.team = next().toBool();
    post.title = next().toString();
    post.body = next().toString();
    post.hashtags = toHashtags(next().toString());
    post.contentWarning = next().toString();
    const QVariant mediaId = next();
    const std::optional<MediaKind> mediaKind = mediaKindFromWire(next().toString());
    if (!mediaId.isNull()) {
        Media media;
        media.id = mediaId.toLongLong();
        media.kind = mediaKind.value_or(MediaKind::Image);
        media.mimeType = query.value(c).toString();
        media.width = query.value(c + 1).toInt();
        media.height = query.value(c + 2).toInt();
        media.byteSize = query.value(c + 3).toLongLong();
        media.altText = query.value(c + 4).toString();
        media.sensitive = query.value(c + 5).toBool();
        if (const QVariant poster = query.value(c + 6); !poster.isNull())
            media.posterId = poster.toLongLong();
        if (const QVariant duration = query.value(c + 7); !duration.isNull())
            media.durationMs = duration.toLongLong();
        post.media = std::move(media);
    }
    c += 8;
    post.createdAt = QDateTime::fromMSecsSinceEpoch(next().toLongLong(), Qt::UTC);
    post.editedAt = CacheSql::toDateTime(next());
    post.version = next().toLongLong();
    for (const ReactionKind reaction : AllReactionKinds)
        post.reactions.setCount(reaction, next().toLongLong());
    post.commentCount = next().toLongLong();
    post.teamPrompt = next().toBool();
    if (const QVariant avatar = next(); !avatar.isNull())
        post.author.avatarId = avatar.toLongLong();
    if (const QVariant mine = next(); !mine.isNull())
        post.reactions.setMine(reactionKindFromWire(mine.toString()));
    // Written by a build that knows more kinds than this one: not shown rather than shown
    // as something it is not.
    if (!kind || (post.media && !mediaKind)) {
        qCWarning(lcCache) << "The cached post" << post.id << "has a kind this build does not know";
        return std::nullopt;
    }
    post.kind = *kind;
    return post;
}

QString upsert()
{
    QStringList updates;
    for (const QString &column : columns()) {
        if (column != u"id")
            updates.append(column + u" = excluded."_s + column);
    }
    updates.append(u"cached_at = excluded.cached_at"_s);
    const QString placeholders = QString(u"?, "_s).repeated(columns().size() + 1) + u'?';
    // An older version never replaces a newer one: a copy asked for before an edit can
    // arrive after it. Reactions and comments keep the version, so its later counts do.
    return u"INSERT INTO posts (%1, local_state, cached_at) VALUES (%2) "
           "ON CONFLICT (id) DO UPDATE SET %3 WHERE excluded.version >= posts.version"_s.arg(
               columns().join(u", "_s), placeholders, updates.join(u", "_s));
}

QVariantList values(const Post &post, int initialLocalState, qint64 cachedAtMs)
{
    const std::optional<Media> &media = post.media;
    QVariantList values{post.id, toWire(post.kind), post.author.id, post.author.handle,
        post.author.displayName, post.author.team, post.title, post.body,
        fromHashtags(post.hashtags), post.contentWarning};
    if (media) {
        values << media->id << toWire(media->kind) << media->mimeType << media->width
               << media->height << media->byteSize << media->altText << media->sensitive
               << nullable(media->posterId) << nullable(media->durationMs);
    } else {
        for (int i = 0; i < 10; ++i)
            values.append(QVariant());
    }
    values << (post.createdAt.isValid() ? post.createdAt.toMSecsSinceEpoch() : 0)
           << CacheSql::fromDateTime(post.editedAt) << post.version;
    for (const ReactionKind reaction : AllReactionKinds)
        values.append(post.reactions.count(reaction));
    values << post.commentCount << post.teamPrompt << nullable(post.author.avatarId)
           << initialLocalState << cachedAtMs;
    return values;
}

} // namespace Hearth::PostColumns
