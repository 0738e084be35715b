#pragma once

#include "WriteFamily.h"

namespace Hearth {

class MediaUploads;
struct PostMedia;

// New posts (with their photo or video), edits and deletions of the person's own posts.
// A post written offline shows at once under a negative local id; the server's id replaces
// it everywhere once the server took it, and the writes made on it meanwhile wait for that.
class PostWrites : public WriteFamily
{
    Q_OBJECT

public:
    template<typename Write>
    static constexpr bool handles = isOneOf<Write, CreatePost, EditPost, DeletePost>;

    PostWrites(WriteContext &context, MediaUploads &media, QObject *parent = nullptr);

    // The local id of the new post. With media: 0, with the media's errorString(), when its
    // files cannot be kept until the upload; then nothing was recorded.
    qint64 create(const NewPost &post);
    qint64 create(const NewPost &post, const PostMedia &media);
    void edit(qint64 postId, const PostPatch &patch);
    void remove(qint64 postId);

    void send(const QueuedWrite &entry, const CreatePost &write, const Settle &settle);
    void send(const QueuedWrite &entry, const EditPost &write, const Settle &settle);
    void send(const QueuedWrite &entry, const DeletePost &write, const Settle &settle);

    using WriteFamily::discarded;
    using WriteFamily::refused;
    using WriteFamily::retrying;
    using WriteFamily::waitsForServerId;
    using WriteFamily::words;
    void refused(const CreatePost &write, const QString &reason);
    void refused(const EditPost &write, const QString &reason);
    void discarded(const CreatePost &write);
    void retrying(CreatePost &write);
    bool waitsForServerId(const CreatePost &) const { return false; }

    QString describe(const CreatePost &write) const;
    QString describe(const EditPost &write) const;
    QString describe(const DeletePost &write) const;
    UnsentWords words(const CreatePost &write) const;
    UnsentWords words(const EditPost &write) const;

private:
    qint64 add(const NewPost &post, const std::optional<MediaUpload> &upload);
    // The files go first, the poster before its video, each id recorded as it comes back.
    void upload(QueuedWrite entry, bool poster, const Settle &settle);
    void failed(const QueuedWrite &entry, const CreatePost &write, const ApiError &error,
        const Settle &settle);

    MediaUploads &m_media;
};

} // namespace Hearth
