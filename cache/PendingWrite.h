#pragma once

#include "OutboxEntry.h"
#include "api/Requests.h"
#include "api/User.h"

#include <QHashFunctions>

#include <optional>
#include <variant>

namespace Hearth {

// The writes the outbox carries, one type per kind: the request of docs/api.md plus what
// the outbox needs besides (the local id of what it creates, the files still to upload).
// OutboxStore is the one place that turns them into rows and back (OutboxCodec); sync/
// applies, sends and settles them, one family of kinds per class.

// The copies of a new post's files in the outbox's media folder, and how their upload went.
struct MediaUpload
{
    QString file; // the photo or video: its copy's name in the media folder
    QByteArray mimeType;
    QString key; // the upload's own Idempotency-Key
    std::optional<qint64> mediaId; // the server's, once uploaded
    QString poster; // a video's poster image; empty for a photo
    QByteArray posterMimeType;
    QString posterKey;
    std::optional<qint64> posterMediaId;
    QString altText;
    bool sensitive = false;
    // Uploaded again (under new keys) because the server had dropped the first uploads.
    bool renewed = false;

    bool operator==(const MediaUpload &) const = default;
};

struct CreatePost
{
    NewPost post; // without media while upload waits: the upload gives its id
    qint64 localId = 0;
    std::optional<MediaUpload> upload;

    bool operator==(const CreatePost &) const = default;
};

struct EditPost
{
    qint64 postId = 0;
    PostPatch patch;

    bool operator==(const EditPost &) const = default;
};

struct DeletePost
{
    qint64 postId = 0;

    bool operator==(const DeletePost &) const = default;
};

struct SetReaction
{
    qint64 postId = 0;
    std::optional<ReactionKind> kind; // none: take my reaction back
    std::optional<ReactionKind> base; // mine before the write: toggling back to it sends nothing

    bool operator==(const SetReaction &) const = default;
};

struct CreateComment
{
    qint64 postId = 0;
    qint64 localId = 0;
    NewComment comment;

    bool operator==(const CreateComment &) const = default;
};

struct EditComment
{
    qint64 commentId = 0;
    CommentPatch patch;

    bool operator==(const EditComment &) const = default;
};

struct DeleteComment
{
    qint64 commentId = 0;

    bool operator==(const DeleteComment &) const = default;
};

struct SetMembership
{
    QString slug;
    bool joined = false;

    bool operator==(const SetMembership &) const = default;
};

struct SetSubscription
{
    qint64 newsletterId = 0;
    bool subscribed = false;

    bool operator==(const SetSubscription &) const = default;
};

struct ReportContent
{
    ReportTarget on = ReportTarget::Post;
    qint64 id = 0;
    Report report;

    bool operator==(const ReportContent &) const = default;
};

struct SetBlocked
{
    User user; // with a name, so the block list can be rebuilt from the outbox; older rows
               // carry the id alone
    bool blocked = true;

    bool operator==(const SetBlocked &) const = default;
};

// Marks the person's notifications read up to an id, for every device (POST
// /notifications/read).
struct MarkNotificationsRead
{
    qint64 upTo = 0;

    bool operator==(const MarkNotificationsRead &) const = default;
};

// An edit of the person's own profile (PATCH /me).
struct EditProfile
{
    ProfilePatch patch;

    bool operator==(const EditProfile &) const = default;
};

// What a write is about. Writes about one thing are sent in the order they were made; a
// negative id is a post or comment still waiting for the server's id.
struct WriteTarget
{
    enum class Thing { Post, Comment, Topic, Newsletter, User, Unknown };

    Thing thing = Thing::Unknown;
    qint64 id = 0;
    QString slug; // a topic's

    bool operator==(const WriteTarget &) const = default;
};

inline size_t qHash(const WriteTarget &target, size_t seed = 0)
{
    return qHashMulti(seed, int(target.thing), target.id, target.slug);
}

// A row of a kind this Hearth does not know (a newer one wrote it): kept as it is, shown to
// the person, who can let it go.
struct UnknownWrite
{
    WriteTarget target;

    bool operator==(const UnknownWrite &) const = default;
};

using PendingWrite = std::variant<CreatePost, EditPost, DeletePost, SetReaction, CreateComment,
    EditComment, DeleteComment, SetMembership, SetSubscription, ReportContent, SetBlocked,
    MarkNotificationsRead, EditProfile, UnknownWrite>;

WriteTarget targetOf(const PendingWrite &write);

// A write in the outbox: the write, and how its delivery goes (see OutboxEntry).
struct QueuedWrite
{
    qint64 id = 0;
    PendingWrite write;
    QString idempotencyKey;
    OutboxEntry::State state = OutboxEntry::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;

    bool operator==(const QueuedWrite &) const = default;
};

} // namespace Hearth
