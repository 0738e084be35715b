#include "PostView.h"

#include "PostMediaView.h"
#include "PostText.h"
#include "PostTextBrowser.h"
#include "ReactionPill.h"
#include "api/Hashtags.h"
#include "api/PersonText.h"
#include "models/CommentModel.h"
#include "models/PostReader.h"
#include "models/PostWording.h"
#include "ui/care/Care.h"
#include "ui/care/CrisisNotice.h"
#include "ui/look/Avatar.h"
#include "ui/look/Metrics.h"
#include "ui/look/ReactionIcons.h"
#include "ui/media/VideoPlayer.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The slugs of the hashtags the text links.
QSet<QString> linkedHashtags(const QTextDocument &document)
{
    QSet<QString> slugs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isAnchor())
                continue;
            if (const QString tag = PostText::hashtagOf(QUrl(format.anchorHref())); !tag.isEmpty())
                slugs.insert(Hashtags::slug(tag));
        }
    }
    return slugs;
}

// A story's headings in the type scale below its title (Markdown makes a first-level heading
// larger than the title): h1 as a label, the lower levels at the body's size, in its weight.
void scaleHeadings(QTextDocument &document, const QFont &base)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        QFont font
            = Metrics::font(level == 1 ? Metrics::TextRole::Label : Metrics::TextRole::Body, base);
        font.setWeight(QFont::DemiBold);
        const auto scaled = [&font](QTextCharFormat format) {
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            format.setFontPointSize(font.pointSizeF());
            format.setFontWeight(font.weight());
            return format;
        };
        QTextCursor cursor(block);
        cursor.setBlockCharFormat(scaled(block.charFormat()));
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(scaled(fragment.charFormat()));
        }
    }
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

PostView::PostView(PostReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_pane(new QWidget)
    , m_unavailable(plainLabel(m_pane))
    , m_headline(plainLabel(m_pane))
    , m_title(plainLabel(m_pane))
    , m_warning(plainLabel(m_pane))
    , m_text(new PostTextBrowser(m_pane))
    , m_avatars(new Avatar(nullptr, this))
{
    m_headline->setForegroundRole(QPalette::PlaceholderText);
    m_headline->setFont(Metrics::font(Metrics::TextRole::Caption, m_headline->font()));
    m_title->setFont(Metrics::font(Metrics::TextRole::Title, m_title->font()));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont warningFont = m_warning->font();
    warningFont.setItalic(true);
    m_warning->setFont(warningFont);
    m_text->setAccessibleName(tr("Post text"));
    // A post is read for longer than a card: its words a step larger than the window's.
    m_text->setFont(Metrics::font(Metrics::TextRole::Reading, m_text->font()));
    fitMeasure();
    connect(m_text, &QTextBrowser::anchorClicked, this, &PostView::anchorClicked);

    m_media = new PostMediaView(m_pane);
    connect(m_media, &PostMediaView::mediaRequested, this, &PostView::mediaRequested);
    m_hashtags = new QWidget(m_pane);
    m_hashtagLayout = new QHBoxLayout(m_hashtags);
    m_hashtagLayout->setContentsMargins(0, 0, 0, 0);
    m_hashtagLayout->addStretch();
    m_hashtags->setAccessibleName(tr("Hashtags"));
    m_counts = plainLabel(m_pane);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_counts->setFont(Metrics::font(Metrics::TextRole::Caption, m_counts->font()));
    QHBoxLayout *headlineRow = buildHeadline();
    QWidget *reactions = buildReactions();
    buildFold();

    m_content = new QWidget(m_pane);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(Metrics::spaceL);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_warning);
    contentLayout->addWidget(m_text);
    contentLayout->addWidget(m_media);
    contentLayout->addWidget(m_hashtags);

    auto *postLayout = new QVBoxLayout(m_pane);
    postLayout->setContentsMargins(0, 0, 0, 0);
    postLayout->setSpacing(Metrics::spaceM);
    postLayout->addWidget(m_unavailable);
    postLayout->addLayout(headlineRow);
    postLayout->addWidget(m_fold);
    postLayout->addWidget(m_content);
    postLayout->addWidget(reactions);
    postLayout->addWidget(m_counts);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->hide();

    // The page's one scroll holds the post: the view has none of its own.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane);

    connect(m_reader, &PostReader::changed, this, &PostView::refreshPost);
}

