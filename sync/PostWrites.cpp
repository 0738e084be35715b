#include "PostWrites.h"

#include "MediaUploads.h"
#include "api/Hashtags.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

namespace Hearth {

PostWrites::PostWrites(WriteContext &context, MediaUploads &media, QObject *parent)
    : WriteFamily(context, parent), m_media(media)
{ }

qint64 PostWrites::create(const NewPost &post)
{
    return add(post, std::nullopt);
}

qint64 PostWrites::create(const NewPost &newPost, const PostMedia &media)
{
    const std::optional<MediaUpload> upload = m_media.keep(media);
    if (!upload)
        return 0;
    NewPost post = newPost;
    post.media.reset(); // the upload gives the id
    return add(post, upload);
}

qint64 PostWrites::add(const NewPost &newPost, const std::optional<MediaUpload> &upload)
{
    const qint64 localId = nextLocalId();
    Post post;
    post.id = localId;
    post.kind = newPost.kind;
    post.author = m_context.me;
    post.title = newPost.title;
    post.body = newPost.body;
    post.hashtags = Hashtags::forPost(newPost.title, newPost.body, newPost.hashtags);
    post.contentWarning = newPost.contentWarning;
    post.createdAt = QDateTime::currentDateTimeUtc();
    m_context.feed.storePosts({post});
    m_context.record(CreatePost{newPost, localId, upload});
    Q_EMIT postsChanged({localId});
    return localId;
}

void PostWrites::edit(qint64 postId, const PostPatch &patch)
{
    if (auto post = m_context.feed.post(postId)) {
        post->title = patch.title.value_or(post->title);
        post->body = patch.body.value_or(post->body);
        post->contentWarning = patch.contentWarning.value_or(post->contentWarning);
        if (patch.hashtags || patch.title || patch.body) {
            // As the server does it: an explicit list replaces the old one; without one, the
            // tags the post has keep their places and new written ones follow.
            post->hashtags = patch.hashtags
                ? Hashtags::forPost(post->title, post->body, *patch.hashtags)
                : Hashtags::afterEdit(post->title, post->body, post->hashtags);
        }
        post->editedAt = QDateTime::currentDateTimeUtc();
        m_context.feed.storePosts({*post});
        m_context.feed.setLocalState(postId, LocalState::Pending);
        Q_EMIT postsChanged({postId});
    }
    m_context.record(EditPost{postId, patch});
}

void PostWrites::remove(qint64 postId)
{
    m_context.feed.removePosts({postId});
    Q_EMIT postsChanged({postId});
    if (postId < 0) {
        // Never sent: the post and everything waiting on it simply go.
        const WriteTarget post{WriteTarget::Thing::Post, postId, {}};
        for (const QueuedWrite &queued : m_context.store.allWrites()) {
            if (targetOf(queued.write) != post || queued.state == OutboxEntry::InFlight)
                continue;
            m_context.store.remove(queued.id);
            if (const auto *create = std::get_if<CreatePost>(&queued.write);
                create && create->upload)
                m_media.removeFiles(*create->upload);
        }
        m_context.pendingChanged();
        return;
    }
    m_context.record(DeletePost{postId});
}

void PostWrites::send(const QueuedWrite &entry, const CreatePost &write, const Settle &settle)
{
    if (write.upload && !write.upload->poster.isEmpty() && !write.upload->posterMediaId) {
        upload(entry, true, settle);
        return;
    }
    if (write.upload && !write.upload->mediaId) {
        upload(entry, false, settle);
        return;
    }
    NewPost post = write.post;
    if (write.upload) {
        post.media = MediaAttachment{
            write.upload->mediaId.value_or(0), write.upload->altText, write.upload->sensitive};
    }
    m_context.api.createPost(
        post, entry.idempotencyKey, this, [this, entry, write, settle](Result<Post> result) {
            if (!result) {
                failed(entry, write, result.error(), settle);
                return;
            }
            const qint64 localId = write.localId;
            m_context.feed.replacePostId(localId, result->id);
            m_context.feed.storePosts({*result});
            m_context.feed.setLocalState(result->id, LocalState::Synced);
            m_context.store.replaceLocalId(OutboxStore::LocalItem::Post, localId, result->id);
            Q_EMIT postIdChanged(localId, result->id);
            Q_EMIT postsChanged({result->id});
            settle(std::nullopt);
            // Only now that the post holds the media are the copies of no more use.
            if (write.upload)
                m_media.removeFiles(*write.upload);
        });
}

void PostWrites::failed(
    const QueuedWrite &entry, const CreatePost &write, const ApiError &error, const Settle &settle)
{
    // The server drops an upload no post took within a day: a write that waited that long
    // (or was retried a day after a refusal) uploads its files again, under new keys, once.
    if (!write.upload || write.upload->renewed || error.code() != ApiError::Code::ValidationFailed
        || error.field() != u"media.id") {
        settle(error);
        return;
    }
    qCInfo(lcOutbox) << "uploading the media of post" << write.localId << "again";
    QueuedWrite renewed = entry;
    MediaUpload &upload = *std::get<CreatePost>(renewed.write).upload;
    upload.mediaId.reset();
    upload.posterMediaId.reset();
    upload.key = ApiClient::newIdempotencyKey();
    if (!upload.poster.isEmpty())
        upload.posterKey = ApiClient::newIdempotencyKey();
    upload.renewed = true;
    m_context.store.update(renewed);
    send(renewed, std::get<CreatePost>(renewed.write), settle);
}

void PostWrites::upload(QueuedWrite entry, bool poster, const Settle &settle)
{
    const MediaUpload upload = *std::get<CreatePost>(entry.write).upload;
    m_media.upload(
        upload, poster, this, [this, entry, poster, settle](Result<Media> result) mutable {
            if (!result) {
                settle(result.error());
                return;
            }
            // Recorded before the next step: after a crash the write goes on from here
            // rather than uploading again (and a lost answer is replayed under the same key).
            CreatePost &write = std::get<CreatePost>(entry.write);
            (poster ? write.upload->posterMediaId : write.upload->mediaId) = result->id;
            m_context.store.update(entry);
            Q_EMIT mediaUploaded(entry.id, result->id);
            send(entry, write, settle);
        });
}

void PostWrites::send(const QueuedWrite &entry, const EditPost &write, const Settle &settle)
{
    // The version of the post as the cache knows it now: an earlier edit of the same post
    // has settled by the time this one goes.
    const auto cached = m_context.feed.post(write.postId);
    const qint64 postId = write.postId;
    m_context.api.editPost(postId, cached ? cached->version : 1, write.patch, entry.idempotencyKey,
        this, [this, settle, postId](Result<Post> result) {
            if (result) {
                m_context.feed.storePosts({*result});
                m_context.feed.setLocalState(postId, LocalState::Synced);
                Q_EMIT postsChanged({postId});
            }
            settle(result ? std::nullopt : std::optional(result.error()));
        });
}

void PostWrites::send(const QueuedWrite &entry, const DeletePost &write, const Settle &settle)
{
    m_context.api.deletePost(
        write.postId, entry.idempotencyKey, this, [settle](Result<ApiClient::Done> result) {
            // Gone already is what was wanted.
            settle(unlessGone(result ? std::nullopt : std::optional(result.error())));
        });
}

void PostWrites::refused(const CreatePost &write, const QString &reason)
{
    m_context.feed.setLocalState(write.localId, LocalState::Failed, reason);
    Q_EMIT postsChanged({write.localId});
}

void PostWrites::refused(const EditPost &write, const QString &reason)
{
    m_context.feed.setLocalState(write.postId, LocalState::Failed, reason);
    Q_EMIT postsChanged({write.postId});
}

void PostWrites::discarded(const CreatePost &write)
{
    if (write.upload)
        m_media.removeFiles(*write.upload);
    // What only existed here goes with the write that would have made it.
    remove(write.localId);
}

void PostWrites::retrying(CreatePost &write)
{
    // A retry may come days later: the server may have dropped the uploads by then.
    if (write.upload)
        write.upload->renewed = false;
}

QString PostWrites::describe(const CreatePost &write) const
{
    const QString &title = write.post.title;
    return title.isEmpty() ? tr("Your new post") : tr("Your new post “%1”").arg(title);
}

QString PostWrites::describe(const EditPost &) const
{
    return tr("Your changes to a post");
}

QString PostWrites::describe(const DeletePost &) const
{
    return tr("Deleting your post");
}

UnsentWords PostWrites::words(const CreatePost &write) const
{
    return UnsentPost{write.post};
}

UnsentWords PostWrites::words(const EditPost &write) const
{
    return UnsentPostEdit{write.postId};
}

} // namespace Hearth
