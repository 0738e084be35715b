#include "PostPage.h"

#include "CommentBox.h"
#include "CommentThreadView.h"
#include "PostView.h"
#include "models/CommentModel.h"
#include "models/PostReader.h"

#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Hearth {

namespace {

void defaultConfirmation(
    QWidget *parent, const QString &title, const QString &question, std::function<void()> proceed)
{
    auto *box
        = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(PostPage::tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
        [remove, proceed = std::move(proceed)](QAbstractButton *button) {
            if (button == remove)
                proceed();
        });
    box->open();
}

} // namespace

PostPage::PostPage(FeedCache &feed, CommentCache &comments, SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_comments(new CommentModel(comments, engine, this))
    , m_reader(new PostReader(feed, engine, this))
    , m_post(new PostView(m_reader, this))
    , m_thread(new CommentThreadView(m_comments, this))
    , m_box(new CommentBox(m_comments, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_post->setThread(m_comments);
    m_comments->setFollowing(false); // until shown

    m_splitter->addWidget(m_post);
    m_splitter->addWidget(m_thread);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitSetByHand = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_box);
    connectParts();
    updateTabOrder();
}

PostPage::~PostPage()
{
    // The parts read the models, which are the page's children too: the parts go first.
    delete m_splitter; // the post and the thread
    delete m_box; // (which keeps words typed in the last moment)
}

void PostPage::connectParts()
{
    connect(m_post, &PostView::hashtagActivated, this, &PostPage::hashtagActivated);
    connect(m_post, &PostView::linkActivated, this, &PostPage::linkActivated);
    connect(m_post, &PostView::mediaRequested, this, &PostPage::mediaRequested);
    connect(m_post, &PostView::reactRequested, this, &PostPage::reactRequested);
    connect(m_post, &PostView::editPostRequested, this, &PostPage::editPostRequested);
    connect(m_post, &PostView::deletePostClicked, this, &PostPage::deletePost);
    connect(m_post, &PostView::reportPostRequested, this, &PostPage::reportPostRequested);
    connect(m_post, &PostView::blockRequested, this, &PostPage::blockRequested);
    connect(m_post, &PostView::settingsRequested, this, &PostPage::settingsRequested);
    connect(m_post, &PostView::refreshed, this, [this] {
        m_box->setPostAvailable(m_post->post().has_value());
        updateThreadAndBox();
    });
    connect(m_post, &PostView::foldChanged, this, &PostPage::updateThreadAndBox);
    connect(m_post, &PostView::tabChainChanged, this, &PostPage::updateTabOrder);
    // The post's text, photo or actions changed its height: fit the split once the layout
    // has settled.
    connect(m_post, &PostView::preferredHeightChanged, this, [this] {
        if (m_fitQueued)
            return;
        m_fitQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_fitQueued = false;
                fitSplit();
            },
            Qt::QueuedConnection);
    });

    connect(m_thread, &CommentThreadView::replyRequested, m_box, &CommentBox::replyTo);
    connect(m_thread, &CommentThreadView::editRequested, this, &PostPage::editComment);
    connect(m_thread, &CommentThreadView::deleteRequested, this, &PostPage::deleteComment);
    connect(m_thread, &CommentThreadView::reportCommentRequested, this,
        &PostPage::reportCommentRequested);
    connect(m_thread, &CommentThreadView::blockRequested, this, &PostPage::blockRequested);

    connect(m_box, &CommentBox::commentRequested, this, &PostPage::commentRequested);
    connect(m_box, &CommentBox::editCommentRequested, this, &PostPage::editCommentRequested);
    connect(m_box, &CommentBox::unsentReplaced, this, &PostPage::unsentReplaced);
}

void PostPage::showPost(qint64 postId)
{
    if (postId != m_reader->postId())
        m_splitSetByHand = false; // a split dragged for one post does not fit the next
    m_post->showPost(postId);
    m_comments->setPost(postId);
    // What is written for the post shown before stays with it; this one's words come back.
    m_box->showPost(postId);
}

qint64 PostPage::postId() const
{
    return m_reader->postId();
}

qint64 PostPage::mediaId() const
{
    const std::optional<Post> &post = m_post->post();
    return post && post->media ? post->media->id : 0;
}

void PostPage::setCare(Care *care)
{
    m_post->setCare(care);
    m_thread->setCare(care);
}

void PostPage::setMyHandle(const QString &handle)
{
    m_box->setMyHandle(handle);
    m_post->setMyHandle(handle);
    m_thread->setMyHandle(handle);
    m_comments->setMyHandle(handle);
}

void PostPage::setMediaImage(const QImage &image)
{
    m_post->setMediaImage(image);
}

void PostPage::setServer(const QUrl &server)
{
    m_post->setServer(server);
}

void PostPage::setDrafts(DraftStore *drafts)
{
    m_box->setDrafts(drafts ? std::optional(CommentDrafts(*drafts)) : std::nullopt);
}

void PostPage::setDeleteConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

void PostPage::confirm(const QString &title, const QString &question, std::function<void()> proceed)
{
    if (m_confirm)
        m_confirm(question, std::move(proceed));
    else
        defaultConfirmation(this, title, question, std::move(proceed));
}

void PostPage::deletePost()
{
    if (!m_post->isOwnPost())
        return;
    QPointer<PostPage> self(this);
    const qint64 postId = m_post->post()->id;
    confirm(tr("Delete post"),
        tr("Delete your post “%1” and its comments? This cannot be undone.")
            .arg(m_post->post()->title),
        [self, postId] {
            if (self)
                Q_EMIT self->deletePostRequested(postId);
        });
}

void PostPage::deleteComment(qint64 commentId)
{
    if (!m_thread->isOwnComment(commentId))
        return;
    QPointer<PostPage> self(this);
    confirm(
        tr("Delete comment"), tr("Delete your comment? This cannot be undone."), [self, commentId] {
            if (self)
                Q_EMIT self->deleteCommentRequested(commentId);
        });
}

void PostPage::replyTo(qint64 commentId)
{
    m_box->replyTo(commentId);
}

void PostPage::editComment(qint64 commentId)
{
    m_box->editComment(commentId);
}

void PostPage::restoreComment(const QString &text, qint64 parentCommentId)
{
    m_box->restoreComment(text, parentCommentId);
}

void PostPage::rewriteUnsent(
    qint64 entryId, const QString &body, qint64 parentCommentId, qint64 editedCommentId)
{
    m_box->rewriteUnsent(entryId, body, parentCommentId, editedCommentId);
}

void PostPage::focusStart()
{
    m_post->focusStart();
}

void PostPage::refreshPosts(const QList<qint64> &postIds)
{
    m_reader->refreshPosts(postIds);
}

void PostPage::refreshComments(qint64 postId)
{
    m_comments->threadChanged(postId);
}

void PostPage::followPostId(qint64 localId, qint64 serverId)
{
    m_reader->replacePostId(localId, serverId);
    m_comments->replacePostId(localId, serverId);
    m_box->followPostId(localId, serverId);
}

void PostPage::updateThreadAndBox()
{
    // The thread answers what a fold keeps back: it waits behind the fold too. A post that
    // is not here (deleted, or not fetched yet) has nothing to answer: no thread inviting a
    // first comment, no box to write it in.
    const bool shown = m_post->post().has_value() && !m_post->isFolded();
    m_thread->setVisible(shown);
    m_box->setVisible(shown);
}

void PostPage::updateTabOrder()
{
    // The post (its notice, actions, text, hashtags, media and reactions), the thread, the box.
    QList<QWidget *> chain = m_post->tabChain();
    chain.append(m_thread->listView());
    chain.append(m_box->tabChain());
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void PostPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplit();
}

void PostPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_comments->setFollowing(true);
}

void PostPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Behind the feed (the window keeps the page), a post's changes cost no reads.
    m_comments->setFollowing(false);
}

void PostPage::fitSplit()
{
    if (m_splitSetByHand)
        return;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    // The thread keeps at least a third of the page, so that it is seen to be there.
    const int threadMinimum = std::max(total / 3, m_thread->minimumSizeHint().height());
    const int post = std::clamp(m_post->preferredHeight(), 0, std::max(0, total - threadMinimum));
    m_splitter->setSizes({post, total - post});
}

} // namespace Hearth
