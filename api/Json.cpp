#include "Json.h"

#include "Hashtags.h"
#include "Text.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Hearth::Json {

namespace {

ApiError invalidJson(const QString &message)
{
    return ApiError(ApiError::Code::InvalidJson, message);
}

// Checks what QJsonDocument lets through or checks too late, on the raw bytes before
// anything is built from them: nesting depth, and escapes that JSON does not have
// (Qt's parser reads "\q" as "q"). Gives an error message, or nothing.
QString scanForStructuralErrors(const QByteArray &bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped) {
                if (!QByteArrayView("\"\\/bfnrtu").contains(c))
                    return u"The JSON has an invalid escape sequence in a string."_s;
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > maxDepth)
                return u"The JSON is nested deeper than %1 levels."_s.arg(maxDepth);
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return {};
}

QJsonValue nullable(std::optional<qint64> number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

QJsonArray toJsonArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

// A title for a new post or an edit: non-blank, within the limit.
QString readTitle(JsonReader &reader)
{
    const QString title = reader.string(u"title"_s, 1, Limits::MaxTitleLength);
    if (reader.ok() && Text::isBlank(title))
        reader.fail(u"title"_s, u"Must not be blank."_s);
    return title;
}

QStringList readHashtags(JsonReader &reader, const QString &key)
{
    return reader.list(key, Limits::MaxHashtagsPerPost, &decode<QString>);
}

// Qt's parser drops U+FEFF at the start of a string (its UTF-8 conversion takes it for a
// byte-order mark); escaped, it is kept, as text is (docs/api.md). Raw, those three bytes can
// only stand inside a string (anywhere else the JSON is refused either way), and not right
// after the backslash of an escape (left raw, that stays an error).
QByteArray withZeroWidthNoBreakEscaped(const QByteArray &bytes)
{
    static const QByteArray raw("\xEF\xBB\xBF");
    if (!bytes.contains(raw))
        return bytes;
    QByteArray out;
    out.reserve(bytes.size() + 32);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (QByteArrayView(bytes).sliced(i).startsWith(raw)) {
            qsizetype slashes = 0;
            for (qsizetype j = i - 1; j >= 0 && bytes.at(j) == '\\'; --j)
                ++slashes;
            if (slashes % 2 == 0) {
                out += "\\ufeff";
                i += raw.size() - 1;
                continue;
            }
        }
        out += bytes.at(i);
    }
    return out;
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray &bytes, qint64 maxBytes)
{
    if (bytes.trimmed().isEmpty())
        return invalidJson(u"The body is empty; expected a JSON object."_s);
    if (bytes.size() > maxBytes)
        return ApiError(
            ApiError::Code::PayloadTooLarge, u"The body is larger than %1 bytes."_s.arg(maxBytes));
    // docs/api.md allows no byte-order mark; QJsonDocument would skip one silently.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return invalidJson(u"The body starts with a byte-order mark; send UTF-8 without one."_s);
    if (const QString problem = scanForStructuralErrors(bytes, Limits::MaxJsonDepth);
        !problem.isEmpty())
        return invalidJson(problem);
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(withZeroWidthNoBreakEscaped(bytes), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidJson(u"The body is not valid JSON (%1 at byte %2)."_s.arg(
            parseError.errorString(), QString::number(parseError.offset)));
    if (!document.isObject())
        return invalidJson(u"Expected a JSON object."_s);
    return document.object();
}

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue toJson(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const User &user)
{
    QJsonObject object{
        {u"id"_s, user.id},
        {u"handle"_s, user.handle},
        {u"displayName"_s, user.displayName},
        {u"team"_s, user.team},
    };
    // Only when there is one: older readers and the byte-exact feed pages need no new field.
    if (user.avatarId)
        object.insert(u"avatarId"_s, *user.avatarId);
    return object;
}

QJsonObject toJson(const TopicCounts &counts)
{
    return {
        {u"members"_s, counts.members},
        {u"posts"_s, counts.posts},
        {u"stories"_s, counts.stories},
        {u"videos"_s, counts.videos},
    };
}

QJsonObject toJson(const Topic &topic)
{
    return {
        {u"slug"_s, topic.slug},
        {u"name"_s, topic.name},
        {u"tag"_s, topic.tag},
        {u"description"_s, topic.description},
        {u"counts"_s, toJson(topic.counts)},
        {u"joined"_s, topic.joined},
    };
}

QJsonObject toJson(const Media &media)
{
    return {
        {u"id"_s, media.id},
        {u"kind"_s, toWire(media.kind)},
        {u"mimeType"_s, media.mimeType},
        {u"width"_s, media.width},
        {u"height"_s, media.height},
        {u"byteSize"_s, media.byteSize},
        {u"altText"_s, media.altText},
        {u"sensitive"_s, media.sensitive},
        {u"posterId"_s, nullable(media.posterId)},
        {u"durationMs"_s, nullable(media.durationMs)},
    };
}

QJsonObject toJson(const Reactions &reactions)
{
    QJsonObject counts;
    for (ReactionKind kind : AllReactionKinds) {
        if (reactions.count(kind) > 0)
            counts.insert(toWire(kind), reactions.count(kind));
    }
    const auto mine = reactions.mine();
    return {
        {u"counts"_s, counts},
        {u"mine"_s, mine ? QJsonValue(toWire(*mine)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject toJson(const Post &post)
{
    return {
        {u"id"_s, post.id},
        {u"kind"_s, toWire(post.kind)},
        {u"author"_s, toJson(post.author)},
        {u"title"_s, post.title},
        {u"body"_s, post.body},
        {u"hashtags"_s, toJsonArray(post.hashtags)},
        {u"contentWarning"_s, post.contentWarning},
        {u"media"_s, post.media ? QJsonValue(toJson(*post.media)) : QJsonValue(QJsonValue::Null)},
        {u"createdAt"_s, toJson(post.createdAt)},
        {u"editedAt"_s, toJson(post.editedAt)},
        {u"version"_s, post.version},
        {u"reactions"_s, toJson(post.reactions)},
        {u"commentCount"_s, post.commentCount},
        {u"teamPrompt"_s, post.teamPrompt},
    };
}

QJsonObject toJson(const Comment &comment)
{
    return {
        {u"id"_s, comment.id},
        {u"postId"_s, comment.postId},
        {u"parentId"_s, nullable(comment.parentId)},
        {u"author"_s, toJson(comment.author)},
        {u"body"_s, comment.body},
        {u"contentWarning"_s, comment.contentWarning},
        {u"createdAt"_s, toJson(comment.createdAt)},
        {u"editedAt"_s, toJson(comment.editedAt)},
        {u"version"_s, comment.version},
        {u"deleted"_s, comment.deleted},
        {u"replyCount"_s, comment.replyCount},
    };
}

QJsonObject toJson(const Session &session)
{
    return {{u"token"_s, session.token}, {u"user"_s, toJson(session.user)}};
}

QJsonObject toJson(const Newsletter &newsletter)
{
    return {
        {u"id"_s, newsletter.id},
        {u"topicSlug"_s, newsletter.topicSlug},
        {u"title"_s, newsletter.title},
        {u"description"_s, newsletter.description},
        {u"cadence"_s, toWire(newsletter.cadence)},
        {u"subscribed"_s, newsletter.subscribed},
    };
}

QJsonObject toJson(const Changes &changes)
{
    QJsonArray posts;
    for (const Post &post : changes.posts)
        posts.append(toJson(post));
    QJsonArray deleted;
    for (qint64 id : changes.deletedPostIds)
        deleted.append(id);
    QJsonArray topics;
    for (const Topic &topic : changes.topics)
        topics.append(toJson(topic));
    QJsonObject object{
        {u"since"_s, changes.since},
        {u"next"_s, changes.next},
        {u"more"_s, changes.more},
        {u"posts"_s, posts},
        {u"deletedPostIds"_s, deleted},
        {u"topics"_s, topics},
    };
    if (changes.notifications)
        object.insert(u"notifications"_s, toJson(*changes.notifications));
    return object;
}

QJsonObject toJson(const MediaAttachment &attachment)
{
    return {
        {u"id"_s, attachment.id},
        {u"altText"_s, attachment.altText},
        {u"sensitive"_s, attachment.sensitive},
    };
}

QJsonObject toJson(const NewPost &post)
{
    QJsonObject object{
        {u"kind"_s, toWire(post.kind)},
        {u"title"_s, post.title},
        {u"body"_s, post.body},
        {u"hashtags"_s, toJsonArray(post.hashtags)},
        {u"contentWarning"_s, post.contentWarning},
    };
    if (post.media)
        object.insert(u"media"_s, toJson(*post.media));
    return object;
}

QJsonObject toJson(const PostPatch &patch)
{
    QJsonObject object;
    if (patch.title)
        object.insert(u"title"_s, *patch.title);
    if (patch.body)
        object.insert(u"body"_s, *patch.body);
    if (patch.hashtags)
        object.insert(u"hashtags"_s, toJsonArray(*patch.hashtags));
    if (patch.contentWarning)
        object.insert(u"contentWarning"_s, *patch.contentWarning);
    if (patch.media) {
        object.insert(u"media"_s,
            *patch.media ? QJsonValue(toJson(**patch.media)) : QJsonValue(QJsonValue::Null));
    }
    return object;
}

QJsonObject toJson(const NewComment &comment)
{
    QJsonObject object{
        {u"body"_s, comment.body},
        {u"contentWarning"_s, comment.contentWarning},
    };
    if (comment.parentId)
        object.insert(u"parentId"_s, *comment.parentId);
    return object;
}

QJsonObject toJson(const CommentPatch &patch)
{
    QJsonObject object;
    if (patch.body)
        object.insert(u"body"_s, *patch.body);
    if (patch.contentWarning)
        object.insert(u"contentWarning"_s, *patch.contentWarning);
    return object;
}

QJsonObject toJson(const Registration &registration)
{
    return {
        {u"handle"_s, registration.handle},
        {u"password"_s, registration.password},
        {u"displayName"_s, registration.displayName},
    };
}

QJsonObject toJson(const Login &login)
{
    return {{u"handle"_s, login.handle}, {u"password"_s, login.password}};
}

QJsonObject toJson(const Report &report)
{
    return {{u"reason"_s, toWire(report.reason)}, {u"note"_s, report.note}};
}

template<>
Result<qint64> decode<qint64>(const QJsonValue &value)
{
    JsonReader reader(QJsonObject{{u"id"_s, value}});
    const qint64 id = reader.id(u"id"_s);
    if (!reader.ok())
        return ApiError::validation(QString(), reader.error().message());
    return id;
}

template<>
Result<QString> decode<QString>(const QJsonValue &value)
{
    if (!value.isString())
        return ApiError::validation(QString(), u"Expected a hashtag string."_s);
    const QString tag = value.toString();
    if (!Hashtags::isValid(tag))
        return ApiError::validation(QString(),
            u"\"%1\" is not a hashtag: use letters, digits and _, at most %2, "
            "with at least one letter, and no '#'."_s.arg(tag.left(Limits::MaxHashtagLength + 1))
                .arg(Limits::MaxHashtagLength));
    return tag;
}

template<>
Result<User> decode<User>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    User user;
    user.id = reader.id(u"id"_s);
    user.handle = reader.string(u"handle"_s, Limits::MinHandleLength, Limits::MaxHandleLength);
    if (reader.ok()) {
        for (QChar c : std::as_const(user.handle)) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_')) {
                reader.fail(u"handle"_s, u"Use only a-z, 0-9 and _."_s);
                break;
            }
        }
    }
    user.displayName = reader.string(u"displayName"_s, 1, Limits::MaxDisplayNameLength);
    user.team = reader.optionalBool(u"team"_s, false);
    user.avatarId = reader.optionalId(u"avatarId"_s);
    if (!reader.ok())
        return reader.error();
    return user;
}

template<>
Result<TopicCounts> decode<TopicCounts>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    TopicCounts counts;
    counts.members = reader.integer(u"members"_s, 0, Limits::MaxId);
    counts.posts = reader.integer(u"posts"_s, 0, Limits::MaxId);
    counts.stories = reader.integer(u"stories"_s, 0, Limits::MaxId);
    counts.videos = reader.integer(u"videos"_s, 0, Limits::MaxId);
    if (!reader.ok())
        return reader.error();
    return counts;
}

template<>
Result<Topic> decode<Topic>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Topic topic;
    topic.slug = reader.string(u"slug"_s, 1, Limits::MaxHashtagLength);
    if (reader.ok() && topic.slug != Hashtags::slug(topic.slug))
        reader.fail(u"slug"_s, u"A slug is a lowercase (case-folded) hashtag."_s);
    topic.name = reader.string(u"name"_s, 1, Limits::MaxTopicNameLength);
    topic.tag = reader.nested(u"tag"_s, &decode<QString>);
    if (reader.ok() && Hashtags::slug(topic.tag) != topic.slug)
        reader.fail(u"tag"_s, u"The tag does not match the slug."_s);
    topic.description = reader.optionalString(u"description"_s, Limits::MaxTopicDescriptionLength);
    topic.counts = reader.nested(u"counts"_s, &decode<TopicCounts>);
    topic.joined = reader.optionalBool(u"joined"_s, false);
    if (!reader.ok())
        return reader.error();
    return topic;
}