QHBoxLayout *PostView::buildHeadline()
{
    m_editPost = new QPushButton(tr("&Edit post"), m_pane);
    m_deletePost = new QPushButton(tr("&Delete post"), m_pane);
    m_more = new QToolButton(m_pane);
    m_editPost->setAccessibleDescription(tr("Change the title, the text or the hashtags."));
    m_deletePost->setAccessibleDescription(tr("Removes the post and its comments."));
    connect(m_editPost, &QPushButton::clicked, this,
        [this] { Q_EMIT editPostRequested(m_reader->postId()); });
    connect(m_deletePost, &QPushButton::clicked, this, &PostView::deletePostClicked);
    // The author's disc (their initials), before the headline; a click opens their page.
    m_author = new QLabel(m_pane);
    m_author->setTextFormat(Qt::PlainText);
    m_author->setFixedSize(24, 24);
    m_author->setCursor(Qt::PointingHandCursor);
    m_author->installEventFilter(this);
    auto *headlineRow = new QHBoxLayout;
    headlineRow->addWidget(m_author);
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
    QAction *copyLink = moreMenu->addAction(tr("Copy &link"), this, [this] {
        if (m_post)
            Q_EMIT copyLinkRequested(m_post->id);
    });
    QAction *viewAuthor = moreMenu->addAction(QString(), this, [this] {
        if (m_post)
            Q_EMIT authorRequested(m_post->author.handle);
    });
    QAction *othersSeparator = moreMenu->addSeparator();
    QAction *report = moreMenu->addAction(tr("Re&port post…"), this, [this] {
        if (m_post)
            Q_EMIT reportPostRequested(m_post->id);
    });
    QAction *blockAuthor = moreMenu->addAction(QString(), this, [this] {
        if (m_post)
            Q_EMIT blockRequested(m_post->author);
    });
    connect(moreMenu, &QMenu::aboutToShow, this,
        [this, blockAuthor, copyLink, report, othersSeparator, viewAuthor] {
            // A post still waiting for the community has no address to link to yet; one's own
            // post is not reported, nor its author blocked.
            copyLink->setEnabled(m_post && m_post->id > 0);
            const bool others = !isOwnPost();
            for (QAction *action : {othersSeparator, report, blockAuthor})
                action->setVisible(others);
            viewAuthor->setText(m_post
                    ? tr("View %1’s &profile").arg(PersonText::inMenu(m_post->author.displayName))
                    : tr("View the author’s &profile"));
            blockAuthor->setText(m_post
                    ? tr("&Block %1…").arg(PersonText::inMenu(m_post->author.displayName))
                    : tr("&Block…"));
        });
    m_more->setMenu(moreMenu);
    m_more->hide();
    return headlineRow;
}

QWidget *PostView::buildReactions()
{
    auto *reactions = new QWidget(m_pane);
    reactions->setAccessibleName(tr("Reactions"));
    auto *reactionLayout = new QHBoxLayout(reactions);
    reactionLayout->setContentsMargins(0, 0, 0, 0);
    reactionLayout->setSpacing(Metrics::spaceS);
    for (ReactionKind kind : AllReactionKinds) {
        auto *button = new ReactionPill(kind, reactions);
        connect(button, &ReactionPill::clicked, this, [this, kind] { react(kind); });
        reactionLayout->addWidget(button);
        m_reactionButtons.emplace(kind, button);
    }
    reactionLayout->addStretch();
    return reactions;
}

void PostView::buildFold()
{
    // Why the post is folded, and the one way past it.
    m_fold = new QFrame(m_pane);
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
}

void PostView::showPost(qint64 postId)
{
    if (postId != m_reader->postId()) {
        m_post.reset();
        m_media->clear();
    }
    m_reader->open(postId);
}

bool PostView::isOwnPost() const
{
    return m_post && !m_myHandle.isEmpty() && m_post->author.handle == m_myHandle;
}

void PostView::setMyHandle(const QString &handle)
{
    m_myHandle = handle;
    if (m_post)
        showReactions(*m_post);
    updateOwnPostActions();
}

