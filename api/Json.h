#pragma once

#include "Changes.h"
#include "Comment.h"
#include "JsonReader.h"
#include "Limits.h"
#include "Newsletter.h"
#include "Notification.h"
#include "Page.h"
#include "Post.h"
#include "Profile.h"
#include "Requests.h"
#include "Result.h"
#include "Session.h"
#include "Topic.h"
#include "User.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

// The JSON codec of the wire contract: encoders give the exact shapes of docs/api.md,
// decoders check every field (see JsonReader) and never trust their input.
namespace Hearth::Json {

// Parses a request or response body that must be one JSON object: not empty, not larger
// than maxBytes, valid UTF-8, nested no deeper than Limits::MaxJsonDepth.
Result<QJsonObject> parseObject(
    const QByteArray &bytes, qint64 maxBytes = Limits::MaxJsonBodyBytes);
// The compact UTF-8 form of an object.
QByteArray serialize(const QJsonObject &object);

// An RFC 3339 UTC timestamp with milliseconds, or null for an invalid QDateTime.
QJsonValue toJson(const QDateTime &dateTime);

QJsonObject toJson(const User &user);
QJsonObject toJson(const TopicCounts &counts);
QJsonObject toJson(const Topic &topic);
QJsonObject toJson(const Media &media);
QJsonObject toJson(const Reactions &reactions);
QJsonObject toJson(const Post &post);
QJsonObject toJson(const Comment &comment);
QJsonObject toJson(const Session &session);
QJsonObject toJson(const Newsletter &newsletter);
QJsonObject toJson(const Changes &changes);
QJsonObject toJson(const MediaAttachment &attachment);
QJsonObject toJson(const NewPost &post);
QJsonObject toJson(const PostPatch &patch);
QJsonObject toJson(const NewComment &comment);
QJsonObject toJson(const CommentPatch &patch);
QJsonObject toJson(const Registration &registration);
QJsonObject toJson(const Login &login);
QJsonObject toJson(const Report &report);
QJsonObject toJson(const Notification &notification);
QJsonObject toJson(const NotificationState &state);

template<typename T>
QJsonObject toJson(const Page<T> &page)
{
    QJsonArray items;
    for (const T &item : page.items)
        items.append(toJson(item));
    return QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("nextCursor"),
            page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor)},
    };
}

// Decoders: each gives the value, or an ApiError (validation_failed) naming the field.
template<typename T>
Result<T> decode(const QJsonValue &value);

template<>
Result<qint64> decode<qint64>(const QJsonValue &value); // an id
template<>
Result<QString> decode<QString>(const QJsonValue &value); // a hashtag
template<>
Result<User> decode<User>(const QJsonValue &value);
template<>
Result<TopicCounts> decode<TopicCounts>(const QJsonValue &value);
template<>
Result<Topic> decode<Topic>(const QJsonValue &value);
template<>
Result<Media> decode<Media>(const QJsonValue &value);
template<>
Result<Reactions> decode<Reactions>(const QJsonValue &value);
template<>
Result<Post> decode<Post>(const QJsonValue &value);
template<>
Result<Comment> decode<Comment>(const QJsonValue &value);
template<>
Result<Session> decode<Session>(const QJsonValue &value);
template<>
Result<Newsletter> decode<Newsletter>(const QJsonValue &value);
template<>
Result<Changes> decode<Changes>(const QJsonValue &value);
template<>
Result<MediaAttachment> decode<MediaAttachment>(const QJsonValue &value);
template<>
Result<NewPost> decode<NewPost>(const QJsonValue &value);
template<>
Result<PostPatch> decode<PostPatch>(const QJsonValue &value);
template<>
Result<NewComment> decode<NewComment>(const QJsonValue &value);
template<>
Result<CommentPatch> decode<CommentPatch>(const QJsonValue &value);
template<>
Result<Registration> decode<Registration>(const QJsonValue &value);
template<>
Result<Login> decode<Login>(const QJsonValue &value);
template<>
Result<Report> decode<Report>(const QJsonValue &value);
template<>
Result<Notification> decode<Notification>(const QJsonValue &value);
template<>
Result<NotificationState> decode<NotificationState>(const QJsonValue &value);

template<typename T>
Result<Page<T>> decodePage(const QJsonValue &value)
{
    JsonReader reader = JsonReader::fromValue(value);
    Page<T> page;
    page.items = reader.list(QStringLiteral("items"), Limits::MaxItemsPerPage, &decode<T>);
    page.nextCursor = reader.optionalString(QStringLiteral("nextCursor"), Limits::MaxCursorLength);
    if (!reader.ok())
        return reader.error();
    return page;
}

// Parses a body and decodes it as T in one step.
template<typename T>
Result<T> decodeBody(const QByteArray &bytes, qint64 maxBytes = Limits::MaxJsonBodyBytes)
{
    const Result<QJsonObject> object = parseObject(bytes, maxBytes);
    if (!object)
        return object.error();
    return decode<T>(*object);
}

// Profiles (GET /users/{handle}, PATCH /me).
QJsonObject toJson(const Profile &profile);
QJsonObject toJson(const ProfilePatch &patch);
template<>
Result<Profile> decode<Profile>(const QJsonValue &value);
// Checks each field it carries against the limits of docs/api.md; an empty patch fails.
template<>
Result<ProfilePatch> decode<ProfilePatch>(const QJsonValue &value);

// Reads the error object of a failed response. Never fails: a body that is not an error
// object gives a generic error for the HTTP status.
ApiError decodeError(const QByteArray &bytes, int httpStatus);

} // namespace Hearth::Json