template<>
Result<Media> decode<Media>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Media media;
    media.id = reader.id(u"id"_s);
    media.kind = reader.enumValue(u"kind"_s, &mediaKindFromWire, MediaKind::Image);
    media.mimeType = reader.string(u"mimeType"_s, 3, 100);
    media.width = int(reader.integer(u"width"_s, 0, Limits::MaxImageSide));
    media.height = int(reader.integer(u"height"_s, 0, Limits::MaxImageSide));
    media.byteSize = reader.integer(u"byteSize"_s, 0, Limits::MaxVideoUploadBytes);
    media.altText = reader.optionalString(u"altText"_s, Limits::MaxAltTextLength);
    media.sensitive = reader.optionalBool(u"sensitive"_s, false);
    media.posterId = reader.optionalId(u"posterId"_s);
    if (reader.has(u"durationMs"_s) && !reader.isNull(u"durationMs"_s))
        media.durationMs = reader.optionalInteger(u"durationMs"_s, 0, Limits::MaxId, 0);
    if (!reader.ok())
        return reader.error();
    return media;
}

template<>
Result<Reactions> decode<Reactions>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Reactions reactions;
    JsonReader counts(reader.object(u"counts"_s));
    for (ReactionKind kind : AllReactionKinds) {
        // Kinds added later are ignored; a missing kind counts 0.
        reactions.setCount(kind, counts.optionalInteger(toWire(kind), 0, Limits::MaxId, 0));
    }
    if (!counts.ok())
        reader.fail(counts.error().withFieldPrefix(u"counts"_s));
    if (reader.ok() && reader.has(u"mine"_s) && !reader.isNull(u"mine"_s)) {
        // An unknown kind of mine (from a newer server) reads as no known reaction.
        const QString mine = reader.string(u"mine"_s, 1, 64);
        reactions.setMine(reactionKindFromWire(mine));
    }
    if (!reader.ok())
        return reader.error();
    return reactions;
}

