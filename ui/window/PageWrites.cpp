#include "PageWrites.h"

#include "AccountGate.h"
#include "sync/Outbox.h"
#include "ui/feed/TopicPage.h"
#include "ui/post/PostPage.h"
#include "ui/profile/ProfilePage.h"

namespace Hearth {

PageWrites::PageWrites(AccountGate &gate, QObject *parent) : QObject(parent), m_gate(gate) { }

void PageWrites::watch(TopicPage *page)
{
    connect(page, &TopicPage::joinRequested, this, [this](const QString &slug, bool join) {
        m_gate.run([slug, join](Outbox &outbox) { outbox.setMembership(slug, join); });
    });
    connect(page, &TopicPage::reactRequested, this,
        [this](qint64 postId, std::optional<ReactionKind> kind) {
            m_gate.run([postId, kind](Outbox &outbox) { outbox.react(postId, kind); });
        });
}

void PageWrites::watch(PostPage *page)
{
    connect(page, &PostPage::reactRequested, this,
        [this](qint64 postId, std::optional<ReactionKind> kind) {
            m_gate.run([postId, kind](Outbox &outbox) { outbox.react(postId, kind); });
        });
    connect(page, &PostPage::commentRequested, this,
        [this](qint64 postId, qint64 parentId, const QString &body) {
            m_gate.run([postId, parentId, body](Outbox &outbox) {
                // 0 is a top-level comment: no parent on the wire.
                outbox.createComment(postId,
                    NewComment{body, parentId != 0 ? std::optional(parentId) : std::nullopt, {}});
            });
        });
    connect(
        page, &PostPage::editCommentRequested, this, [this](qint64 commentId, const QString &body) {
            m_gate.run([commentId, body](Outbox &outbox) {
                outbox.editComment(commentId, CommentPatch{body, std::nullopt});
            });
        });
    connect(page, &PostPage::deleteCommentRequested, this, [this](qint64 commentId) {
        m_gate.run([commentId](Outbox &outbox) { outbox.deleteComment(commentId); });
    });
    connect(page, &PostPage::deletePostRequested, this, [this](qint64 postId) {
        m_gate.run([postId](Outbox &outbox) { outbox.deletePost(postId); });
    });
}

void PageWrites::watch(ProfilePage *page)
{
    connect(page, &ProfilePage::reactRequested, this,
        [this](qint64 postId, std::optional<ReactionKind> kind) {
            m_gate.run([postId, kind](Outbox &outbox) { outbox.react(postId, kind); });
        });
}

} // namespace Hearth
