#pragma once

#include "sync/CommentDrafts.h"

#include <QWidget>

#include <optional>

class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Hearth {

class CommentModel;

// The box at the bottom of the post view that writes a comment, a reply to a comment (a reply to a
// reply answers its thread), or an edit of one of the person's own comments, with a bar that
// says which and Cancel (or Escape). Ctrl+Enter or Send asks for the write by a signal (the
// window passes it to the outbox); past the length limit the box says by how much and does
// not send. Signed out, the box still takes words: sending asks the person to sign in, and
// the words stay until they are on their way. What is written is kept per post as a draft
// soon after the first unsaved change, put back when the post shows again, let go when sent.
class CommentBox : public QWidget
{
    Q_OBJECT

public:
    // The thread the box writes in: replies and edits find their comment there. It must
    // outlive the box.
    explicit CommentBox(const CommentModel *thread, QWidget *parent = nullptr);
    // Words typed in the last moment are kept too.
    ~CommentBox() override;

    // Where the words are kept per post; none (the default) keeps nothing.
    void setDrafts(std::optional<CommentDrafts> drafts);
    static constexpr int DraftDelayMs = 500;
    // The editor grows with the words up to this many lines, then scrolls.
    static constexpr int MaxLines = 6;
    // The signed-in person's handle; empty when signed out (which ends a reply or an edit).
    void setMyHandle(const QString &handle);
    // The post the box writes on (its thread must be the one shown): the words written for
    // another post stay with that one, and this one's come back.
    void showPost(qint64 postId);
    // The server created the post written offline that the box writes on.
    void followPostId(qint64 localId, qint64 serverId);
    // Whether the post is there to comment on; the box is off while it is not.
    void setPostAvailable(bool available);

    // A reply to commentId (or to its thread), or an edit of the person's own comment.
    void replyTo(qint64 commentId);
    void editComment(qint64 commentId);
    void cancelReplyOrEdit();
    // Puts words back in the box, as a reply to parentCommentId when it is not 0.
    void restoreComment(const QString &text, qint64 parentCommentId);
    // Takes up a comment the community refused (the outbox write entryId): its words go back
    // in the box, as a comment on the post, a reply to parentCommentId, or, when
    // editedCommentId is given, as the edit of that comment. Sending them emits
    // unsentReplaced(entryId) first, so that the refused write goes.
    void rewriteUnsent(
        qint64 entryId, const QString &body, qint64 parentCommentId, qint64 editedCommentId = 0);

    // What the box holds: the words, the comment a reply goes to (0 for a top-level
    // comment), the comment being edited (0 when none), and the bar's words (empty when
    // it is hidden).
    QString text() const;
    qint64 replyParentId() const { return m_mode == Mode::Reply ? m_targetCommentId : 0; }
    qint64 editedCommentId() const { return m_mode == Mode::Edit ? m_targetCommentId : 0; }
    QString replyBarText() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    // The Tab stops in order: the words, Send, Cancel.
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    // parentCommentId is 0 for a top-level comment.
    void commentRequested(qint64 postId, qint64 parentCommentId, const QString &body);
    void editCommentRequested(qint64 commentId, const QString &body);
    // The words of a refused write are being sent again (see rewriteUnsent).
    void unsentReplaced(qint64 entryId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode { Comment, Reply, Edit };

    void updateControls();
    // The editor's height: its lines, from one up to MaxLines.
    void fitEditor();
    int editorLines() const;
    void send();
    void saveDraft();
    void loadDraft();
    // Reply mode to a comment, whether or not the thread shown holds it.
    void setReplyTarget(qint64 parentCommentId);
    void openReplyBar(Mode mode, qint64 targetCommentId, const QString &label);
    QModelIndex commentIndex(qint64 commentId) const;

    const CommentModel *m_thread;
    std::optional<CommentDrafts> m_drafts;
    QString m_myHandle;
    qint64 m_postId = 0;
    bool m_postAvailable = false;
    Mode m_mode = Mode::Comment;
    qint64 m_targetCommentId = 0;
    QString m_replyName; // who a reply answers; empty when the thread shown lacks them
    qint64 m_unsentEntry = 0; // the refused write the box's words replace; 0 when none
    QTimer *m_draftTimer;
    QWidget *m_replyBar;
    QLabel *m_replyLabel;
    QPushButton *m_cancel;
    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QLabel *m_hint;
};

} // namespace Hearth