template<>
Result<Post> decode<Post>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Post post;
    post.id = reader.id(u"id"_s);
    post.kind = reader.enumValue(u"kind"_s, &postKindFromWire, PostKind::Post);
    post.author = reader.nested(u"author"_s, &decode<User>);
    post.title = reader.string(u"title"_s, 1, Limits::MaxTitleLength);
    post.body = reader.string(u"body"_s, 0, Limits::maxBodyLength(post.kind));
    post.hashtags = readHashtags(reader, u"hashtags"_s);
    post.contentWarning
        = reader.optionalString(u"contentWarning"_s, Limits::MaxContentWarningLength);
    post.media = reader.optionalNested(u"media"_s, &decode<Media>);
    post.createdAt = reader.dateTime(u"createdAt"_s);
    post.editedAt = reader.optionalDateTime(u"editedAt"_s);
    post.version = reader.integer(u"version"_s, 1, Limits::MaxId);
    post.reactions = reader.nested(u"reactions"_s, &decode<Reactions>);
    post.commentCount = reader.integer(u"commentCount"_s, 0, Limits::MaxId);
    post.teamPrompt = reader.optionalBool(u"teamPrompt"_s, false);
    if (!reader.ok())
        return reader.error();
    return post;
}

template<>
Result<Comment> decode<Comment>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Comment comment;
    comment.id = reader.id(u"id"_s);
    comment.postId = reader.id(u"postId"_s);
    comment.parentId = reader.optionalId(u"parentId"_s);
    comment.author = reader.nested(u"author"_s, &decode<User>);
    comment.deleted = reader.optionalBool(u"deleted"_s, false);
    comment.body = reader.string(u"body"_s, comment.deleted ? 0 : 1, Limits::MaxCommentLength);
    comment.contentWarning
        = reader.optionalString(u"contentWarning"_s, Limits::MaxContentWarningLength);
    comment.createdAt = reader.dateTime(u"createdAt"_s);
    comment.editedAt = reader.optionalDateTime(u"editedAt"_s);
    comment.version = reader.integer(u"version"_s, 1, Limits::MaxId);
    comment.replyCount = reader.optionalInteger(u"replyCount"_s, 0, Limits::MaxId, 0);
    if (reader.ok() && comment.parentId == comment.id)
        reader.fail(u"parentId"_s, u"A comment cannot reply to itself."_s);
    if (!reader.ok())
        return reader.error();
    return comment;
}