void PostView::setThread(const CommentModel *thread)
{
    if (m_thread)
        disconnect(m_thread, nullptr, this, nullptr);
    m_thread = thread;
    if (!m_thread)
        return;
    connect(m_thread, &QAbstractItemModel::rowsInserted, this, &PostView::updateCrisisNotice);
    connect(m_thread, &QAbstractItemModel::rowsRemoved, this, &PostView::updateCrisisNotice);
    connect(m_thread, &QAbstractItemModel::modelReset, this, &PostView::updateCrisisNotice);
    connect(m_thread, &QAbstractItemModel::dataChanged, this, &PostView::updateCrisisNotice);
}

void PostView::updateOwnPostActions()
{
    const bool mine = isOwnPost();
    m_editPost->setVisible(mine);
    m_deletePost->setVisible(mine);
    // Copy link is there for every post the community has (a post still waiting to be sent,
    // with its local id, has no link yet); Report and Block for other people's.
    m_more->setVisible(m_post && m_post->id > 0);
}

void PostView::setMediaImage(const QImage &image)
{
    m_media->setImage(image);
}

void PostView::setServer(const QUrl &server)
{
    m_media->setServer(server);
}

void PostView::setCare(Care *care)
{
    if (care == m_care)
        return;
    if (m_care)
        disconnect(m_care, nullptr, this, nullptr);
    m_care = care;
    // The notice reads the lines of the Care it was made for.
    delete std::exchange(m_crisis, nullptr);
    // What Care::changed may change: the fold, the blur, the counts, the notice's country.
    if (m_care)
        connect(m_care, &Care::changed, this, &PostView::refreshPost);
    m_media->setCare(care);
    if (m_post)
        m_media->showMedia(m_post->media); // blurred or not by the new rules
    refreshPost();
}

bool PostView::isFolded() const
{
    return !m_fold->isHidden();
}

QString PostView::foldText() const
{
    return isFolded() ? m_foldSummary->text() : QString();
}

void PostView::updateFold()
{
    const ContentFold fold = m_care && m_post ? m_care->postFold(*m_post) : ContentFold{};
    const bool showHadFocus = m_showPost->hasFocus();
    m_foldSummary->setText(fold.folded ? fold.summary() : QString());
    m_showPost->setAccessibleDescription(m_foldSummary->text());
    m_content->setVisible(!fold.folded);
    m_fold->setVisible(fold.folded);
    // The thread answers what the fold keeps back: it waits behind the fold too.
    Q_EMIT foldChanged(fold.folded);
    // Opened from the keyboard: the reader goes on to what was folded.
    if (showHadFocus && !fold.folded)
        m_text->setFocus();
}

