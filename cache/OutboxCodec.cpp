#include "OutboxCodec.h"

#include "api/Json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Hearth::OutboxCodec {

namespace {

// The kinds' names in the kind column. Never renamed: rows of every version carry them.
const QString CreatePostKind = u"createPost"_s;
const QString EditPostKind = u"editPost"_s;
const QString DeletePostKind = u"deletePost"_s;
const QString ReactKind = u"react"_s;
const QString CreateCommentKind = u"createComment"_s;
const QString EditCommentKind = u"editComment"_s;
const QString DeleteCommentKind = u"deleteComment"_s;
const QString SetMembershipKind = u"setMembership"_s;
const QString SetSubscriptionKind = u"setSubscription"_s;
const QString ReportKind = u"report"_s;
const QString SetBlockedKind = u"setBlocked"_s;
const QString MarkNotificationsReadKind = u"markNotificationsRead"_s;
const QString EditProfileKind = u"editProfile"_s;

// The members of a new post's "upload".
const QString FileMember = u"file"_s;
const QString MimeTypeMember = u"mimeType"_s;
const QString KeyMember = u"key"_s;
const QString MediaIdMember = u"mediaId"_s;
const QString PosterMember = u"poster"_s;
const QString PosterMimeTypeMember = u"posterMimeType"_s;
const QString PosterKeyMember = u"posterKey"_s;
const QString PosterMediaIdMember = u"posterMediaId"_s;
const QString AltTextMember = u"altText"_s;
const QString SensitiveMember = u"sensitive"_s;
const QString RenewedMember = u"renewed"_s;

QString targetName(const WriteTarget &target)
{
    switch (target.thing) {
    case WriteTarget::Thing::Post:
        return u"post:%1"_s.arg(target.id);
    case WriteTarget::Thing::Comment:
        return u"comment:%1"_s.arg(target.id);
    case WriteTarget::Thing::Topic:
        return u"topic:"_s + target.slug;
    case WriteTarget::Thing::Newsletter:
        return u"newsletter:%1"_s.arg(target.id);
    case WriteTarget::Thing::User:
        return u"user:%1"_s.arg(target.id);
    case WriteTarget::Thing::Unknown:
        break;
    }
    return target.slug;
}

WriteTarget targetFromName(const QString &name)
{
    const qsizetype colon = name.indexOf(u':');
    const QStringView thing = QStringView(name).left(std::max<qsizetype>(colon, 0));
    const QString rest = name.mid(colon + 1);
    if (thing == u"post")
        return {WriteTarget::Thing::Post, rest.toLongLong(), {}};
    if (thing == u"comment")
        return {WriteTarget::Thing::Comment, rest.toLongLong(), {}};
    if (thing == u"topic")
        return {WriteTarget::Thing::Topic, 0, rest};
    if (thing == u"newsletter")
        return {WriteTarget::Thing::Newsletter, rest.toLongLong(), {}};
    if (thing == u"user")
        return {WriteTarget::Thing::User, rest.toLongLong(), {}};
    // Kept whole, so that two unknown rows about the same thing still go in order.
    return {WriteTarget::Thing::Unknown, rest.toLongLong(), name};
}

QJsonValue reactionValue(std::optional<ReactionKind> kind)
{
    return kind ? QJsonValue(toWire(*kind)) : QJsonValue(QJsonValue::Null);
}

std::optional<ReactionKind> reactionFrom(const QJsonValue &value)
{
    return value.isString() ? reactionKindFromWire(value.toString()) : std::nullopt;
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

std::optional<qint64> optionalId(const QJsonObject &object, const QString &member)
{
    const QJsonValue value = object.value(member);
    return value.isDouble() ? std::optional(value.toInteger()) : std::nullopt;
}

std::optional<QString> optionalString(const QJsonObject &object, const QString &member)
{
    return object.contains(member) ? std::optional(object.value(member).toString()) : std::nullopt;
}

MediaAttachment attachmentFrom(const QJsonObject &object)
{
    return {object.value(u"id"_s).toInteger(), object.value(AltTextMember).toString(),
        object.value(SensitiveMember).toBool()};
}

// The request bodies are stored as the wire has them (Json::toJson), and read back here
// member by member, whatever their length.
NewPost newPostFrom(const QJsonObject &object)
{
    NewPost post;
    post.kind = postKindFromWire(object.value(u"kind"_s).toString()).value_or(PostKind::Post);
    post.title = object.value(u"title"_s).toString();
    post.body = object.value(u"body"_s).toString();
    post.hashtags = stringsFrom(object.value(u"hashtags"_s));
    post.contentWarning = object.value(u"contentWarning"_s).toString();
    if (object.value(u"media"_s).isObject())
        post.media = attachmentFrom(object.value(u"media"_s).toObject());
    return post;
}

PostPatch postPatchFrom(const QJsonObject &object)
{
    PostPatch patch;
    patch.title = optionalString(object, u"title"_s);
    patch.body = optionalString(object, u"body"_s);
    if (object.contains(u"hashtags"_s))
        patch.hashtags = stringsFrom(object.value(u"hashtags"_s));
    patch.contentWarning = optionalString(object, u"contentWarning"_s);
    if (object.contains(u"media"_s)) {
        const QJsonValue media = object.value(u"media"_s);
        patch.media = media.isObject() ? std::optional(attachmentFrom(media.toObject()))
                                       : std::optional<MediaAttachment>();
    }
    return patch;
}

NewComment newCommentFrom(const QJsonObject &object)
{
    return {object.value(u"body"_s).toString(), optionalId(object, u"parentId"_s),
        object.value(u"contentWarning"_s).toString()};
}

CommentPatch commentPatchFrom(const QJsonObject &object)
{
    return {optionalString(object, u"body"_s), optionalString(object, u"contentWarning"_s)};
}

QJsonObject toJson(const MediaUpload &upload)
{
    QJsonObject object{{FileMember, upload.file},
        {MimeTypeMember, QString::fromLatin1(upload.mimeType)}, {KeyMember, upload.key},
        {AltTextMember, upload.altText}, {SensitiveMember, upload.sensitive}};
    if (upload.mediaId)
        object.insert(MediaIdMember, *upload.mediaId);
    if (!upload.poster.isEmpty()) {
        object.insert(PosterMember, upload.poster);
        object.insert(PosterMimeTypeMember, QString::fromLatin1(upload.posterMimeType));
        object.insert(PosterKeyMember, upload.posterKey);
    }
    if (upload.posterMediaId)
        object.insert(PosterMediaIdMember, *upload.posterMediaId);
    if (upload.renewed)
        object.insert(RenewedMember, true);
    return object;
}

MediaUpload uploadFrom(const QJsonObject &object)
{
    MediaUpload upload;
    upload.file = object.value(FileMember).toString();
    upload.mimeType = object.value(MimeTypeMember).toString().toLatin1();
    upload.key = object.value(KeyMember).toString();
    upload.mediaId = optionalId(object, MediaIdMember);
    upload.poster = object.value(PosterMember).toString();
    upload.posterMimeType = object.value(PosterMimeTypeMember).toString().toLatin1();
    upload.posterKey = object.value(PosterKeyMember).toString();
    upload.posterMediaId = optionalId(object, PosterMediaIdMember);
    upload.altText = object.value(AltTextMember).toString();
    upload.sensitive = object.value(SensitiveMember).toBool();
    upload.renewed = object.value(RenewedMember).toBool();
    return upload;
}

// Each kind's name and members.
struct Encode
{
    OutboxEntry &row;

    void operator()(const CreatePost &write) const
    {
        row.kind = CreatePostKind;
        row.payload = {{u"post"_s, Json::toJson(write.post)}, {u"localId"_s, write.localId}};
        if (write.upload)
            row.payload.insert(u"upload"_s, toJson(*write.upload));
    }
    void operator()(const EditPost &write) const
    {
        row.kind = EditPostKind;
        row.payload = {{u"postId"_s, write.postId}, {u"patch"_s, Json::toJson(write.patch)}};
    }
    void operator()(const DeletePost &write) const
    {
        row.kind = DeletePostKind;
        row.payload = {{u"postId"_s, write.postId}};
    }
    void operator()(const SetReaction &write) const
    {
        row.kind = ReactKind;
        row.payload = {{u"postId"_s, write.postId}, {u"kind"_s, reactionValue(write.kind)},
            {u"base"_s, reactionValue(write.base)}};
    }
    void operator()(const CreateComment &write) const
    {
        row.kind = CreateCommentKind;
        row.payload = {{u"postId"_s, write.postId}, {u"commentId"_s, write.localId},
            {u"comment"_s, Json::toJson(write.comment)}};
    }
    void operator()(const EditComment &write) const
    {
        row.kind = EditCommentKind;
        row.payload = {{u"commentId"_s, write.commentId}, {u"patch"_s, Json::toJson(write.patch)}};
    }
    void operator()(const DeleteComment &write) const
    {
        row.kind = DeleteCommentKind;
        row.payload = {{u"commentId"_s, write.commentId}};
    }
    void operator()(const SetMembership &write) const
    {
        row.kind = SetMembershipKind;
        row.payload = {{u"slug"_s, write.slug}, {u"joined"_s, write.joined}};
    }
    void operator()(const SetSubscription &write) const
    {
        row.kind = SetSubscriptionKind;
        row.payload
            = {{u"newsletterId"_s, write.newsletterId}, {u"subscribed"_s, write.subscribed}};
    }
    void operator()(const ReportContent &write) const
    {
        row.kind = ReportKind;
        const bool post = write.on == ReportTarget::Post;
        row.payload = {{post ? u"postId"_s : u"commentId"_s, write.id},
            {u"report"_s, Json::toJson(write.report)}};
    }
    void operator()(const SetBlocked &write) const
    {
        row.kind = SetBlockedKind;
        row.payload = {{u"userId"_s, write.user.id}, {u"blocked"_s, write.blocked}};
        if (!write.user.handle.isEmpty())
            row.payload.insert(u"user"_s, Json::toJson(write.user));
    }
    void operator()(const MarkNotificationsRead &write) const
    {
        row.kind = MarkNotificationsReadKind;
        row.payload = {{u"upTo"_s, write.upTo}};
    }
    void operator()(const UnknownWrite &) const { }
    void operator()(const EditProfile &write) const
    {
        row.kind = EditProfileKind;
        row.payload = {{u"patch"_s, Json::toJson(write.patch)}};
    }
};

PendingWrite decode(const QString &kind, const QString &target, const QJsonObject &payload)
{
    const auto id = [&payload](const QString &member) {
        return payload.value(member).toInteger();
    };
    const auto object = [&payload](const QString &member) {
        return payload.value(member).toObject();
    };
    if (kind == CreatePostKind) {
        CreatePost write{newPostFrom(object(u"post"_s)), id(u"localId"_s), std::nullopt};
        if (payload.value(u"upload"_s).isObject())
            write.upload = uploadFrom(object(u"upload"_s));
        return write;
    }
    if (kind == EditPostKind)
        return EditPost{id(u"postId"_s), postPatchFrom(object(u"patch"_s))};
    if (kind == DeletePostKind)
        return DeletePost{id(u"postId"_s)};
    if (kind == ReactKind) {
        return SetReaction{id(u"postId"_s), reactionFrom(payload.value(u"kind"_s)),
            reactionFrom(payload.value(u"base"_s))};
    }
    if (kind == CreateCommentKind) {
        return CreateComment{
            id(u"postId"_s), id(u"commentId"_s), newCommentFrom(object(u"comment"_s))};
    }
    if (kind == EditCommentKind)
        return EditComment{id(u"commentId"_s), commentPatchFrom(object(u"patch"_s))};
    if (kind == DeleteCommentKind)
        return DeleteComment{id(u"commentId"_s)};
    if (kind == SetMembershipKind)
        return SetMembership{
            payload.value(u"slug"_s).toString(), payload.value(u"joined"_s).toBool()};
    if (kind == SetSubscriptionKind)
        return SetSubscription{id(u"newsletterId"_s), payload.value(u"subscribed"_s).toBool()};
    if (kind == MarkNotificationsReadKind)
        return MarkNotificationsRead{id(u"upTo"_s)};
    if (kind == ReportKind) {
        const QJsonObject report = object(u"report"_s);
        const bool post = payload.contains(u"postId"_s);
        return ReportContent{post ? ReportTarget::Post : ReportTarget::Comment,
            id(post ? u"postId"_s : u"commentId"_s),
            {reportReasonFromWire(report.value(u"reason"_s).toString())
                    .value_or(ReportReason::Other),
                report.value(u"note"_s).toString()}};
    }
    if (kind == SetBlockedKind) {
        SetBlocked write;
        // Rows written before the user went with the write carry the id alone.
        if (const Result<User> user = Json::decode<User>(payload.value(u"user"_s)))
            write.user = user.value();
        write.user.id = id(u"userId"_s);
        write.blocked = payload.value(u"blocked"_s).toBool();
        return write;
    }
    if (kind == EditProfileKind) {
        // A patch this build cannot read is kept as it is, shown, and never sent.
        if (const Result<ProfilePatch> patch = Json::decode<ProfilePatch>(object(u"patch"_s)))
            return EditProfile{*patch};
    }
    return UnknownWrite{targetFromName(target)};
}

} // namespace

OutboxEntry toRow(const QueuedWrite &write)
{
    OutboxEntry row;
    row.id = write.id;
    std::visit(Encode{row}, write.write);
    if (!std::holds_alternative<UnknownWrite>(write.write))
        row.target = targetName(targetOf(write.write));
    row.idempotencyKey = write.idempotencyKey;
    row.state = write.state;
    row.attempts = write.attempts;
    row.nextAttemptAt = write.nextAttemptAt;
    row.lastError = write.lastError;
    row.createdAt = write.createdAt;
    return row;
}

QueuedWrite fromRow(const OutboxEntry &row)
{
    return {row.id, decode(row.kind, row.target, row.payload), row.idempotencyKey, row.state,
        row.attempts, row.nextAttemptAt, row.lastError, row.createdAt};
}

QStringList referenceMembers(bool comment)
{
    return comment ? QStringList{u"commentId"_s, u"parentId"_s} : QStringList{u"postId"_s};
}

QStringList localIdMembers()
{
    return {u"localId"_s, u"commentId"_s, u"postId"_s};
}

} // namespace Hearth::OutboxCodec