template<>
Result<Session> decode<Session>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Session session;
    session.token = reader.string(u"token"_s, 16, 256);
    session.user = reader.nested(u"user"_s, &decode<User>);
    if (!reader.ok())
        return reader.error();
    return session;
}

template<>
Result<Newsletter> decode<Newsletter>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Newsletter newsletter;
    newsletter.id = reader.id(u"id"_s);
    newsletter.topicSlug = reader.string(u"topicSlug"_s, 1, Limits::MaxHashtagLength);
    newsletter.title = reader.string(u"title"_s, 1, Limits::MaxNewsletterTitleLength);
    newsletter.description
        = reader.optionalString(u"description"_s, Limits::MaxNewsletterDescriptionLength);
    newsletter.cadence
        = reader.enumValue(u"cadence"_s, &newsletterCadenceFromWire, NewsletterCadence::Weekly);
    newsletter.subscribed = reader.optionalBool(u"subscribed"_s, false);
    if (!reader.ok())
        return reader.error();
    return newsletter;
}

template<>
Result<Changes> decode<Changes>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Changes changes;
    changes.since = reader.integer(u"since"_s, 0, Limits::MaxId);
    changes.next = reader.integer(u"next"_s, 0, Limits::MaxId);
    changes.more = reader.optionalBool(u"more"_s, false);
    changes.posts = reader.list(u"posts"_s, Limits::MaxChangesPerResponse, &decode<Post>);
    changes.deletedPostIds
        = reader.list(u"deletedPostIds"_s, Limits::MaxItemsPerPage, &decode<qint64>);
    changes.topics = reader.list(u"topics"_s, Limits::MaxItemsPerPage, &decode<Topic>);
    changes.notifications = reader.optionalNested(u"notifications"_s, &decode<NotificationState>);
    if (reader.ok() && changes.next < changes.since)
        reader.fail(u"next"_s, u"The sequence went backwards."_s);
    if (!reader.ok())
        return reader.error();
    return changes;
}

