#pragma once

#include "api/Enums.h"
#include "api/Post.h"
#include "api/User.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <map>
#include <optional>

class QAbstractButton;
class QFrame;
class QHBoxLayout;
class QLabel;
class QListView;
class QMenu;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace Hearth {

class Care;
class CommentCache;
class DraftStore;
class CommentDelegate;
class CrisisNotice;
class VideoPlayer;
class CommentModel;
class FeedCache;
class SyncEngine;

// The post view: what the window shows when a card is opened. The whole post from the
// cache at once (its headline, title, content warning, body with clickable links and
// hashtags, hashtags, photo or video, reactions by kind and counts), then its comment
// thread with replies, and a box to write a comment or a reply.
//
// The page writes nothing itself: reacting, commenting, editing and deleting are asked for
// by signals (the window passes them to the outbox), and the page follows the cache as the
// outbox and the sync engine change it. Text from the network is plain text; a story's is
// Markdown without HTML.
//
// With a Care, the page looks after the reader: a post that folds (a content warning, a
// muted word, a sensitive hashtag) shows why and "Show post" instead of its title, words,
// photo and hashtags; a folded comment shows why and "Show comment" (Space or Enter on the
// selected one); a sensitive photo is blurred under a "Sensitive photo: show" pill until
// chosen; quiet counts take every number away; and a calm crisis notice sits on top when the
// post or its thread touches suicide or self-harm.
class PostPage : public QWidget
{
    Q_OBJECT

public:
    // engine may be null: offline, the page shows what the cache holds.
    PostPage(
        FeedCache &feed, CommentCache &comments, SyncEngine *engine, QWidget *parent = nullptr);
    ~PostPage() override;

    // Shows the post from the cache, and asks the engine for its comments.
    void showPost(qint64 postId);
    qint64 postId() const { return m_postId; }

    // The rules of care and safety the page follows (and repaints on Care::changed); null,
    // the default, applies none. The Care must outlive the page, or be unset first.
    void setCare(Care *care);
    Care *care() const { return m_care; }

    // The signed-in person's handle, to know which comments are theirs; empty when signed
    // out, which leaves reacting and commenting off.
    void setMyHandle(const QString &handle);
    QString myHandle() const { return m_myHandle; }

    // The photo (or a video's poster) of the post, once the window has it; shown scaled
    // into the media area.
    void setMediaImage(const QImage &image);
    // The community's address: a video is streamed from it and played inline.
    void setServer(const QUrl &server) { m_server = server; }
    VideoPlayer *videoPlayer() const { return m_videoPlayer; }

    // How deleting a comment is confirmed: asks question, and calls proceed if the person
    // agrees. The default opens a window-modal message box (without a nested event loop).
    using Confirmation
        = std::function<void(const QString &question, std::function<void()> proceed)>;
    void setDeleteConfirmation(Confirmation confirm);

    // The comment box's modes: a reply to a comment (a reply to a reply answers its
    // thread), or an edit of one of the person's own comments.
    void replyTo(qint64 commentId);
    void editComment(qint64 commentId);
    // Asks for confirmation, then emits deleteCommentRequested.
    void deleteComment(qint64 commentId);
    void cancelReplyOrEdit();
    // Where the comment box keeps what is written in it, per post ("comment:post:<id>"):
    // saved soon after the first unsaved change, put back when the post shows again (after
    // going elsewhere, or a restart), let go when sent. Null: nothing is kept.
    void setDrafts(DraftStore *drafts);
    static constexpr int CommentDraftDelayMs = 500;

    // Puts words back in the comment box (as a reply to parentCommentId when it is not 0):
    // the window keeps them while it rebuilds its pages.
    void restoreComment(const QString &text, qint64 parentCommentId);
    // Gives the keyboard focus to where reading starts: the post's text, or "Show post"
    // when it is folded.
    void focusStart();
    // Takes up a comment the community refused (the outbox write entryId): its words go
    // back in the box, as a comment on this post, a reply to parentCommentId, or, when
    // editedCommentId is given, as the edit of that comment. Sending them emits
    // unsentReplaced(entryId) first, so that the refused write goes.
    void rewriteUnsent(
        qint64 entryId, const QString &body, qint64 parentCommentId, qint64 editedCommentId = 0);
    // Asks for confirmation, then emits deletePostRequested (only for the person's own post).
    void deletePost();
    // The comment a reply goes to; 0 when the box writes a top-level comment.
    qint64 replyParentId() const { return m_mode == Mode::Reply ? m_targetCommentId : 0; }
    // The comment being edited; 0 when none.
    qint64 editedCommentId() const { return m_mode == Mode::Edit ? m_targetCommentId : 0; }

    // The actions on a comment (Reply, Copy text, and Edit and Delete on one's own), as a
    // menu the caller pops up.
    QMenu *createCommentMenu(const QModelIndex &index, QWidget *parent);

