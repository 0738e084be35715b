#include "PostPage.h"

#include "Care.h"
#include "CommentDelegate.h"
#include "CrisisNotice.h"
#include "PostCardDelegate.h"
#include "PostText.h"
#include "ReactionIcons.h"
#include "VideoPlayer.h"
#include "api/Limits.h"
#include "api/Text.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"
#include "models/CommentModel.h"
#include "sync/SyncEngine.h"

#include <QAbstractButton>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The body of the post: as tall as its text, inside the page's scroll area, and never
// loading a resource the text names.
class PostTextBrowser : public QTextBrowser
{
public:
    explicit PostTextBrowser(QWidget *parent) : QTextBrowser(parent)
    {
        setOpenLinks(false);
        setOpenExternalLinks(false);
        setFrameShape(QFrame::NoFrame);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        viewport()->setAutoFillBackground(false);
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
            this, [this] { fitHeight(); });
    }

    QVariant loadResource(int, const QUrl &) override { return {}; }

    void fitHeight()
    {
        const QMargins margins = contentsMargins();
        const int height
            = int(std::ceil(document()->size().height())) + margins.top() + margins.bottom();
        if (height != this->height())
            setFixedHeight(height);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        fitHeight();
    }
};

// The thread as the list view shows it: CommentModel, with each row in words for screen
// readers (a folded one without its body) and a refused comment's reason as its tooltip.
class ThreadProxy : public QIdentityProxyModel
{
public:
    ThreadProxy(const CommentDelegate *delegate, QObject *parent)
        : QIdentityProxyModel(parent), m_delegate(delegate)
    { }

    // Every row may read differently (the reader's care rules changed).
    void allRowsChanged()
    {
        if (const int rows = rowCount(); rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, 0));
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::AccessibleTextRole) {
            return CommentDelegate::accessibleText(
                index, QDateTime::currentDateTimeUtc(), m_delegate->fold(index));
        }
        if (role == Qt::ToolTipRole)
            return QIdentityProxyModel::data(index, CommentModel::LocalErrorRole);
        return QIdentityProxyModel::data(index, role);
    }

private:
    const CommentDelegate *m_delegate;
};

// The pill over a blurred picture: says what it hides, and shows it on a click, Space or
// Enter.
class RevealPill : public QAbstractButton
{
public:
    explicit RevealPill(QWidget *parent) : QAbstractButton(parent)
    {
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
    }

    QSize sizeHint() const override
    {
        const QFontMetrics metrics(font());
        return {metrics.horizontalAdvance(text()) + 2 * metrics.height(), 2 * metrics.height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
        QColor fill = palette().color(QPalette::Base);
        fill.setAlpha(isDown() ? 255 : 225);
        painter.setPen(hasFocus() ? QPen(palette().color(QPalette::Highlight), 2)
                                  : QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextSingleLine, text());
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            click();
            return;
        }
        QAbstractButton::keyPressEvent(event);
    }
};

