#pragma once

#include "api/Enums.h"
#include "api/User.h"
#include "ui/window/Navigation.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QScrollArea;

namespace Hearth {

class Care;
class CommentBox;
class CommentCache;
class CommentModel;
class CommentThreadView;
class DraftStore;
class FeedCache;
class MediaImageCache;
class PostReader;
class PostView;
class SyncEngine;

// The post view: what the window shows when a card is opened. One column at a reading width
// (Metrics::readingWidth, centred in a wide window, the whole width in a narrow one) in one
// vertical scroll: the post itself (PostView), then its comment thread (CommentThreadView, every
// loaded row at its full height); under the scroll, always in sight at the bottom of the page,
// the box that writes a comment or a reply (CommentBox). The page reads
// the post and the thread through models (PostReader, CommentModel) and writes nothing itself:
// reacting, commenting, editing, deleting, reporting and blocking are asked for by signals
// (the window passes them to the outbox), and the parts follow the cache as the outbox and the
// sync engine change it. The thread and the box wait behind a folded post, and are not there
// under a post that is not (deleted, or not fetched yet).
class PostPage : public QWidget
{
    Q_OBJECT

public:
    // engine may be null: offline, the page shows what the cache holds.
    PostPage(
        FeedCache &feed, CommentCache &comments, SyncEngine *engine, QWidget *parent = nullptr);
    ~PostPage() override;

    // Shows the post from the cache, and asks the engine for it and its comments.
    void showPost(qint64 postId);
    qint64 postId() const;
    // The picture the page shows, as the window's image cache knows it: the post's photo, or
    // its video's poster; 0 when it has none.
    qint64 mediaId() const;

    // The rules of care and safety the parts follow; null, the default, applies none. The
    // Care must outlive the page, or be unset first.
    void setCare(Care *care);
    // The signed-in person's handle, to know which post and comments are theirs; empty when
    // signed out.
    void setMyHandle(const QString &handle);
    // The photo (or a video's poster) of the post, once the window has it.
    void setMediaImage(const QImage &image);
    // The community's address: a video is streamed from it and played inline.
    void setServer(const QUrl &server);
    // Where the authors' pictures come from (the post's and the comments'); null, the
    // default, draws initials. The cache must outlive the page.
    void setImages(MediaImageCache *images);
    // Where the comment box keeps its words per post; null keeps nothing. The store must
    // outlive the page.
    void setDrafts(DraftStore *drafts);

    // How deleting is confirmed: asks question, and calls proceed if the person agrees. The
    // default opens a window-modal message box (without a nested event loop) titled with what
    // goes, the post or a comment.
    using Confirmation
        = std::function<void(const QString &question, std::function<void()> proceed)>;
    void setDeleteConfirmation(Confirmation confirm);
    // Ask for confirmation, then emit deletePostRequested (only for the person's own post)
    // or deleteCommentRequested (only for their own comment).
    void deletePost();
    void deleteComment(qint64 commentId);
    // The comment box's modes: a reply to a comment, or an edit of one's own comment.
    void replyTo(qint64 commentId);
    void editComment(qint64 commentId);
    // Puts words back in the comment box (as a reply to parentCommentId when it is not 0):
    // the window keeps them while it rebuilds its pages.
    void restoreComment(const QString &text, qint64 parentCommentId);
    // Takes up a comment the community refused (see CommentBox::rewriteUnsent).
    void rewriteUnsent(
        qint64 entryId, const QString &body, qint64 parentCommentId, qint64 editedCommentId = 0);
    // Gives the keyboard focus to where reading starts: the post's text, or "Show post"
    // when it is folded.
    void focusStart();
    // Shows the post at commentId (after showPost): the thread scrolls to the comment and the
    // keyboard goes to it, once it is loaded (more pages of the thread are asked for until it
    // comes, or the thread has no more).
    void showComment(qint64 commentId);
    // The comment showComment() still waits for; 0 when none.
    qint64 pendingComment() const { return m_pendingComment; }

    // The three parts, and the one scroll that holds the post and the thread.
    PostView *postView() const { return m_post; }
    CommentThreadView *threadView() const { return m_thread; }
    CommentBox *commentBox() const { return m_box; }
    QScrollArea *scrollArea() const { return m_scroll; }

public Q_SLOTS:
    // The post changed in the cache when postIds names it (SyncEngine and Outbox
    // postsChanged).
    void refreshPosts(const QList<qint64> &postIds);
    // The thread changed in the cache (Outbox commentsChanged).
    void refreshComments(qint64 postId);
    // The server created the post written offline that this page shows.
    void followPostId(qint64 localId, qint64 serverId);

Q_SIGNALS:
    void hashtagActivated(const QString &tag);
    void linkActivated(const QUrl &url);
    // A mention in the post was clicked: the window opens that person's profile.
    void mentionActivated(const QString &handle);
    void mediaRequested(qint64 mediaId);
    // The post came (or its media changed) after it was opened: the window gives its picture
    // (see mediaId()) to setMediaImage, now or when it has it.
    void mediaImageNeeded(qint64 mediaId);
    // A kind sets the person's reaction; nothing removes it.
    void reactRequested(qint64 postId, std::optional<Hearth::ReactionKind> kind);
    // parentCommentId is 0 for a top-level comment.
    void commentRequested(qint64 postId, qint64 parentCommentId, const QString &body);
    void editCommentRequested(qint64 commentId, const QString &body);
    void deleteCommentRequested(qint64 commentId);
    // The words of a refused write are being sent again (see rewriteUnsent).
    void unsentReplaced(qint64 entryId);
    // The person's own post: change it (the window opens it in the composer), or delete it.
    void editPostRequested(qint64 postId);
    void deletePostRequested(qint64 postId);
    // Someone else's post or comment: report it (the window asks why), or block its
    // author (the window asks first).
    void reportPostRequested(qint64 postId);
    void reportCommentRequested(qint64 commentId);
    // Copy link: the post, or one of its comments.
    void copyLinkRequested(const Hearth::Location &location);
    void blockRequested(const Hearth::User &person);
    // The post's author or a comment's: the window opens their page.
    void authorRequested(const QString &handle);
    // "Change country" in the crisis notice: the window opens the settings.
    void settingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The thread follows the server's changes while the page is shown.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Shows the comment asked for when the thread holds it, or asks for the thread's next page.
    void seekPendingComment();
    qint64 m_pendingComment = 0;
    // The comment shown by showComment(), kept in sight while the page around it settles
    // (the post's words and picture come, rows above it are measured) until the person
    // scrolls.
    qint64 m_keptComment = 0;
    void connectParts();
    void updateTabOrder();
    // Shows the thread and the box only under a post that is there and not folded.
    void updateThreadAndBox();
    // The column's side margins: the reading width in the middle of a wide page.
    void fitColumn();
    // Near the end of the scroll, the thread's next page is asked for.
    void fetchMoreNearTheEnd();
    // Asks through the confirmation set, or the default box titled title.
    void confirm(const QString &title, const QString &question, std::function<void()> proceed);

    CommentModel *m_comments;
    PostReader *m_reader;
    PostView *m_post;
    CommentThreadView *m_thread;
    CommentBox *m_box;
    QScrollArea *m_scroll;
    QWidget *m_sheet; // what scrolls: the post and the thread, in the column
    QWidget *m_boxBar; // under the scroll: the comment box, in the column
    QWidget *m_rule; // the line between the scroll and the box
    qint64 m_imageNeeded = 0; // the picture last asked of the window
    Confirmation m_confirm; // none: the default box
};

} // namespace Hearth