void PostView::updateCrisisNotice()
{
    bool touches = false;
    bool byThePost = false;
    if (m_care && m_post) {
        touches = m_care->touchesCrisis(m_post->title, m_post->body, m_post->hashtags);
        byThePost = touches;
        for (int row = 0; m_thread && !touches && row < m_thread->rowCount(); ++row) {
            const QModelIndex index = m_thread->index(row);
            touches = !index.data(CommentModel::DeletedRole).toBool()
                && m_care->touchesCrisis({}, index.data(CommentModel::BodyRole).toString(), {});
        }
    }
    if (touches && !m_crisis) {
        m_crisis = new CrisisNotice(m_care->crisisLines(), CrisisNotice::Context::Reading);
        // At the top of the post, above its headline.
        static_cast<QVBoxLayout *>(m_pane->layout())->insertWidget(1, m_crisis);
        connect(m_crisis, &CrisisNotice::linkActivated, this, &PostView::linkActivated);
        connect(
            m_crisis, &CrisisNotice::changeCountryRequested, this, &PostView::settingsRequested);
        Q_EMIT tabChainChanged();
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

QString PostView::headlineText() const
{
    return m_headline->text();
}

QString PostView::titleText() const
{
    return m_title->text();
}

QString PostView::countsText() const
{
    return m_counts->text();
}

void PostView::refreshPost()
{
    const std::optional<Post> post = m_reader->post();
    m_unavailable->setVisible(m_reader->postId() != 0 && !post);
    m_unavailable->setText(m_reader->isLoading() ? tr("Loading the post…")
            : m_reader->isOffline()
            ? tr("This post is not saved on this computer yet. It will show when Hearth can "
                 "reach the community.")
            : tr("This post is not available. It may have been deleted."));
    for (QWidget *part : std::initializer_list<QWidget *>{m_headline, m_text, m_counts})
        part->setVisible(post.has_value());
    if (!post) {
        clearPost();
        return;
    }
    // The text is laid out again only when it changed: a new count keeps the reader's place.
    const bool sameText = m_post && m_post->kind == post->kind && m_post->title == post->title
        && m_post->body == post->body && m_post->contentWarning == post->contentWarning;
    const std::optional<Post> previous = m_post;
    m_post = post;
    if (!sameText)
        showText(*post);
    // The chips are the tags the text does not link already.
    if (!sameText || !previous || previous->hashtags != post->hashtags)
        showHashtags(*post);
    if (!previous || previous->media != post->media)
        m_media->showMedia(post->media);
    updateFold();
    m_media->updateBlur();
    showReactions(*post);
    updateHeadline();
    showCounts(*post);
    Q_EMIT refreshed();
    updateOwnPostActions();
    Q_EMIT tabChainChanged();
    updateCrisisNotice();
}

void PostView::clearPost()
{
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
    m_media->hideMedia();
    m_counts->clear();
    showHashtags(Post{});
    for (const auto &[kind, button] : m_reactionButtons)
        button->hide();
    Q_EMIT refreshed();
    updateOwnPostActions();
    Q_EMIT tabChainChanged();
}

void PostView::showCounts(const Post &post)
{
    const qint64 reactions = post.reactions.total();
    const qint64 comments = post.commentCount;
    // Quiet counts: no numbers at all, not even hidden ones.
    const bool quiet = m_care && m_care->quietCounts();
    m_counts->setText(quiet ? QString() : PostWording::countsLine(int(reactions), int(comments)));
    m_counts->setVisible(!quiet);
}
void PostView::showText(const Post &post)
{
    // The title is a label of its own, its direction its first letter's: it needs no isolate,
    // only to lose the controls that would show it otherwise than it was written.
    m_title->setText(PersonText::withoutDirectionControls(post.title));
    m_title->setVisible(!post.title.isEmpty());
    m_warning->setText(tr("Content warning: %1").arg(PersonText::isolated(post.contentWarning)));
    m_warning->setVisible(!post.contentWarning.isEmpty());
    PostText::fill(*m_text->document(), post.body, post.kind == PostKind::Story,
        palette().color(QPalette::Link));
    scaleHeadings(*m_text->document(), m_text->font());
    m_text->document()->setDocumentMargin(0);
    m_text->fitHeight();
}

void PostView::showHashtags(const Post &post)
{
    qDeleteAll(m_hashtagButtons);
    m_hashtagButtons.clear();
    QPalette linkPalette = palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    // Each tag once: where the text names it, its link there is the way to its topic; a chip
    // only for a tag the text does not link (given in the composer's hashtag field).
    const QSet<QString> linked = linkedHashtags(*m_text->document());
    for (const QString &tag : post.hashtags) {
        if (linked.contains(Hashtags::slug(tag)))
            continue;
        // A tag is a button of its own, nothing of Hearth's after it in its text: it needs
        // no isolate, only no controls, as on a card.
        auto *button
            = new QPushButton(u"#"_s + PersonText::withoutDirectionControls(tag), m_hashtags);
        button->setFlat(true);
        button->setPalette(linkPalette);
        button->setCursor(Qt::PointingHandCursor);
        button->setAccessibleName(tr("Topic %1").arg(PersonText::isolated(tag)));
        connect(button, &QPushButton::clicked, this, [this, tag] { Q_EMIT hashtagActivated(tag); });
        m_hashtagLayout->insertWidget(int(m_hashtagButtons.size()), button);
        m_hashtagButtons.append(button);
    }
    m_hashtags->setVisible(!m_hashtagButtons.isEmpty());
}

void PostView::showReactions(const Post &post)
{
    const bool signedIn = !m_myHandle.isEmpty();
    const bool quiet = m_care && m_care->quietCounts();
    for (const auto &[kind, button] : m_reactionButtons) {
        const QString name = ReactionIcons::name(kind);
        const bool mine = post.reactions.mine() == kind;
        // Quiet counts: just the kind, highlighted when it is mine.
        button->setReaction(
            quiet ? std::nullopt : std::optional<qint64>(post.reactions.count(kind)), mine);
        // Signed out, a reaction asks the person to sign in first (the window does that).
        button->setToolTip(signedIn
                ? (mine ? tr("Remove your reaction") : tr("React: %1").arg(name))
                : tr("React: %1 (you will be asked to sign in)").arg(name));
        button->show();
    }
}

void PostView::setImages(MediaImageCache *images)
{
    delete m_avatars;
    m_avatars = new Avatar(images, this);
    connect(m_avatars, &Avatar::changed, this, &PostView::updateHeadline);
    updateHeadline();
}

bool PostView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_author && event->type() == QEvent::MouseButtonRelease && m_post) {
        Q_EMIT authorRequested(m_post->author.handle);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PostView::updateHeadline()
{
    if (!m_post)
        return;
    m_author->setPixmap(m_avatars->pixmap(m_post->author, 24, devicePixelRatioF()));
    m_author->setAccessibleName(
        tr("%1’s page").arg(PersonText::isolated(m_post->author.displayName)));
    m_author->setToolTip(
        tr("View %1’s profile").arg(PostText::cardText(m_post->author.displayName, 200, false)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString line = PostWording::headline(
        m_post->kind, m_post->author.displayName, m_post->createdAt, m_post->isEdited(), now);
    if (m_post->teamPrompt)
        line = tr("From the community team") + u" · "_s + line;
    const PostReader::Delivery delivery = m_reader->delivery();
    const LocalState state = delivery == PostReader::Delivery::Waiting ? LocalState::Pending
        : delivery == PostReader::Delivery::Refused                    ? LocalState::Failed
                                                                       : LocalState::Synced;
    if (state != LocalState::Synced)
        line += u" · "_s + PostWording::localMark(state);
    m_headline->setText(line);
    m_headline->setToolTip(
        delivery == PostReader::Delivery::Refused ? m_reader->refusal() : QString());
    // The text is where the keys land: a screen reader says whose post it is, and what.
    m_text->setAccessibleDescription(
        tr("%1 “%2” by %3, %4.", "kind, title, author, when")
            .arg(PostWording::kindName(m_post->kind), PersonText::isolated(m_post->title),
                PersonText::isolated(m_post->author.displayName),
                PostWording::relativeTime(m_post->createdAt, now)));
}
void PostView::focusStart()
{
    // (Without the post yet, the text takes the focus: the post shows there when it comes.)
    if (isFolded())
        m_showPost->setFocus(Qt::OtherFocusReason);
    else
        m_text->setFocus(Qt::OtherFocusReason);
}

void PostView::react(ReactionKind kind)
{
    if (!m_post)
        return;
    const bool again = m_post->reactions.mine() == kind;
    // The buttons show the cache: the outbox's optimistic write comes back through it.
    showReactions(*m_post);
    Q_EMIT reactRequested(m_reader->postId(), again ? std::nullopt : std::optional(kind));
}

void PostView::anchorClicked(const QUrl &url)
{
    if (const QString tag = PostText::hashtagOf(url); !tag.isEmpty())
        Q_EMIT hashtagActivated(tag);
    else if (const QString handle = PostText::mentionOf(url); !handle.isEmpty())
        Q_EMIT mentionActivated(handle);
    else if (PostText::isWebLink(url))
        Q_EMIT linkActivated(url);
}

void PostView::fitMeasure()
{
    // About 70 characters a line, however wide the column: a long line tires the eye before
    // it finds the next one. (A "ch", the advance of "0", is wider than an average letter.)
    m_text->setMaximumWidth(int(MeasureCh * QFontMetricsF(m_text->font()).horizontalAdvance(u'0')));
}

void PostView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitMeasure();
    // Links take the palette's link colour, in light and dark alike.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        && m_post) {
        showText(*m_post);
        showHashtags(*m_post);
        Q_EMIT tabChainChanged();
    }
}

QList<QWidget *> PostView::tabChain() const
{
    // The crisis notice's links, my post's actions, the fold, the text, its hashtags and
    // photo, the reactions.
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
    chain.append(m_media->tabChain());
    for (ReactionKind kind : AllReactionKinds)
        chain.append(m_reactionButtons.at(kind));
    return chain;
}

} // namespace Hearth