// A picture with nothing left to recognise, only its colours: scaled down to a few pixels
// and up again.
QImage obscured(const QImage &image)
{
    const QSize size = image.size();
    const QSize tiny = size.scaled(8, 8, Qt::KeepAspectRatio).expandedTo(QSize(2, 2));
    return image.scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(tiny * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QString kindLabel(PostKind kind)
{
    switch (kind) {
    case PostKind::Story:
        return PostPage::tr("Story");
    case PostKind::Video:
        return PostPage::tr("Video");
    case PostKind::Post:
        break;
    }
    return PostPage::tr("Post");
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void defaultConfirmation(QWidget *parent, const QString &question, std::function<void()> proceed)
{
    auto *box = new QMessageBox(QMessageBox::Question, PostPage::tr("Delete comment"), question,
        QMessageBox::NoButton, parent);
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
    , m_feed(feed)
    , m_engine(engine)
    , m_postPane(new QWidget)
    , m_unavailable(plainLabel(this))
    , m_headline(plainLabel(m_postPane))
    , m_title(plainLabel(m_postPane))
    , m_warning(plainLabel(m_postPane))
    , m_text(new PostTextBrowser(m_postPane))
    , m_media(new QWidget(m_postPane))
    , m_mediaImage(new QLabel(m_media))
    , m_mediaCaption(plainLabel(m_media))
    , m_seeMedia(new QPushButton(m_media))
    , m_hashtags(new QWidget(m_postPane))
    , m_hashtagLayout(new QHBoxLayout(m_hashtags))
    , m_counts(plainLabel(m_postPane))
    , m_editPost(new QPushButton(tr("&Edit post"), m_postPane))
    , m_deletePost(new QPushButton(tr("&Delete post"), m_postPane))
    , m_more(new QToolButton(m_postPane))
    , m_commentStack(new QStackedWidget(this))
    , m_commentView(new QListView(m_commentStack))
    , m_commentState(plainLabel(m_commentStack))
    , m_commentModel(new CommentModel(comments, engine, this))
    , m_commentDelegate(new CommentDelegate(m_commentView))
    , m_replyBar(new QWidget(this))
    , m_replyLabel(plainLabel(m_replyBar))
    , m_cancelReply(new QPushButton(tr("Cancel"), m_replyBar))
    , m_box(new QPlainTextEdit(this))
    , m_boxHint(plainLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    m_confirm = [this](const QString &question, std::function<void()> proceed) {
        defaultConfirmation(this, question, std::move(proceed));
    };

    // The post.
    m_headline->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont warningFont = m_warning->font();
    warningFont.setItalic(true);
    m_warning->setFont(warningFont);
    m_text->setAccessibleName(tr("Post text"));
    connect(m_text, &QTextBrowser::anchorClicked, this, &PostPage::anchorClicked);

    m_mediaImage->setTextFormat(Qt::PlainText);
    m_mediaImage->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_mediaImage->hide();
    m_mediaImage->installEventFilter(this); // a click on a blurred picture shows it
    // The pill sits in the middle of the picture it hides.
    m_revealMedia = new RevealPill(m_mediaImage);
    m_revealMedia->setText(tr("Sensitive photo: show"));
    m_revealMedia->setAccessibleName(tr("Show the sensitive photo"));
    m_revealMedia->setAccessibleDescription(tr("The photo is blurred until you choose to see it."));
    m_revealMedia->hide();
    connect(m_revealMedia, &QAbstractButton::clicked, this, &PostPage::revealMedia);
    auto *pillLayout = new QGridLayout(m_mediaImage);
    pillLayout->setContentsMargins(0, 0, 0, 0);
    pillLayout->addWidget(m_revealMedia, 0, 0, Qt::AlignCenter);
    m_mediaCaption->setForegroundRole(QPalette::PlaceholderText);
    connect(m_seeMedia, &QPushButton::clicked, this, [this] {
        if (!m_post || !m_post->media)
            return;
        // Asking for the full photo is choosing to see it.
        if (isMediaBlurred())
            revealMedia();
        Q_EMIT mediaRequested(m_post->media->id);
    });
    auto *mediaLayout = new QVBoxLayout(m_media);
    mediaLayout->setContentsMargins(0, 0, 0, 0);
    // As wide as the picture, so that the pill is in its middle.
    mediaLayout->addWidget(m_mediaImage, 0, Qt::AlignLeft);
    auto *mediaRow = new QHBoxLayout;
    mediaRow->addWidget(m_mediaCaption, 1);
    mediaRow->addWidget(m_seeMedia);
    mediaLayout->addLayout(mediaRow);

    m_hashtagLayout->setContentsMargins(0, 0, 0, 0);
    m_hashtagLayout->addStretch();
    m_hashtags->setAccessibleName(tr("Hashtags"));

    auto *reactions = new QWidget(m_postPane);
    reactions->setAccessibleName(tr("Reactions"));
    auto *reactionLayout = new QHBoxLayout(reactions);
    reactionLayout->setContentsMargins(0, 0, 0, 0);
    for (ReactionKind kind : AllReactionKinds) {
        auto *button = new QToolButton(reactions);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QToolButton::clicked, this, [this, kind] { react(kind); });
        reactionLayout->addWidget(button);
        m_reactionButtons.emplace(kind, button);
    }
    reactionLayout->addStretch();
    m_counts->setForegroundRole(QPalette::PlaceholderText);

    m_editPost->setAccessibleDescription(tr("Change the title, the text or the hashtags."));
    m_deletePost->setAccessibleDescription(tr("Removes the post and its comments."));
    connect(
        m_editPost, &QPushButton::clicked, this, [this] { Q_EMIT editPostRequested(m_postId); });
    connect(m_deletePost, &QPushButton::clicked, this, &PostPage::deletePost);
    auto *headlineRow = new QHBoxLayout;
    headlineRow->addWidget(m_headline, 1);
    headlineRow->addWidget(m_editPost);
    headlineRow->addWidget(m_deletePost);
    headlineRow->addWidget(m_more);
    // Someone else's post: report it, or block its author.
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("More actions for this post"));
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setFocusPolicy(Qt::StrongFocus);
    auto *moreMenu = new QMenu(m_more);
    moreMenu->addAction(tr("Re&port post…"), this, [this] {
        if (m_post)
            Q_EMIT reportPostRequested(m_post->id);
    });
    QAction *blockAuthor = moreMenu->addAction(QString(), this, [this] {
        if (m_post)
            Q_EMIT blockRequested(m_post->author);
    });
    connect(moreMenu, &QMenu::aboutToShow, this, [this, blockAuthor] {
        blockAuthor->setText(m_post
                ? tr("&Block %1…").arg(QString(m_post->author.displayName).replace(u'&', u"&&"_s))
                : tr("&Block…"));
    });
    m_more->setMenu(moreMenu);
    m_more->hide();

    // The fold: why the post is folded, and the one way past it.
    m_fold = new QFrame(m_postPane);
    m_fold->setFrameShape(QFrame::StyledPanel);
    m_fold->setAccessibleName(tr("Folded post"));
    m_foldSummary = plainLabel(m_fold);
    m_showPost = new QPushButton(tr("Show post"), m_fold);
    m_showPost->setAccessibleName(tr("Show post"));
    m_showPost->setAutoDefault(true); // Enter shows it too, as Space does
    connect(m_showPost, &QPushButton::clicked, this, [this] {
        if (m_care && m_post)
            m_care->openPost(m_post->id);
    });
    auto *foldLayout = new QHBoxLayout(m_fold);
    foldLayout->addWidget(m_foldSummary, 1);
    foldLayout->addWidget(m_showPost, 0, Qt::AlignVCenter);
    m_fold->hide();

    m_content = new QWidget(m_postPane);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_warning);
    contentLayout->addWidget(m_text);
    contentLayout->addWidget(m_media);
    contentLayout->addWidget(m_hashtags);

    auto *postLayout = new QVBoxLayout(m_postPane);
    postLayout->addWidget(m_unavailable);
    postLayout->addLayout(headlineRow);
    postLayout->addWidget(m_fold);
    postLayout->addWidget(m_content);
    postLayout->addWidget(m_counts);
    postLayout->addWidget(reactions);
    postLayout->addStretch();

    auto *postScroll = new QScrollArea;
    postScroll->setWidget(m_postPane);
    postScroll->setWidgetResizable(true);
    postScroll->setFrameShape(QFrame::NoFrame);
    postScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    postScroll->setFocusPolicy(Qt::NoFocus);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->hide();

    // The thread.
    auto *commentsTitle = plainLabel(this);
    commentsTitle->setText(tr("Comments"));
    QFont sectionFont = commentsTitle->font();
    sectionFont.setBold(true);
    commentsTitle->setFont(sectionFont);
    auto *proxy = new ThreadProxy(m_commentDelegate, this);
    proxy->setSourceModel(m_commentModel);
    m_commentView->setModel(proxy);
    m_commentView->setItemDelegate(m_commentDelegate);
    m_commentView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_commentView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_commentView->setResizeMode(QListView::Adjust);
    m_commentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_commentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_commentView->setFrameShape(QFrame::NoFrame);
    m_commentView->setAccessibleName(tr("Comments"));
    m_commentView->setAccessibleDescription(
        tr("Press R to reply to the selected comment, or the menu key for more."));
    m_commentView->installEventFilter(this);
    m_commentView->viewport()->installEventFilter(this);
    m_commentState->setAlignment(Qt::AlignCenter);
    m_commentState->setForegroundRole(QPalette::PlaceholderText);
    m_commentStack->addWidget(m_commentView);
    m_commentStack->addWidget(m_commentState);
    connect(
        m_commentDelegate, &CommentDelegate::replyClicked, this, [this](const QModelIndex &index) {
            replyTo(index.data(CommentModel::IdRole).toLongLong());
        });
    connect(
        m_commentDelegate, &CommentDelegate::showClicked, this, [this](const QModelIndex &index) {
            if (m_care)
                m_care->openComment(index.data(CommentModel::IdRole).toLongLong());
        });
    // Rows change height with their text: let the view measure them again.
    connect(proxy, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                Q_EMIT m_commentDelegate->sizeHintChanged(m_commentView->model()->index(row, 0));
        });
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &PostPage::updateCommentState);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &PostPage::updateCommentState);
    connect(proxy, &QAbstractItemModel::modelReset, this, &PostPage::updateCommentState);
    // A comment may bring the crisis notice.
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &PostPage::updateCrisisNotice);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &PostPage::updateCrisisNotice);
    connect(proxy, &QAbstractItemModel::modelReset, this, &PostPage::updateCrisisNotice);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &PostPage::updateCrisisNotice);

    auto *commentsPane = new QWidget;
    auto *commentsLayout = new QVBoxLayout(commentsPane);
    // The thread's edges line up with the post's.
    commentsLayout->setContentsMargins(
        postLayout->contentsMargins().left(), 0, postLayout->contentsMargins().right(), 0);
    commentsLayout->addWidget(commentsTitle);
    commentsLayout->addWidget(m_commentStack, 1);

    // The comment box.
    m_replyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_cancelReply->setAccessibleName(tr("Cancel the reply"));
    connect(m_cancelReply, &QPushButton::clicked, this, &PostPage::cancelReplyOrEdit);
    auto *replyLayout = new QHBoxLayout(m_replyBar);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_replyLabel, 1);
    replyLayout->addWidget(m_cancelReply);
    m_replyBar->hide();

    m_box->setAccessibleName(tr("Write a comment"));
    m_box->setAccessibleDescription(tr("Ctrl+Enter sends."));
    m_box->setTabChangesFocus(true);
    const QFontMetrics metrics(m_box->font());
    m_box->setFixedHeight(metrics.lineSpacing() * 3 + 2 * m_box->frameWidth()
        + int(2 * m_box->document()->documentMargin()) + 4);
    m_box->installEventFilter(this);
    connect(m_box, &QPlainTextEdit::textChanged, this, &PostPage::updateComposer);
    // The box's words are kept soon after the first unsaved change: more typing does not
    // put the save off.
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(CommentDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &PostPage::saveCommentDraft);
    connect(m_box, &QPlainTextEdit::textChanged, this, [this] {
        if (m_drafts && !m_draftTimer->isActive())
            m_draftTimer->start();
    });
    m_boxHint->hide();
    m_send->setAccessibleName(tr("Send comment"));
    connect(m_send, &QPushButton::clicked, this, &PostPage::send);
    auto *boxRow = new QHBoxLayout;
    boxRow->addWidget(m_box, 1);
    boxRow->addWidget(m_send, 0, Qt::AlignBottom);

    // The post takes the height it needs (up to most of the page), the thread the rest;
    // once the person drags the handle, their split stays.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(postScroll);
    m_splitter->addWidget(commentsPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitSetByHand = true; });
    m_postPane->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_replyBar);
    layout->addLayout(boxRow);
    layout->addWidget(m_boxHint);

    if (m_engine) {
        connect(m_engine, &SyncEngine::postsChanged, this, &PostPage::refreshPosts);
        connect(m_engine, &SyncEngine::postsRemoved, this, &PostPage::refreshPosts);
        connect(m_engine, &SyncEngine::commentsChanged, this, [this](qint64 postId) {
            if (postId == m_postId && m_loadingComments) {
                m_loadingComments = false;
                updateCommentState();
            }
        });
        connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
            if (state == SyncEngine::State::Syncing)
                return;
            if (m_loadingComments) {
                m_loadingComments = false;
                updateCommentState();
            }
            if (m_loadingPost) {
                m_loadingPost = false;
                refreshPost();
            }
        });
    }

    updateComposer();
    updateCommentState();
    updateTabOrder();
}

