#pragma once

#include "PostTextBrowser.h"
#include "api/Enums.h"
#include "api/Post.h"
#include "api/User.h"

#include <QImage>
#include <QUrl>
#include <QWidget>

#include <map>
#include <optional>

class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace Hearth {

class Avatar;
class Care;
class CommentModel;
class CrisisNotice;
class PostMediaView;
class MediaImageCache;
class PostReader;
class ReactionPill;

// The post itself, at the top of the post view: its headline (kind, author, time, "(edited)",
// a write of the person's still on its way or refused), title, content warning, body with
// clickable links and hashtags, photo or video, hashtags, counts and the reactions by kind,
// with Edit and Delete on the person's own post and More (Report, Block) on anyone else's.
// Read through a PostReader, and again whenever it says the post changed. Text from the
// network is plain text; a story's is Markdown without HTML.
//
// With a Care, it looks after the reader: a post that folds (a content warning, a muted word,
// a sensitive hashtag) shows why and "Show post" instead of its title, words, photo and
// hashtags; a sensitive photo is blurred under a "Sensitive photo: show" pill until chosen;
// quiet counts take every number away; and a calm crisis notice sits on top when the post or
// its thread touches suicide or self-harm.
class PostView : public QWidget
{
    Q_OBJECT

public:
    // The reader must outlive the view.
    explicit PostView(PostReader *reader, QWidget *parent = nullptr);

    // Opens postId through the reader; another post starts without a picture.
    void showPost(qint64 postId);
    // The post as shown; none while the reader has none.
    const std::optional<Post> &post() const { return m_post; }
    // Whether the signed-in person wrote the post shown.
    bool isOwnPost() const;

    // The rules of care and safety (followed on Care::changed); null applies none. The Care
    // must outlive the view, or be unset first.
    void setCare(Care *care);
    // The signed-in person's handle; empty when signed out.
    void setMyHandle(const QString &handle);
    // The community's address: a video is streamed from it and played inline.
    void setServer(const QUrl &server);
    // Where the author's picture comes from (it must outlive the view); null, the default,
    // draws their initials.
    void setImages(MediaImageCache *images);
    // The photo (or a video's poster), once the window has it: shown scaled, or blurred.
    void setMediaImage(const QImage &image);
    // The thread under the post: a comment that reads like a crisis brings the notice too.
    void setThread(const CommentModel *thread);
    // Gives the keyboard focus to where reading starts: the text, or "Show post" when folded.
    void focusStart();

    // For the page around it: its Tab stops in order.
    QList<QWidget *> tabChain() const;

    // What a person sees and reaches, for the window and for tests.
    QString headlineText() const;
    QString titleText() const;
    QString countsText() const;
    QTextBrowser *textView() const { return m_text; }
    ReactionPill *reactionButton(ReactionKind kind) const { return m_reactionButtons.at(kind); }
    QPushButton *editPostButton() const { return m_editPost; }
    QPushButton *deletePostButton() const { return m_deletePost; }
    // "More" on someone else's post: Report post…, Block the author….
    QToolButton *moreButton() const { return m_more; }
    // The author's disc before the headline: a click opens their page (the keys: More).
    QLabel *authorDisc() const { return m_author; }
    // The fold: whether the post shows folded, the line that says why (empty when it does
    // not), and the button that opens it.
    bool isFolded() const;
    QString foldText() const;
    QPushButton *showPostButton() const { return m_showPost; }
    // The photo or video, with its blur and its player.
    PostMediaView *mediaView() const { return m_media; }
    // The crisis-resources notice; null until a post or a thread first needs it.
    CrisisNotice *crisisNotice() const { return m_crisis; }

Q_SIGNALS:
    void hashtagActivated(const QString &tag);
    void linkActivated(const QUrl &url);
    // A mention ("@river_stone") in the post's text was clicked: handle is the person's.
    void mentionActivated(const QString &handle);
    void mediaRequested(qint64 mediaId);
    // A kind sets the person's reaction; nothing removes it.
    void reactRequested(qint64 postId, std::optional<Hearth::ReactionKind> kind);
    void editPostRequested(qint64 postId);
    // "Delete post" on the person's own post: the page asks before it goes.
    void deletePostClicked();
    void reportPostRequested(qint64 postId);
    // "…" → Copy link.
    void copyLinkRequested(qint64 postId);
    void blockRequested(const Hearth::User &person);
    // The author's picture, or "View …’s profile" in More.
    void authorRequested(const QString &handle);
    // "Change country" in the crisis notice.
    void settingsRequested();
    // The post was read again (it may have come or gone).
    void refreshed();
    // The fold closed or opened: the thread and the comment box wait behind it too.
    void foldChanged(bool folded);
    void tabChainChanged();

protected:
    void changeEvent(QEvent *event) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHBoxLayout *buildHeadline();
    QWidget *buildReactions();
    void buildFold();
    void refreshPost();
    void clearPost();
    void showText(const Post &post);
    void showHashtags(const Post &post);
    void showReactions(const Post &post);
    void showCounts(const Post &post);
    void updateFold();
    void updateCrisisNotice();
    void updateHeadline();
    void updateOwnPostActions();
    // The text's width: its measure (MeasureCh) at most.
    void fitMeasure();
    static constexpr int MeasureCh = 60;
    void react(ReactionKind kind);
    void anchorClicked(const QUrl &url);

    PostReader *m_reader;
    const CommentModel *m_thread = nullptr;
    std::optional<Post> m_post;
    QString m_myHandle;
    Care *m_care = nullptr;

    QWidget *m_pane; // the post
    QLabel *m_unavailable;
    CrisisNotice *m_crisis = nullptr; // made for the first post or thread that needs it
    QFrame *m_fold = nullptr; // why the post is folded, and "Show post"
    QLabel *m_foldSummary = nullptr;
    QPushButton *m_showPost = nullptr;
    QWidget *m_content = nullptr; // what a fold hides: title, warning, text, media, hashtags
    QLabel *m_headline;
    QLabel *m_title;
    QLabel *m_warning;
    PostTextBrowser *m_text;
    PostMediaView *m_media = nullptr;
    QWidget *m_hashtags = nullptr;
    QHBoxLayout *m_hashtagLayout = nullptr;
    QList<QPushButton *> m_hashtagButtons;
    std::map<ReactionKind, ReactionPill *> m_reactionButtons;
    QLabel *m_counts = nullptr;
    QPushButton *m_editPost = nullptr;
    QPushButton *m_deletePost = nullptr;
    QToolButton *m_more = nullptr;
    QLabel *m_author = nullptr; // the author's disc: a click opens their page
    Avatar *m_avatars = nullptr; // a child: draws the disc
};

} // namespace Hearth
