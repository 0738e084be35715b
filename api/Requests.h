#pragma once

#include "Enums.h"

#include <QStringList>

#include <optional>

// The bodies of the write requests of docs/api.md.
namespace Hearth {

// Attaches an uploaded photo or video to a post, with what only the author knows about it.
struct MediaAttachment
{
    qint64 id = 0;
    QString altText;
    bool sensitive = false;

    bool operator==(const MediaAttachment &) const = default;
};

// POST /posts
struct NewPost
{
    PostKind kind = PostKind::Post;
    QString title;
    QString body;
    QStringList hashtags; // in addition to those written in the title and body
    QString contentWarning;
    std::optional<MediaAttachment> media;

    bool operator==(const NewPost &) const = default;
};

// PATCH /posts/{id}: only the fields that are set change.
struct PostPatch
{
    std::optional<QString> title;
    std::optional<QString> body;
    std::optional<QStringList> hashtags;
    std::optional<QString> contentWarning;
    // Unset: keep the media. Set to nullopt: remove it. Set to a value: replace it.
    std::optional<std::optional<MediaAttachment>> media;

    bool isEmpty() const { return !title && !body && !hashtags && !contentWarning && !media; }

    bool operator==(const PostPatch &) const = default;
};

// POST /posts/{id}/comments
struct NewComment
{
    QString body;
    std::optional<qint64> parentId;
    QString contentWarning;

    bool operator==(const NewComment &) const = default;
};

// PATCH /comments/{id}
struct CommentPatch
{
    std::optional<QString> body;
    std::optional<QString> contentWarning;

    bool operator==(const CommentPatch &) const = default;
};

// POST /auth/register
struct Registration
{
    QString handle;
    QString password;
    QString displayName;

    bool operator==(const Registration &) const = default;
};

// POST /auth/login
struct Login
{
    QString handle;
    QString password;

    bool operator==(const Login &) const = default;
};

// POST /posts/{id}/reports and /comments/{id}/reports
// What a report is about: POST /posts/{id}/reports or /comments/{id}/reports.
enum class ReportTarget { Post, Comment };

struct Report
{
    ReportReason reason = ReportReason::Other;
    QString note;

    bool operator==(const Report &) const = default;
};

// PATCH /me: only the fields that are set change.
struct ProfilePatch
{
    std::optional<QString> displayName;
    std::optional<QString> bio;
    std::optional<bool> topicsPublic;
    // Unset: keep the avatar. Set to nullopt: no avatar. Set to an id: that uploaded image.
    std::optional<std::optional<qint64>> avatarMediaId;

    bool isEmpty() const { return !displayName && !bio && !topicsPublic && !avatarMediaId; }

    bool operator==(const ProfilePatch &) const = default;
};

} // namespace Hearth