PostPage::~PostPage()
{
    // Words typed in the last half second are kept too.
    if (m_draftTimer->isActive())
        saveCommentDraft();
}

void PostPage::showPost(qint64 postId)
{
    if (postId != m_postId) {
        // What is written for the post shown stays with it.
        saveCommentDraft();
        cancelReplyOrEdit();
        m_box->clear();
        m_draftTimer->stop();
        m_post.reset();
        m_mediaImage->clear();
        m_mediaImage->hide();
        m_mediaSource = {};
        m_mediaSourceId = 0;
        m_splitSetByHand = false; // a split dragged for one post does not fit the next
    }
    m_postId = postId;
    // The server's copy: the post may be missing here (opened from a link, or in an
    // account's new cache) or hold old counts.
    m_loadingPost = false;
    if (m_engine && postId > 0 && m_engine->isNetworkEnabled()) {
        m_engine->fetchPost(postId);
        m_loadingPost = m_engine->state() == SyncEngine::State::Syncing;
    }
    refreshPost();
    m_commentModel->setPost(postId);
    // The model asked the engine for the thread; until it answers, the empty thread is
    // a thread still loading.
    m_loadingComments = m_engine && postId != 0 && m_engine->state() == SyncEngine::State::Syncing;
    updateCommentState();
    if (m_box->toPlainText().isEmpty())
        loadCommentDraft();
}

void PostPage::setDrafts(DraftStore *drafts)
{
    m_drafts = drafts;
    if (m_drafts && m_postId != 0 && m_box->toPlainText().isEmpty())
        loadCommentDraft();
}

QString PostPage::commentDraftKey() const
{
    return u"comment:post:%1"_s.arg(m_postId);
}

