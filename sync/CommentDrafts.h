#pragma once

#include <QString>

#include <optional>

namespace Hearth {

class DraftStore;

// The words written in a post's comment box and not sent yet, kept per post among the
// person's drafts ("comment:post:<id>"), so that they outlive going elsewhere and a restart.
// A small handle on the DraftStore, which must outlive it.
class CommentDrafts
{
public:
    struct Draft
    {
        QString text;
        qint64 parentCommentId = 0; // the comment a reply answers; 0 for a comment
    };

    explicit CommentDrafts(DraftStore &store) : m_store(&store) { }

    std::optional<Draft> load(qint64 postId) const;
    void save(qint64 postId, const Draft &draft);
    void remove(qint64 postId);

private:
    DraftStore *m_store;
};

} // namespace Hearth