template<>
Result<MediaAttachment> decode<MediaAttachment>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    MediaAttachment attachment;
    attachment.id = reader.id(u"id"_s);
    attachment.altText = reader.optionalString(u"altText"_s, Limits::MaxAltTextLength);
    attachment.sensitive = reader.optionalBool(u"sensitive"_s, false);
    if (!reader.ok())
        return reader.error();
    return attachment;
}

template<>
Result<NewPost> decode<NewPost>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    NewPost post;
    post.kind = reader.enumValue(u"kind"_s, &postKindFromWire, PostKind::Post);
    post.title = readTitle(reader);
    post.body = reader.string(
        u"body"_s, post.kind == PostKind::Video ? 0 : 1, Limits::maxBodyLength(post.kind));
    if (reader.ok() && post.kind != PostKind::Video && Text::isBlank(post.body))
        reader.fail(u"body"_s, u"Must not be blank."_s);
    if (reader.has(u"hashtags"_s))
        post.hashtags = readHashtags(reader, u"hashtags"_s);
    post.contentWarning
        = reader.optionalString(u"contentWarning"_s, Limits::MaxContentWarningLength);
    post.media = reader.optionalNested(u"media"_s, &decode<MediaAttachment>);
    if (reader.ok() && post.kind == PostKind::Video && !post.media)
        reader.fail(u"media"_s, u"A video post needs its video."_s);
    if (!reader.ok())
        return reader.error();
    return post;
}