void PostPage::saveCommentDraft()
{
    m_draftTimer->stop();
    // An edit of a comment keeps the comment itself; only new words are drafts.
    if (!m_drafts || m_postId == 0 || m_mode == Mode::Edit)
        return;
    const QString text = m_box->toPlainText();
    if (Text::isBlank(text)) {
        m_drafts->remove(commentDraftKey());
        return;
    }
    m_drafts->save(commentDraftKey(), {{u"text"_s, text}, {u"parentId"_s, replyParentId()}});
}

void PostPage::loadCommentDraft()
{
    if (!m_drafts || m_postId == 0)
        return;
    if (const std::optional<QJsonObject> draft = m_drafts->load(commentDraftKey())) {
        restoreComment(draft->value(u"text"_s).toString(), draft->value(u"parentId"_s).toInteger());
        m_draftTimer->stop(); // nothing new to keep
    }
}

void PostPage::setMyHandle(const QString &handle)
{
    m_myHandle = handle;
    if (m_myHandle.isEmpty())
        cancelReplyOrEdit();
    if (m_post)
        showReactions(*m_post);
    updateComposer();
    updateOwnPostActions();
}

void PostPage::updateOwnPostActions()
{
    const bool mine = m_post && !m_myHandle.isEmpty() && m_post->author.handle == m_myHandle;
    m_editPost->setVisible(mine);
    m_deletePost->setVisible(mine);
    // (A post still waiting to be sent, with its local id, is the person's own.)
    m_more->setVisible(m_post && !mine && m_post->id > 0);
}

void PostPage::deletePost()
{
    if (!m_post || m_myHandle.isEmpty() || m_post->author.handle != m_myHandle)
        return;
    QPointer<PostPage> self(this);
    const qint64 postId = m_post->id;
    m_confirm(
        tr("Delete your post “%1” and its comments? This cannot be undone.").arg(m_post->title),
        [self, postId] {
            if (self)
                Q_EMIT self->deletePostRequested(postId);
        });
}

void PostPage::setMediaImage(const QImage &image)
{
    m_mediaSource = image;
    m_mediaSourceId = m_post && m_post->media ? m_post->media->id : 0;
    showMediaImage();
}

