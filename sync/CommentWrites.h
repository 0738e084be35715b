#pragma once

#include "WriteFamily.h"

namespace Hearth {

// Comments and replies, and edits and deletions of the person's own. A comment written
// offline shows at once, pending, under a negative local id until the server gives its own;
// one on a post (or a reply to a comment) written offline waits for that one's id.
class CommentWrites : public WriteFamily
{
    Q_OBJECT

public:
    template<typename Write>
    static constexpr bool handles = isOneOf<Write, CreateComment, EditComment, DeleteComment>;

    using WriteFamily::WriteFamily;

    qint64 create(qint64 postId, const NewComment &comment); // the comment's local id
    void edit(qint64 commentId, const CommentPatch &patch);
    void remove(qint64 commentId);

    void send(const QueuedWrite &entry, const CreateComment &write, const Settle &settle);
    void send(const QueuedWrite &entry, const EditComment &write, const Settle &settle);
    void send(const QueuedWrite &entry, const DeleteComment &write, const Settle &settle);

    using WriteFamily::discarded;
    using WriteFamily::refused;
    using WriteFamily::retrying;
    using WriteFamily::waitsForServerId;
    using WriteFamily::words;
    void refused(const CreateComment &write, const QString &reason);
    void discarded(const CreateComment &write);
    // A comment on a post (or a reply to a comment) still waiting for its server id.
    bool waitsForServerId(const CreateComment &write) const;

    QString describe(const CreateComment &write) const;
    QString describe(const EditComment &write) const;
    QString describe(const DeleteComment &write) const;
    // The words as they were written: a comment refused for its length must still come back.
    UnsentWords words(const CreateComment &write) const;
    UnsentWords words(const EditComment &write) const;
};

} // namespace Hearth
