#include "PostPage.h"

#include "CommentBox.h"
#include "CommentThreadView.h"
#include "PostView.h"
#include "models/CommentModel.h"
#include "models/PostReader.h"
#include "ui/look/Metrics.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
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
    , m_scroll(new QScrollArea(this))
    , m_sheet(new QWidget)
    , m_boxBar(new QWidget(this))
{
    m_post = new PostView(m_reader, m_sheet);
    m_thread = new CommentThreadView(m_comments, m_sheet);
    m_box = new CommentBox(m_comments, m_boxBar);
    m_post->setThread(m_comments);
    m_comments->setFollowing(false); // until shown

    // The post and the whole thread in one column, in one scroll, as a person reads them.
    auto *column = new QVBoxLayout(m_sheet);
    column->setSpacing(Metrics::spaceXL);
    column->addWidget(m_post);
    column->addWidget(m_thread);
    column->addStretch(1);
    m_scroll->setWidget(m_sheet);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->installEventFilter(this); // its width places the column
    m_thread->setScrollArea(m_scroll);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
        &PostPage::fetchMoreNearTheEnd);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
        &PostPage::fetchMoreNearTheEnd);

    // The box stays in sight under the scroll, a line between them.
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    auto *boxLayout = new QVBoxLayout(m_boxBar);
    boxLayout->addWidget(m_box);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(rule);
    layout->addWidget(m_boxBar);
    m_rule = rule;
    connectParts();
    fitColumn();
    updateTabOrder();
    // A comment asked for (showComment()) is looked for again whenever the thread grows.
    connect(m_comments, &QAbstractItemModel::rowsInserted, this, &PostPage::seekPendingComment);
    connect(m_comments, &QAbstractItemModel::modelReset, this, &PostPage::seekPendingComment);
    connect(m_comments, &CommentModel::loadingChanged, this, &PostPage::seekPendingComment);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_keptComment != 0 && !m_thread->revealComment(m_keptComment))
            m_keptComment = 0;
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::actionTriggered, this,
        [this] { m_keptComment = 0; });
}

void PostPage::showComment(qint64 commentId)
{
    m_keptComment = 0;
    m_pendingComment = commentId;
    seekPendingComment();
}

void PostPage::seekPendingComment()
{
    // The thread read again (a reset loses the current row): the comment asked for stays
    // the current one, while the person has not moved on.
    if (m_keptComment != 0 && m_pendingComment == 0) {
        const QModelIndex current = m_thread->listView()->currentIndex();
        if (current.data(CommentModel::IdRole).toLongLong() != m_keptComment) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus || focus == m_thread->listView() || !isAncestorOf(focus)
                || !current.isValid())
                m_pendingComment = m_keptComment;
        }
    }
    if (m_pendingComment == 0)
        return;
    if (m_thread->showComment(m_pendingComment)) {
        m_keptComment = std::exchange(m_pendingComment, 0);
        return;
    }
    if (m_comments->isLoading())
        return; // the first page is coming
    if (m_comments->canFetchMore({}))
        m_comments->fetchMore({});
    else
        m_pendingComment = 0; // not in the thread (deleted since): the post's top stays
}

PostPage::~PostPage()
{
    // The parts read the models, which are the page's children too: the parts go first.
    // (The viewport tells its filter of its own end; the scroll area is gone by then.)
    m_scroll->viewport()->removeEventFilter(this);
    delete m_scroll; // the post and the thread
    delete m_boxBar; // the box (which keeps words typed in the last moment)
}