void PostPage::showMediaImage()
{
    const QImage &image = m_mediaSource;
    if (image.isNull()) {
        m_mediaImage->clear();
        m_mediaImage->hide();
        m_mediaBlurred = false;
        return;
    }
    // A video's poster goes to its player, which shows it until Play (blurred by itself).
    if (m_videoPlayer && !m_videoPlayer->isHidden()) {
        m_videoPlayer->setPoster(image);
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize bound = QSize(std::clamp(m_postPane->width() - 24, 160, 640), 300) * ratio;
    const QImage scaled = image.size().boundedTo(bound) == image.size()
        ? image
        : image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_mediaBlurred = isMediaBlurred();
    QPixmap pixmap = QPixmap::fromImage(m_mediaBlurred ? obscured(scaled) : scaled);
    pixmap.setDevicePixelRatio(ratio);
    m_mediaImage->setPixmap(pixmap);
    m_mediaImage->setAccessibleName(m_mediaCaption->text());
    if (m_mediaBlurred)
        m_mediaImage->setCursor(Qt::PointingHandCursor);
    else
        m_mediaImage->unsetCursor();
    const bool pillHadFocus = m_revealMedia->hasFocus();
    m_revealMedia->setVisible(m_mediaBlurred);
    if (pillHadFocus && !m_mediaBlurred)
        m_seeMedia->setFocus();
    m_mediaImage->show();
}

bool PostPage::isMediaBlurred() const
{
    return m_care && m_post && m_post->media
        && m_care->isBlurred(m_post->media->id, m_post->media->sensitive);
}

void PostPage::revealMedia()
{
    if (m_care && m_post && m_post->media)
        m_care->reveal(m_post->media->id); // Care::changed draws it sharp
}

QImage PostPage::shownMediaImage() const
{
    return m_mediaImage->isHidden() ? QImage() : m_mediaImage->pixmap().toImage();
}

void PostPage::setCare(Care *care)
{
    if (care == m_care)
        return;
    if (m_care)
        disconnect(m_care, nullptr, this, nullptr);
    m_care = care;
    m_commentDelegate->setCare(care);
    // The notice reads the lines of the Care it was made for.
    delete std::exchange(m_crisis, nullptr);
    if (m_care)
        connect(m_care, &Care::changed, this, &PostPage::applyCare);
    if (m_post)
        showMedia(*m_post); // blurred or not by the new rules
    applyCare();
}

void PostPage::applyCare()
{
    refreshPost();
    // Folded comments open or close, and say so to screen readers.
    static_cast<ThreadProxy *>(m_commentView->model())->allRowsChanged();
}

bool PostPage::isFolded() const
{
    return !m_fold->isHidden();
}

QString PostPage::foldText() const
{
    return isFolded() ? m_foldSummary->text() : QString();
}

void PostPage::updateFold()
{
    const ContentFold fold = m_care && m_post ? m_care->postFold(*m_post) : ContentFold{};
    const bool showHadFocus = m_showPost->hasFocus();
    m_foldSummary->setText(fold.folded ? fold.summary() : QString());
    m_showPost->setAccessibleDescription(m_foldSummary->text());
    m_content->setVisible(!fold.folded);
    m_fold->setVisible(fold.folded);
    // The thread answers what the fold keeps back: it waits behind the fold too.
    m_splitter->widget(1)->setVisible(!fold.folded);
    m_box->setVisible(!fold.folded);
    m_send->setVisible(!fold.folded);
    m_replyBar->setVisible(!fold.folded && m_mode != Mode::Comment);
    if (fold.folded)
        m_boxHint->hide();
    else
        updateComposer();
    // Opened from the keyboard: the reader goes on to what was folded.
    if (showHadFocus && !fold.folded)
        m_text->setFocus();
}

void PostPage::updateMediaBlur()
{
    if (!m_care || isMediaBlurred() == m_mediaBlurred)
        return;
    const bool inlineVideo = m_videoPlayer && !m_videoPlayer->isHidden();
    if (!inlineVideo) {
        showMediaImage();
        return;
    }
    // The player blurs a sensitive poster itself: it is given the video again, told
    // whether to, while nothing plays.
    if (m_videoPlayer->state() != VideoPlayer::State::Poster || !m_post || !m_post->media)
        return;
    Media media = *m_post->media;
    m_mediaBlurred = isMediaBlurred();
    media.sensitive = m_mediaBlurred;
    m_videoPlayer->setVideo(VideoPlayer::mediaUrl(m_server, media.id), media,
        m_mediaSourceId == media.id ? m_mediaSource : QImage());
}

void PostPage::updateCrisisNotice()
{
    bool touches = false;
    bool byThePost = false;
    if (m_care && m_post) {
        touches = m_care->touchesCrisis(m_post->title, m_post->body, m_post->hashtags);
        byThePost = touches;
        for (int row = 0; !touches && row < m_commentModel->rowCount(); ++row) {
            const QModelIndex index = m_commentModel->index(row);
            touches = !index.data(CommentModel::DeletedRole).toBool()
                && m_care->touchesCrisis({}, index.data(CommentModel::BodyRole).toString(), {});
        }
    }
    if (touches && !m_crisis) {
        m_crisis = new CrisisNotice(m_care->crisisLines(), CrisisNotice::Context::Reading);
        // At the top of the post, above its headline.
        static_cast<QVBoxLayout *>(m_postPane->layout())->insertWidget(1, m_crisis);
        connect(m_crisis, &CrisisNotice::linkActivated, this, &PostPage::linkActivated);
        connect(
            m_crisis, &CrisisNotice::changeCountryRequested, this, &PostPage::settingsRequested);
        updateTabOrder();
    }
    if (!m_crisis)
        return;
    if (touches) {
        m_crisis->setCountry(m_care->crisisCountry());
        // It names the subject only when the post itself is about it, and the reader has
        // not muted a word it uses: then the notice must not say what the fold keeps back.
        m_crisis->setNamesTheSubject(
            byThePost && m_care->postFold(*m_post).reason != ContentFold::Reason::MutedWord);
    }
    m_crisis->setVisible(touches);
}

void PostPage::setDeleteConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

QToolButton *PostPage::reactionButton(ReactionKind kind) const
{
    return m_reactionButtons.at(kind);
}

QString PostPage::headlineText() const
{
    return m_headline->text();
}

QString PostPage::titleText() const
{
    return m_title->text();
}

QString PostPage::countsText() const
{
    return m_counts->text();
}

QString PostPage::commentStateText() const
{
    return m_commentStack->currentWidget() == m_commentState ? m_commentState->text() : QString();
}

QString PostPage::replyBarText() const
{
    return m_replyBar->isHidden() ? QString() : m_replyLabel->text();
}

QString PostPage::reactionName(ReactionKind kind)
{
    return ReactionIcons::name(kind);
}

void PostPage::refreshPost()
{
    const std::optional<Post> post = m_postId != 0 ? m_feed.post(m_postId) : std::nullopt;
    m_unavailable->setVisible(m_postId != 0 && !post);
    const bool offline = m_engine
        && (!m_engine->isNetworkEnabled() || m_engine->state() == SyncEngine::State::Offline);
    m_unavailable->setText(m_loadingPost ? tr("Loading the post…")
            : offline
            ? tr("This post is not saved on this computer yet. It will show when Hearth can "
                 "reach the community.")
            : tr("This post is not available. It may have been deleted."));
    for (QWidget *part : std::initializer_list<QWidget *>{m_headline, m_text, m_counts})
        part->setVisible(post.has_value());
    if (!post) {
        m_post.reset();
        m_fold->hide();
        m_content->show();
        if (m_crisis)
            m_crisis->hide();
        m_headline->clear();
        m_title->clear();
        m_title->hide();
        m_warning->hide();
        m_text->clear();
        m_media->hide();
        m_counts->clear();
        showHashtags(Post{});
        for (const auto &[kind, button] : m_reactionButtons)
            button->hide();
        updateComposer();
        updateOwnPostActions();
        updateTabOrder();
        return;
    }
    // The text is laid out again only when it changed: a new count keeps the reader's place.
    const bool sameText = m_post && m_post->kind == post->kind && m_post->title == post->title
        && m_post->body == post->body && m_post->contentWarning == post->contentWarning;
    const std::optional<Post> previous = m_post;
    m_post = post;
    if (!sameText)
        showText(*post);
    if (!previous || previous->hashtags != post->hashtags)
        showHashtags(*post);
    if (!previous || previous->media != post->media)
        showMedia(*post);
    updateFold();
    updateMediaBlur();
    showReactions(*post);
    updateHeadline();
    const qint64 reactions = post->reactions.total();
    const qint64 comments = post->commentCount;
    // Quiet counts: no numbers at all, not even hidden ones.
    const bool quiet = m_care && m_care->quietCounts();
    m_counts->setText(quiet ? QString()
                            : QString(tr("%Ln reactions", nullptr, int(reactions)) + u" · "_s
                                + tr("%Ln comments", nullptr, int(comments))));
    m_counts->setVisible(!quiet);
    updateComposer();
    updateOwnPostActions();
    updateTabOrder();
    updateCrisisNotice();
}

void PostPage::refreshPosts(const QList<qint64> &postIds)
{
    if (m_postId != 0 && postIds.contains(m_postId))
        refreshPost();
}

void PostPage::refreshComments(qint64 postId)
{
    m_commentModel->threadChanged(postId);
}

void PostPage::followPostId(qint64 localId, qint64 serverId)
{
    if (localId != 0 && localId == m_postId) {
        m_postId = serverId;
        refreshPost();
        m_commentModel->setPost(serverId);
    }
}

void PostPage::showText(const Post &post)
{
    m_title->setText(post.title);
    m_title->setVisible(!post.title.isEmpty());
    m_warning->setText(tr("Content warning: %1").arg(post.contentWarning));
    m_warning->setVisible(!post.contentWarning.isEmpty());
    PostText::fill(*m_text->document(), post.body, post.kind == PostKind::Story,
        palette().color(QPalette::Link));
    m_text->document()->setDocumentMargin(0);
    static_cast<PostTextBrowser *>(m_text)->fitHeight();
}

void PostPage::showHashtags(const Post &post)
{
    qDeleteAll(m_hashtagButtons);
    m_hashtagButtons.clear();
    QPalette linkPalette = palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    for (const QString &tag : post.hashtags) {
        auto *button = new QPushButton(u"#"_s + tag, m_hashtags);
        button->setFlat(true);
        button->setPalette(linkPalette);
        button->setCursor(Qt::PointingHandCursor);
        button->setAccessibleName(tr("Topic %1").arg(tag));
        connect(button, &QPushButton::clicked, this, [this, tag] { Q_EMIT hashtagActivated(tag); });
        m_hashtagLayout->insertWidget(int(m_hashtagButtons.size()), button);
        m_hashtagButtons.append(button);
    }
    m_hashtags->setVisible(!m_hashtagButtons.isEmpty());
}

void PostPage::showMedia(const Post &post)
{
    m_mediaImage->clear();
    m_mediaImage->hide();
    if (!post.media) {
        m_media->hide();
        return;
    }
    const Media &media = *post.media;
    const bool video = media.kind == MediaKind::Video;
    QString caption = media.altText.isEmpty()
        ? (video ? tr("Video") : tr("Photo"))
        : (video ? tr("Video: %1") : tr("Photo: %1")).arg(media.altText);
    if (media.sensitive)
        caption += u" · "_s + tr("Sensitive");
    m_mediaCaption->setText(caption);
    m_seeMedia->setText(video ? tr("Play video") : tr("See full photo"));
    m_seeMedia->setAccessibleName(m_seeMedia->text());
    // A video plays here, in the post, with its own controls.
    const bool inline_ = video && m_server.isValid();
    if (inline_ && !m_videoPlayer) {
        m_videoPlayer = new VideoPlayer(m_media);
        static_cast<QVBoxLayout *>(m_media->layout())->insertWidget(0, m_videoPlayer);
    }
    // Without a Care the player blurs every sensitive poster; with one, as Care says.
    m_mediaBlurred = m_care ? isMediaBlurred() : media.sensitive;
    if (m_videoPlayer) {
        m_videoPlayer->setVisible(inline_);
        if (inline_) {
            Media shown = media;
            shown.sensitive = m_mediaBlurred;
            m_videoPlayer->setVideo(VideoPlayer::mediaUrl(m_server, media.id), shown);
        }
    }
    m_seeMedia->setVisible(!inline_);
    m_media->show();
    // The same picture, told differently (marked sensitive since): drawn again.
    if (m_mediaSourceId == media.id)
        showMediaImage();
}

void PostPage::showReactions(const Post &post)
{
    const QLocale locale;
    const bool signedIn = !m_myHandle.isEmpty();
    const bool quiet = m_care && m_care->quietCounts();
    for (const auto &[kind, button] : m_reactionButtons) {
        const QString name = reactionName(kind);
        const QString count = locale.toString(post.reactions.count(kind));
        const bool mine = post.reactions.mine() == kind;
        button->setChecked(mine);
        QFont font = button->font();
        font.setBold(mine);
        button->setFont(font);
        if (quiet) {
            // Just the kind: checked (and bold) when it is mine.
            button->setText(name);
            //: %1 is a reaction such as "Hug"
            button->setAccessibleName(mine ? tr("%1, yours").arg(name) : name);
        } else {
            button->setText(tr("%1 · %2", "reaction name, count").arg(name, count));
            button->setAccessibleName(
                mine ? tr("%1, %2, yours").arg(name, count) : tr("%1, %2").arg(name, count));
        }
        // Signed out, a reaction asks the person to sign in first (the window does that).
        button->setToolTip(signedIn
                ? (mine ? tr("Remove your reaction") : tr("React: %1").arg(name))
                : tr("React: %1 (you will be asked to sign in)").arg(name));
        button->show();
    }
}

void PostPage::updateHeadline()
{
    if (!m_post)
        return;
    QString line = kindLabel(m_post->kind) + u" · "_s + m_post->author.displayName + u" · "_s
        + PostCardDelegate::relativeTime(m_post->createdAt, QDateTime::currentDateTimeUtc());
    if (m_post->isEdited())
        line += u" "_s + tr("(edited)");
    if (m_post->teamPrompt)
        line = tr("From the community team") + u" · "_s + line;
    const LocalState state = m_feed.localState(m_post->id);
    if (state == LocalState::Pending)
        line += u" · "_s + tr("Waiting to send");
    else if (state == LocalState::Failed)
        line += u" · "_s + tr("Not sent");
    m_headline->setText(line);
    m_headline->setToolTip(state == LocalState::Failed ? m_feed.localError(m_post->id) : QString());
    // The text is where the keys land: a screen reader says whose post it is, and what.
    m_text->setAccessibleDescription(
        tr("%1 “%2” by %3, %4.", "kind, title, author, when")
            .arg(kindLabel(m_post->kind), m_post->title, m_post->author.displayName,
                PostCardDelegate::relativeTime(
                    m_post->createdAt, QDateTime::currentDateTimeUtc())));
}

void PostPage::updateCommentState()
{
    if (m_commentModel->rowCount() > 0) {
        m_commentStack->setCurrentWidget(m_commentView);
        return;
    }
    m_commentState->setText(m_loadingComments
            ? tr("Loading comments…")
            : tr("No comments yet. Be the first to say something kind."));
    m_commentStack->setCurrentWidget(m_commentState);
}

void PostPage::updateComposer()
{
    const bool signedIn = !m_myHandle.isEmpty();
    // Signed out, the box still takes words: sending asks the person to sign in, and the
    // words stay in the box until they are on their way.
    m_box->setEnabled(m_post.has_value());
    if (m_mode == Mode::Reply)
        m_box->setPlaceholderText(tr("Write a reply…"));
    else
        m_box->setPlaceholderText(tr("Write a comment…"));
    m_send->setText(m_mode == Mode::Edit ? tr("Save") : tr("Send"));
    m_send->setToolTip(
        signedIn ? tr("Send (Ctrl+Enter)") : tr("Send (Ctrl+Enter); you will be asked to sign in"));

    const QString text = m_box->toPlainText();
    const qsizetype over = Text::codePointCount(text) - Limits::MaxCommentLength;
    if (over > 0) {
        m_boxHint->setText(tr("%n characters too many", nullptr, int(over)));
    }
    m_boxHint->setVisible(over > 0);
    m_send->setEnabled(m_box->isEnabled() && !Text::isBlank(text) && over <= 0);
}

void PostPage::updateTabOrder()
{
    // The crisis notice's links, my post's actions, the fold, the text, its hashtags and
    // photo, the reactions, the thread, the box.
    QList<QWidget *> chain;
    if (m_crisis) {
        for (QWidget *link : m_crisis->findChildren<QWidget *>()) {
            if (link->focusPolicy() & Qt::TabFocus)
                chain.append(link);
        }
    }
    chain.append({m_editPost, m_deletePost, m_more, m_showPost, m_text});
    for (QPushButton *button : std::as_const(m_hashtagButtons))
        chain.append(button);
    chain.append({m_revealMedia, m_seeMedia});
    // The video's controls, where the video is: made after the page, they would come last.
    if (m_videoPlayer) {
        chain.append(
            {m_videoPlayer->playButton(), m_videoPlayer->seekBar(), m_videoPlayer->muteButton(),
                m_videoPlayer->openExternallyButton(), m_videoPlayer->retryButton()});
    }
    for (ReactionKind kind : AllReactionKinds)
        chain.append(m_reactionButtons.at(kind));
    chain.append({m_commentView, m_box, m_send, m_cancelReply});
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void PostPage::send()
{
    if (!m_send->isEnabled() || !m_post)
        return;
    const QString body = m_box->toPlainText().trimmed();
    // Words a refused write held are sent as they are now, changed or not.
    const bool replacing = m_unsentEntry != 0 && !m_myHandle.isEmpty();
    if (replacing)
        Q_EMIT unsentReplaced(std::exchange(m_unsentEntry, 0));
    switch (m_mode) {
    case Mode::Edit: {
        const QModelIndex index = commentIndex(m_targetCommentId);
        if (replacing || !index.isValid() || index.data(CommentModel::BodyRole).toString() != body)
            Q_EMIT editCommentRequested(m_targetCommentId, body);
        break;
    }
    case Mode::Reply:
        Q_EMIT commentRequested(m_postId, m_targetCommentId, body);
        break;
    case Mode::Comment:
        Q_EMIT commentRequested(m_postId, 0, body);
        break;
    }
    // Signed out, the window asks the person to sign in and then sends; the page is built
    // again for the account, and if they decide not to, the words are still here.
    if (m_myHandle.isEmpty())
        return;
    cancelReplyOrEdit();
    m_box->clear();
    m_draftTimer->stop();
    if (m_drafts)
        m_drafts->remove(commentDraftKey());
}

void PostPage::rewriteUnsent(
    qint64 entryId, const QString &body, qint64 parentCommentId, qint64 editedCommentId)
{
    // Words already in the box stay: the refused ones come after them.
    const QString before = m_box->toPlainText().trimmed();
    cancelReplyOrEdit();
    if (editedCommentId != 0) {
        editComment(editedCommentId);
        if (m_mode != Mode::Edit)
            return; // the comment is gone: nothing to change
    } else if (parentCommentId != 0) {
        setReplyTarget(parentCommentId);
    }
    m_box->setPlainText(
        before.isEmpty() || before == body.trimmed() ? body : before + u"\n\n"_s + body);
    m_box->moveCursor(QTextCursor::End);
    m_box->setFocus();
    m_unsentEntry = entryId;
}

void PostPage::focusStart()
{
    // (Without the post yet, the text takes the focus: the post shows there when it comes.)
    if (isFolded())
        m_showPost->setFocus(Qt::OtherFocusReason);
    else
        m_text->setFocus(Qt::OtherFocusReason);
}

void PostPage::restoreComment(const QString &text, qint64 parentCommentId)
{
    if (parentCommentId != 0)
        setReplyTarget(parentCommentId);
    m_box->setPlainText(text);
    m_box->moveCursor(QTextCursor::End);
}

void PostPage::setReplyTarget(qint64 parentCommentId)
{
    replyTo(parentCommentId);
    if (m_mode == Mode::Reply)
        return;
    // The comment is not in the thread shown (not loaded yet): still a reply to it.
    openReplyBar(Mode::Reply, parentCommentId, tr("Replying to a comment"));
}

void PostPage::openReplyBar(Mode mode, qint64 targetCommentId, const QString &label)
{
    m_mode = mode;
    m_targetCommentId = targetCommentId;
    m_replyLabel->setText(label);
    m_cancelReply->setAccessibleName(
        mode == Mode::Edit ? tr("Cancel the edit") : tr("Cancel the reply"));
    m_replyBar->show();
    updateComposer();
}

void PostPage::react(ReactionKind kind)
{
    if (!m_post)
        return;
    const bool again = m_post->reactions.mine() == kind;
    // The buttons show the cache: the outbox's optimistic write comes back through it.
    showReactions(*m_post);
    Q_EMIT reactRequested(m_postId, again ? std::nullopt : std::optional(kind));
}

void PostPage::replyTo(qint64 commentId)
{
    const QModelIndex index = commentIndex(commentId);
    if (!index.isValid() || index.data(CommentModel::DeletedRole).toBool())
        return;
    // Threads are one level deep: a reply to a reply answers its thread.
    const qint64 parent = index.data(CommentModel::DepthRole).toInt() > 0
        ? index.data(CommentModel::ParentIdRole).toLongLong()
        : commentId;
    if (m_mode == Mode::Edit)
        m_box->clear();
    openReplyBar(Mode::Reply, parent,
        tr("Replying to %1").arg(index.data(CommentModel::AuthorNameRole).toString()));
    m_box->setFocus();
}

void PostPage::editComment(qint64 commentId)
{
    const QModelIndex index = commentIndex(commentId);
    if (!index.isValid() || !isMine(index) || index.data(CommentModel::DeletedRole).toBool())
        return;
    openReplyBar(Mode::Edit, commentId, tr("Editing your comment"));
    m_box->setPlainText(index.data(CommentModel::BodyRole).toString());
    m_box->moveCursor(QTextCursor::End);
    updateComposer();
    m_box->setFocus();
}

void PostPage::deleteComment(qint64 commentId)
{
    const QModelIndex index = commentIndex(commentId);
    if (!index.isValid() || !isMine(index) || index.data(CommentModel::DeletedRole).toBool())
        return;
    QPointer<PostPage> self(this);
    m_confirm(tr("Delete your comment? This cannot be undone."), [self, commentId] {
        if (self)
            Q_EMIT self->deleteCommentRequested(commentId);
    });
}

void PostPage::cancelReplyOrEdit()
{
    m_unsentEntry = 0;
    if (m_mode == Mode::Edit)
        m_box->clear();
    m_mode = Mode::Comment;
    m_targetCommentId = 0;
    m_replyBar->hide();
    updateComposer();
}

QMenu *PostPage::createCommentMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (!index.isValid())
        return menu;
    const qint64 id = index.data(CommentModel::IdRole).toLongLong();
    const bool deleted = index.data(CommentModel::DeletedRole).toBool();
    QAction *reply = menu->addAction(tr("Reply"), this, [this, id] { replyTo(id); });
    reply->setShortcut(QKeySequence(Qt::Key_R));
    reply->setEnabled(!deleted);
    QAction *copy = menu->addAction(
        tr("Copy text"), this, [body = index.data(CommentModel::BodyRole).toString()] {
            QApplication::clipboard()->setText(body);
        });
    copy->setEnabled(!deleted);
    if (isMine(index) && !deleted) {
        menu->addSeparator();
        menu->addAction(tr("Edit"), this, [this, id] { editComment(id); });
        QAction *remove = menu->addAction(tr("Delete…"), this, [this, id] { deleteComment(id); });
        remove->setShortcut(QKeySequence(QKeySequence::Delete));
    } else if (!deleted && id > 0) {
        // Someone else's comment: report it, or block its author.
        User author;
        author.id = index.data(CommentModel::AuthorIdRole).toLongLong();
        author.handle = index.data(CommentModel::AuthorHandleRole).toString();
        author.displayName = index.data(CommentModel::AuthorNameRole).toString();
        menu->addSeparator();
        menu->addAction(
            tr("Report comment…"), this, [this, id] { Q_EMIT reportCommentRequested(id); });
        menu->addAction(tr("Block %1…").arg(QString(author.displayName).replace(u'&', u"&&"_s)),
            this, [this, author] { Q_EMIT blockRequested(author); });
    }
    return menu;
}

void PostPage::popUpCommentMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    if (!index.isValid())
        return;
    QMenu *menu = createCommentMenu(index, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPosition);
}