template<>
Result<PostPatch> decode<PostPatch>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    PostPatch patch;
    if (reader.has(u"title"_s))
        patch.title = readTitle(reader);
    // The post's kind decides the body limit; here the largest applies, the server
    // checks the kind's own.
    if (reader.has(u"body"_s))
        patch.body = reader.string(u"body"_s, 0, Limits::MaxStoryBodyLength);
    if (reader.has(u"hashtags"_s))
        patch.hashtags = readHashtags(reader, u"hashtags"_s);
    if (reader.has(u"contentWarning"_s))
        patch.contentWarning
            = reader.string(u"contentWarning"_s, 0, Limits::MaxContentWarningLength);
    if (reader.has(u"media"_s))
        patch.media = reader.optionalNested(u"media"_s, &decode<MediaAttachment>);
    if (reader.ok() && patch.isEmpty())
        reader.fail(QString(), u"Nothing to change."_s);
    if (!reader.ok())
        return reader.error();
    return patch;
}

template<>
Result<NewComment> decode<NewComment>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    NewComment comment;
    comment.body = reader.string(u"body"_s, 1, Limits::MaxCommentLength);
    if (reader.ok() && Text::isBlank(comment.body))
        reader.fail(u"body"_s, u"Must not be blank."_s);
    comment.parentId = reader.optionalId(u"parentId"_s);
    comment.contentWarning
        = reader.optionalString(u"contentWarning"_s, Limits::MaxContentWarningLength);
    if (!reader.ok())
        return reader.error();
    return comment;
}

template<>
Result<CommentPatch> decode<CommentPatch>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    CommentPatch patch;
    if (reader.has(u"body"_s)) {
        patch.body = reader.string(u"body"_s, 1, Limits::MaxCommentLength);
        if (reader.ok() && Text::isBlank(*patch.body))
            reader.fail(u"body"_s, u"Must not be blank."_s);
    }
    if (reader.has(u"contentWarning"_s))
        patch.contentWarning
            = reader.string(u"contentWarning"_s, 0, Limits::MaxContentWarningLength);
    if (reader.ok() && !patch.body && !patch.contentWarning)
        reader.fail(QString(), u"Nothing to change."_s);
    if (!reader.ok())
        return reader.error();
    return patch;
}

template<>
Result<Registration> decode<Registration>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Registration registration;
    registration.handle
        = reader.string(u"handle"_s, Limits::MinHandleLength, Limits::MaxHandleLength);
    registration.password
        = reader.string(u"password"_s, Limits::MinPasswordLength, Limits::MaxPasswordLength);
    registration.displayName = reader.string(u"displayName"_s, 1, Limits::MaxDisplayNameLength);
    if (reader.ok() && Text::isBlank(registration.displayName))
        reader.fail(u"displayName"_s, u"Must not be blank."_s);
    if (reader.ok()) {
        // The handle rules are User's: check them there, to keep them in one place.
        const Result<User> user = decode<User>(QJsonObject{
            {u"id"_s, 1},
            {u"handle"_s, registration.handle},
            {u"displayName"_s, registration.displayName},
        });
        if (!user)
            reader.fail(user.error());
    }
    if (!reader.ok())
        return reader.error();
    return registration;
}

template<>
Result<Login> decode<Login>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Login login;
    login.handle = reader.string(u"handle"_s, 1, Limits::MaxHandleLength);
    login.password = reader.string(u"password"_s, 1, Limits::MaxPasswordLength);
    if (!reader.ok())
        return reader.error();
    return login;
}

template<>
Result<Report> decode<Report>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Report report;
    report.reason = reader.enumValue(u"reason"_s, &reportReasonFromWire, ReportReason::Other);
    report.note = reader.optionalString(u"note"_s, Limits::MaxReportNoteLength);
    if (!reader.ok())
        return reader.error();
    return report;
}