    // The parts, for the window and for tests.
    QTextBrowser *textView() const { return m_text; }
    QListView *commentView() const { return m_commentView; }
    CommentModel *commentModel() const { return m_commentModel; }
    CommentDelegate *commentDelegate() const { return m_commentDelegate; }
    QPlainTextEdit *commentBox() const { return m_box; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *editPostButton() const { return m_editPost; }
    QPushButton *deletePostButton() const { return m_deletePost; }
    // "More" on someone else's post: Report post…, Block the author….
    QToolButton *moreButton() const { return m_more; }
    QToolButton *reactionButton(ReactionKind kind) const;
    QString headlineText() const;
    QString titleText() const;
    QString countsText() const;
    // What the thread area says when it has no rows ("Loading comments…", "No comments
    // yet…"); empty while comments are shown.
    QString commentStateText() const;
    QString replyBarText() const;
    // The fold: whether the post shows folded, the line that says why (empty when it does
    // not), and the button that opens it.
    bool isFolded() const;
    QString foldText() const;
    QPushButton *showPostButton() const { return m_showPost; }
    // Whether the post's photo (or a video's poster) is to be drawn blurred; the pill that
    // shows it; and the picture as drawn now (null when none is shown).
    bool isMediaBlurred() const;
    QAbstractButton *revealMediaButton() const { return m_revealMedia; }
    QImage shownMediaImage() const;
    QPushButton *seeMediaButton() const { return m_seeMedia; }
    // The crisis-resources notice; null until a post or a thread first needs it.
    CrisisNotice *crisisNotice() const { return m_crisis; }

    // "Hug", "Me too", … in the person's language.
    static QString reactionName(ReactionKind kind);

public Q_SLOTS:
    // Reads the post again from the cache, keeping the reader's place when the text is
    // the same.
    void refreshPost();
    // The same, when postIds names this page's post (SyncEngine and Outbox postsChanged).
    void refreshPosts(const QList<qint64> &postIds);
    // The thread changed in the cache (Outbox commentsChanged).
    void refreshComments(qint64 postId);
    // The server created the post written offline that this page shows.
    void followPostId(qint64 localId, qint64 serverId);

Q_SIGNALS:
    void hashtagActivated(const QString &tag);
    void linkActivated(const QUrl &url);
    void mediaRequested(qint64 mediaId);
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
    void blockRequested(const Hearth::User &person);
    // "Change country" in the crisis notice: the window opens the settings.
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Mode { Comment, Reply, Edit };

    void showText(const Post &post);
    void showHashtags(const Post &post);
    void showMedia(const Post &post);
    void showReactions(const Post &post);
    // Draws the post's picture (m_mediaSource), sharp or blurred.
    void showMediaImage();
    // What Care::changed may change: the fold, the blur, the counts, the comments' folds,
    // the notice's country.
    void applyCare();
    void updateFold();
    void updateMediaBlur();
    void updateCrisisNotice();
    void revealMedia();
    void updateHeadline();
    void updateOwnPostActions();
    void updateCommentState();
    void updateComposer();
    void updateTabOrder();
    void fitSplit();
    void saveCommentDraft();
    void loadCommentDraft();
    QString commentDraftKey() const;
    // Reply mode to a comment, whether or not the thread shown holds it.
    void setReplyTarget(qint64 parentCommentId);
    // The bar above the box for a reply or an edit: what the box writes, and Cancel.
    void openReplyBar(Mode mode, qint64 targetCommentId, const QString &label);
    void send();
    void react(ReactionKind kind);
    void anchorClicked(const QUrl &url);
    void popUpCommentMenu(const QModelIndex &index, const QPoint &globalPosition);
    bool isMine(const QModelIndex &index) const;
    QModelIndex commentIndex(qint64 commentId) const;

    FeedCache &m_feed;
    SyncEngine *m_engine;
    qint64 m_postId = 0;
    std::optional<Post> m_post;
    QString m_myHandle;
    Confirmation m_confirm;
    Mode m_mode = Mode::Comment;
    qint64 m_targetCommentId = 0;
    qint64 m_unsentEntry = 0; // the refused write the box's words replace; 0 when none
    // Set from asking the engine for the thread until it answers (or gives up).
    bool m_loadingComments = false;
    // Set from asking the engine for a post the cache lacks until it answers.
    bool m_loadingPost = false;

    QSplitter *m_splitter = nullptr;
    bool m_splitSetByHand = false;
    bool m_fitQueued = false;
    DraftStore *m_drafts = nullptr;
    QTimer *m_draftTimer = nullptr;
    Care *m_care = nullptr;
    QWidget *m_postPane;
    QLabel *m_unavailable;
    CrisisNotice *m_crisis = nullptr; // made for the first post or thread that needs it
    QFrame *m_fold = nullptr; // why the post is folded, and "Show post"
    QLabel *m_foldSummary = nullptr;
    QPushButton *m_showPost = nullptr;
    QWidget *m_content = nullptr; // what a fold hides: title, warning, text, media, hashtags
    QLabel *m_headline;
    QLabel *m_title;
    QLabel *m_warning;
    QTextBrowser *m_text;
    QWidget *m_media;
    QLabel *m_mediaImage;
    QAbstractButton *m_revealMedia = nullptr; // the pill over a blurred picture
    QImage m_mediaSource; // the picture as the window gave it
    qint64 m_mediaSourceId = 0; // the media it belongs to
    bool m_mediaBlurred = false; // whether the picture (or the video's poster) is blurred
    QLabel *m_mediaCaption;
    QPushButton *m_seeMedia;
    VideoPlayer *m_videoPlayer = nullptr; // made for the first video shown
    QUrl m_server;
    QWidget *m_hashtags;
    QHBoxLayout *m_hashtagLayout;
    QList<QPushButton *> m_hashtagButtons;
    std::map<ReactionKind, QToolButton *> m_reactionButtons;
    QLabel *m_counts;
    QPushButton *m_editPost;
    QPushButton *m_deletePost;
    QToolButton *m_more;
    QStackedWidget *m_commentStack;
    QListView *m_commentView;
    QLabel *m_commentState;
    CommentModel *m_commentModel;
    CommentDelegate *m_commentDelegate;
    QWidget *m_replyBar;
    QLabel *m_replyLabel;
    QPushButton *m_cancelReply;
    QPlainTextEdit *m_box;
    QLabel *m_boxHint;
    QPushButton *m_send;
};

} // namespace Hearth