bool PostPage::isMine(const QModelIndex &index) const
{
    return !m_myHandle.isEmpty()
        && index.data(CommentModel::AuthorHandleRole).toString() == m_myHandle;
}

QModelIndex PostPage::commentIndex(qint64 commentId) const
{
    const int row = m_commentModel->rowOf(commentId);
    return row >= 0 ? m_commentModel->index(row) : QModelIndex();
}

void PostPage::anchorClicked(const QUrl &url)
{
    if (const QString tag = PostText::hashtagOf(url); !tag.isEmpty())
        Q_EMIT hashtagActivated(tag);
    else if (PostText::isWebLink(url))
        Q_EMIT linkActivated(url);
}

void PostPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Links take the palette's link colour, in light and dark alike.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        && m_post) {
        showText(*m_post);
        showHashtags(*m_post);
        updateTabOrder();
    }
}

void PostPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplit();
}

void PostPage::fitSplit()
{
    if (m_splitSetByHand)
        return;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    // The thread keeps at least a third of the page, so that it is seen to be there.
    const int threadMinimum
        = std::max(total / 3, m_splitter->widget(1)->minimumSizeHint().height());
    const int post
        = std::clamp(m_postPane->sizeHint().height(), 0, std::max(0, total - threadMinimum));
    m_splitter->setSizes({post, total - post});
}