ApiError decodeError(const QByteArray &bytes, int httpStatus)
{
    const Result<QJsonObject> object = parseObject(bytes);
    const QJsonObject error = object ? object->value(u"error"_s).toObject() : QJsonObject();
    const QString code = error.value(u"code"_s).toString();
    QString message = error.value(u"message"_s).toString().left(Limits::MaxReportNoteLength);
    const QString field = error.value(u"field"_s).toString().left(200);
    ApiError::Code known = ApiError::codeFromWire(code);
    if (known == ApiError::Code::Unknown) {
        // Fall back on the status, so that a proxy's plain 502 still reads sensibly.
        if (httpStatus == 401)
            known = ApiError::Code::Unauthorized;
        else if (httpStatus == 403)
            known = ApiError::Code::Forbidden;
        else if (httpStatus == 404)
            known = ApiError::Code::NotFound;
        else if (httpStatus == 413)
            known = ApiError::Code::PayloadTooLarge;
        else if (httpStatus == 429)
            known = ApiError::Code::RateLimited;
        else if (httpStatus >= 500)
            known = ApiError::Code::Internal;
        else if (httpStatus >= 400)
            known = ApiError::Code::BadRequest;
    }
    if (message.isEmpty())
        message = u"The server answered with status %1."_s.arg(httpStatus);
    return ApiError(known, message, field);
}

// Notifications (docs/api.md, Notification).

QJsonObject toJson(const Notification &notification)
{
    QJsonArray reactions;
    for (ReactionKind kind : notification.reactions)
        reactions.append(toWire(kind));
    return {
        {u"id"_s, notification.id},
        {u"kind"_s, toWire(notification.kind)},
        {u"actor"_s, toJson(notification.actor)},
        {u"others"_s, notification.others},
        {u"postId"_s, notification.postId},
        {u"commentId"_s, nullable(notification.commentId)},
        {u"topic"_s, notification.topic},
        {u"reactions"_s, reactions},
        {u"title"_s, notification.title},
        {u"text"_s, notification.text},
        {u"contentWarning"_s, notification.contentWarning},
        {u"createdAt"_s, toJson(notification.createdAt)},
        {u"read"_s, notification.read},
    };
}

QJsonObject toJson(const NotificationState &state)
{
    return {{u"unread"_s, state.unread}, {u"latest"_s, state.latest}};
}

namespace {

Result<ReactionKind> decodeReactionKind(const QJsonValue &value)
{
    if (const auto kind = reactionKindFromWire(value.toString()); value.isString() && kind)
        return *kind;
    return ApiError(ApiError::Code::ValidationFailed, u"Not a known reaction."_s);
}

} // namespace

template<>
Result<Notification> decode<Notification>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Notification notification;
    notification.id = reader.id(u"id"_s);
    notification.kind
        = reader.enumValue(u"kind"_s, &notificationKindFromWire, NotificationKind::Reply);
    notification.actor = reader.nested(u"actor"_s, &decode<User>);
    notification.others = reader.optionalInteger(u"others"_s, 0, Limits::MaxId, 0);
    notification.postId = reader.id(u"postId"_s);
    notification.commentId = reader.optionalId(u"commentId"_s);
    notification.topic = reader.optionalString(u"topic"_s, Limits::MaxHashtagLength);
    if (reader.ok() && notification.topic != Hashtags::slug(notification.topic))
        reader.fail(u"topic"_s, u"A slug is a lowercase (case-folded) hashtag."_s);
    if (reader.has(u"reactions"_s)) {
        notification.reactions
            = reader.list(u"reactions"_s, ReactionKindCount, &decodeReactionKind);
    }
    notification.title = reader.optionalString(u"title"_s, Limits::MaxTitleLength);
    notification.text = reader.optionalString(u"text"_s, Notification::MaxTextLength);
    notification.contentWarning
        = reader.optionalString(u"contentWarning"_s, Limits::MaxContentWarningLength);
    notification.createdAt = reader.dateTime(u"createdAt"_s);
    notification.read = reader.optionalBool(u"read"_s, false);
    if (!reader.ok())
        return reader.error();
    return notification;
}

template<>
Result<NotificationState> decode<NotificationState>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    NotificationState state;
    state.unread = reader.integer(u"unread"_s, 0, Limits::MaxId);
    state.latest = reader.integer(u"latest"_s, 0, Limits::MaxId);
    if (!reader.ok())
        return reader.error();
    return state;
}

QJsonObject toJson(const Profile &profile)
{
    QJsonObject object{
        {u"user"_s, toJson(profile.user)},
        {u"bio"_s, profile.bio},
        {u"joinedAt"_s, toJson(profile.joinedAt)},
        {u"avatar"_s, profile.avatar ? QJsonValue(toJson(*profile.avatar)) : QJsonValue()},
        {u"topicsPublic"_s, profile.topicsPublic},
        {u"counts"_s,
            QJsonObject{{u"posts"_s, profile.postCount}, {u"stories"_s, profile.storyCount},
                {u"videos"_s, profile.videoCount}}},
        {u"blocked"_s, profile.blocked},
    };
    if (profile.followedTopics) {
        QJsonArray topics;
        for (const Topic &topic : *profile.followedTopics)
            topics.append(toJson(topic));
        object.insert(u"followedTopics"_s, topics);
    } else {
        object.insert(u"followedTopics"_s, QJsonValue());
    }
    return object;
}

QJsonObject toJson(const ProfilePatch &patch)
{
    QJsonObject object;
    if (patch.displayName)
        object.insert(u"displayName"_s, *patch.displayName);
    if (patch.bio)
        object.insert(u"bio"_s, *patch.bio);
    if (patch.topicsPublic)
        object.insert(u"topicsPublic"_s, *patch.topicsPublic);
    if (patch.avatarMediaId) {
        object.insert(u"avatarMediaId"_s,
            *patch.avatarMediaId ? QJsonValue(**patch.avatarMediaId) : QJsonValue());
    }
    return object;
}

template<>
Result<Profile> decode<Profile>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Profile profile;
    profile.user = reader.nested(u"user"_s, &decode<User>);
    profile.bio = reader.optionalString(u"bio"_s, Limits::MaxBioLength);
    profile.joinedAt = reader.optionalDateTime(u"joinedAt"_s);
    profile.avatar = reader.optionalNested(u"avatar"_s, &decode<Media>);
    profile.topicsPublic = reader.optionalBool(u"topicsPublic"_s, false);
    if (reader.ok() && reader.has(u"followedTopics"_s) && !reader.isNull(u"followedTopics"_s)) {
        profile.followedTopics
            = reader.list(u"followedTopics"_s, Limits::MaxItemsPerPage, &decode<Topic>);
    }
    if (reader.ok() && reader.has(u"counts"_s) && !reader.isNull(u"counts"_s)) {
        JsonReader counts(reader.object(u"counts"_s));
        profile.postCount = counts.optionalInteger(u"posts"_s, 0, Limits::MaxId, 0);
        profile.storyCount = counts.optionalInteger(u"stories"_s, 0, Limits::MaxId, 0);
        profile.videoCount = counts.optionalInteger(u"videos"_s, 0, Limits::MaxId, 0);
        if (!counts.ok())
            reader.fail(counts.error().withFieldPrefix(u"counts"_s));
    }
    profile.blocked = reader.optionalBool(u"blocked"_s, false);
    if (!reader.ok())
        return reader.error();
    return profile;
}

template<>
Result<ProfilePatch> decode<ProfilePatch>(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    ProfilePatch patch;
    if (reader.has(u"displayName"_s)) {
        patch.displayName = reader.string(u"displayName"_s, 1, Limits::MaxDisplayNameLength);
        if (reader.ok() && Text::isBlank(*patch.displayName))
            reader.fail(u"displayName"_s, u"Must not be blank."_s);
    }
    if (reader.has(u"bio"_s))
        patch.bio = reader.string(u"bio"_s, 0, Limits::MaxBioLength);
    if (reader.has(u"topicsPublic"_s)) {
        if (reader.isNull(u"topicsPublic"_s))
            reader.fail(u"topicsPublic"_s, u"Expected true or false, got null."_s);
        patch.topicsPublic = reader.optionalBool(u"topicsPublic"_s, false);
    }
    if (reader.has(u"avatarMediaId"_s))
        patch.avatarMediaId = reader.optionalId(u"avatarMediaId"_s);
    if (reader.ok() && patch.isEmpty())
        reader.fail(QString(), u"Nothing to change."_s);
    if (!reader.ok())
        return reader.error();
    return patch;
}

} // namespace Hearth::Json