void PostPage::connectParts()
{
    connect(m_post, &PostView::hashtagActivated, this, &PostPage::hashtagActivated);
    connect(m_post, &PostView::mentionActivated, this, &PostPage::mentionActivated);
    connect(m_post, &PostView::linkActivated, this, &PostPage::linkActivated);
    connect(m_post, &PostView::mediaRequested, this, &PostPage::mediaRequested);
    connect(m_post, &PostView::reactRequested, this, &PostPage::reactRequested);
    connect(m_post, &PostView::editPostRequested, this, &PostPage::editPostRequested);
    connect(m_post, &PostView::deletePostClicked, this, &PostPage::deletePost);
    connect(m_post, &PostView::reportPostRequested, this, &PostPage::reportPostRequested);
    connect(m_post, &PostView::blockRequested, this, &PostPage::blockRequested);
    connect(m_post, &PostView::authorRequested, this, &PostPage::authorRequested);
    connect(m_post, &PostView::settingsRequested, this, &PostPage::settingsRequested);
    connect(m_post, &PostView::refreshed, this, [this] {
        m_box->setPostAvailable(m_post->post().has_value());
        updateThreadAndBox();
        // A post that was not in the cache when it was opened brings its picture later.
        if (const qint64 image = mediaId(); image != 0 && image != m_imageNeeded) {
            m_imageNeeded = image;
            Q_EMIT mediaImageNeeded(image);
        }
    });
    connect(m_post, &PostView::foldChanged, this, &PostPage::updateThreadAndBox);
    connect(m_post, &PostView::tabChainChanged, this, &PostPage::updateTabOrder);
    connect(m_thread, &CommentThreadView::replyRequested, m_box, &CommentBox::replyTo);
    connect(m_thread, &CommentThreadView::editRequested, this, &PostPage::editComment);
    connect(m_thread, &CommentThreadView::deleteRequested, this, &PostPage::deleteComment);
    connect(m_thread, &CommentThreadView::reportCommentRequested, this,
        &PostPage::reportCommentRequested);
    connect(m_thread, &CommentThreadView::blockRequested, this, &PostPage::blockRequested);
    connect(m_post, &PostView::copyLinkRequested, this,
        [this](qint64 postId) { Q_EMIT copyLinkRequested(Location::post(postId)); });
    connect(m_thread, &CommentThreadView::copyLinkRequested, this, [this](qint64 commentId) {
        Q_EMIT copyLinkRequested(Location::comment(postId(), commentId));
    });
    connect(m_thread, &CommentThreadView::authorRequested, this, &PostPage::authorRequested);
    connect(m_thread, &CommentThreadView::mentionActivated, this, &PostPage::mentionActivated);

    connect(m_box, &CommentBox::commentRequested, this, &PostPage::commentRequested);
    connect(m_box, &CommentBox::editCommentRequested, this, &PostPage::editCommentRequested);
    connect(m_box, &CommentBox::unsentReplaced, this, &PostPage::unsentReplaced);
}

void PostPage::showPost(qint64 postId)
{
    if (postId != m_reader->postId()) {
        m_scroll->verticalScrollBar()->setValue(0); // another post is read from its top
        m_keptComment = m_pendingComment = 0;
    }
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
    if (!post || !post->media)
        return 0;
    if (post->media->kind == MediaKind::Video)
        return post->media->posterId.value_or(0);
    return post->media->id;
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

void PostPage::setImages(MediaImageCache *images)
{
    m_post->setImages(images);
    m_thread->setImages(images);
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
    m_boxBar->setVisible(shown);
    m_rule->setVisible(shown);
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

bool PostPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_scroll->viewport())
        fitColumn();
    return QWidget::eventFilter(watched, event);
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

void PostPage::fitColumn()
{
    // The reading width in the middle; narrower, the whole width less a margin each side.
    const int width = m_scroll->viewport()->width();
    const int side = std::max(Metrics::spaceXL, (width - Metrics::readingWidth) / 2);
    m_sheet->layout()->setContentsMargins(side, Metrics::spaceXL, side, Metrics::spaceXL);
    // The box lines up with the column above it: its right edge is the column's, not the
    // scroll bar's.
    const int scrollBar = m_scroll->width() - width;
    m_boxBar->layout()->setContentsMargins(
        side, Metrics::spaceM, side + std::max(0, scrollBar), Metrics::spaceM);
}

void PostPage::fetchMoreNearTheEnd()
{
    // The thread has no scroll of its own to ask for its next page: the page asks when the
    // reader is within a screen of the end (or the thread does not fill the page).
    const QScrollBar *bar = m_scroll->verticalScrollBar();
    if (m_thread->isHidden() || bar->value() < bar->maximum() - m_scroll->viewport()->height())
        return;
    if (m_comments->canFetchMore({}))
        m_comments->fetchMore({});
}

} // namespace Hearth