bool PostPage::eventFilter(QObject *watched, QEvent *event)
{
    // The post's text, photo or actions changed its height: fit the split once the layout
    // has settled.
    if (watched == m_postPane && event->type() == QEvent::LayoutRequest && !m_fitQueued) {
        m_fitQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_fitQueued = false;
                fitSplit();
            },
            Qt::QueuedConnection);
    }
    if (watched == m_mediaImage && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && m_mediaBlurred) {
        revealMedia();
        return true;
    }
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_mode != Mode::Comment) {
            cancelReplyOrEdit();
            return true;
        }
    }
    if (watched == m_commentView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_commentView->currentIndex();
        const qint64 id = current.data(CommentModel::IdRole).toLongLong();
        if (current.isValid() && key->modifiers() == Qt::NoModifier) {
            // Space or Enter on a folded comment shows it.
            if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Return
                    || key->key() == Qt::Key_Enter)
                && m_care && m_commentDelegate->fold(current).folded) {
                m_care->openComment(id);
                return true;
            }
            if (key->key() == Qt::Key_R) {
                replyTo(id);
                return true;
            }
            if (key->key() == Qt::Key_Delete && isMine(current)) {
                deleteComment(id);
                return true;
            }
        }
    }
    if (event->type() == QEvent::ContextMenu
        && (watched == m_commentView || watched == m_commentView->viewport())) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QModelIndex index;
        QPoint position;
        if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
            index = m_commentView->currentIndex();
            position = m_commentView->viewport()->mapToGlobal(
                m_commentView->visualRect(index).topLeft() + QPoint(24, 24));
        } else {
            const QPoint inViewport = watched == m_commentView
                ? m_commentView->viewport()->mapFrom(m_commentView, menuEvent->pos())
                : menuEvent->pos();
            index = m_commentView->indexAt(inViewport);
            position = menuEvent->globalPos();
        }
        popUpCommentMenu(index, position);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth
