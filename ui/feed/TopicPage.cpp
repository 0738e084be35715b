#include "TopicPage.h"

#include "CardMenu.h"
#include "FeedView.h"
#include "PostCardDelegate.h"
#include "SegmentedControl.h"
#include "TopicHeader.h"
#include "api/Hashtags.h"
#include "models/FeedModel.h"
#include "models/TopicModel.h"
#include "sync/SyncEngine.h"
#include "ui/care/Care.h"
#include "ui/look/Metrics.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Hearth {

namespace {

// The tabs' order, and what each shows.
constexpr FeedKind kindsInTabOrder[]
    = {FeedKind::All, FeedKind::Story, FeedKind::Post, FeedKind::Video};
constexpr FeedSort sortsInTabOrder[] = {FeedSort::Latest, FeedSort::Trending};

template<typename T, std::size_t N>
int tabOf(const T (&values)[N], T value)
{
    const auto found = std::find(std::begin(values), std::end(values), value);
    return found == std::end(values) ? 0 : int(found - std::begin(values));
}

} // namespace

TopicPage::TopicPage(FeedCache &cache, SyncEngine *engine, MediaImageCache *images, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_topic(new TopicModel(cache, engine, this))
    , m_top(new QWidget(this))
    , m_topLayout(new QVBoxLayout(m_top))
    , m_header(new TopicHeader(m_top))
    , m_sectionTitle(new QLabel(m_top))
    , m_kinds(new SegmentedControl(m_top))
    , m_sorts(new SegmentedControl(m_top))
    , m_body(new QStackedWidget(this))
    , m_feed(new FeedView(m_body))
    , m_emptyState(new QLabel(m_body))
    , m_newPosts(new QPushButton(m_feed))
    , m_model(new FeedModel(cache, engine, this))
    , m_delegate(new PostCardDelegate(images, m_feed))
    , m_cardMenu(new CardMenu(this))
{
    setUpFilters();
    setUpFeed();
    connectHeader();
    if (m_engine)
        connectEngine();

    // The kinds on the left, the order on the right: one row, one band of height.
    auto *controls = new QHBoxLayout;
    controls->setSpacing(Metrics::spaceL);
    controls->addWidget(m_kinds, 0, Qt::AlignVCenter);
    controls->addStretch();
    controls->addWidget(m_sorts, 0, Qt::AlignVCenter);
    // The margins that line the top up with the column are not its own width: the window
    // may shrink to what the header and the controls need (see alignToColumn()).
    m_top->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_topLayout->setSpacing(Metrics::spaceM);
    m_topLayout->addWidget(m_header);
    m_topLayout->addSpacing(Metrics::spaceS);
    m_topLayout->addWidget(m_sectionTitle);
    m_topLayout->addLayout(controls);
    // The feed goes edge to edge, so that its scroll bar is at the window's edge and the
    // wheel works over the margins; the top lines up with its column (alignToColumn()).
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_top);
    layout->addWidget(m_body, 1);
    alignToColumn();
    // Tab goes down the page as it reads: the header, the kinds, the order, then the cards
    // (the segments are made after the feed).
    QWidget *previous = m_header->newslettersButton();
    for (SegmentedControl *segments : {m_kinds, m_sorts}) {
        for (int i = 0; i < segments->count(); ++i) {
            setTabOrder(previous, segments->segment(i));
            previous = segments->segment(i);
        }
    }
    setTabOrder(previous, m_feed);
    // No focus proxy to the feed: in Qt 6 a page with one is a Tab stop of its own, before
    // its header, and Tab would jump to the cards first. The window gives the feed the keys.
}

void TopicPage::setUpFilters()
{
    m_sectionTitle->setFont(Metrics::font(Metrics::TextRole::Label));
    m_sectionTitle->setTextFormat(Qt::PlainText);

    m_kinds->addSegment(tr("All"));
    m_kinds->addSegment(tr("Stories"));
    m_kinds->addSegment(tr("Posts"));
    m_kinds->addSegment(tr("Videos"));
    m_kinds->setAccessibleName(tr("Show"));
    m_kinds->setAccessibleDescription(
        tr("Which posts the feed shows: all, stories, posts or videos. Left and Right choose."));
    m_sorts->addSegment(tr("Latest"));
    m_sorts->addSegment(tr("Trending"));
    m_sorts->setAccessibleName(tr("Order"));
    m_sorts->setAccessibleDescription(
        tr("The order of the feed: latest first, or trending. Left and Right choose."));
    for (SegmentedControl *segments : {m_kinds, m_sorts}) {
        connect(segments, &SegmentedControl::currentChanged, this, [this] {
            showFeed();
            Q_EMIT locationChanged();
        });
    }
}

void TopicPage::setUpFeed()
{
    m_feed->setModel(m_model);
    m_feed->setItemDelegate(m_delegate);
    // FeedView scrolls by the pixel, measures only the cards near the viewport and keeps
    // the card under the reader in place when cards above it get their real heights.
    m_feed->verticalScrollBar()->setSingleStep(24);
    m_feed->setMouseTracking(true);
    m_feed->setSelectionMode(QAbstractItemView::SingleSelection);
    m_feed->setFrameShape(QFrame::NoFrame);
    m_feed->setAccessibleName(tr("Posts"));
    m_feed->setAccessibleDescription(
        tr("J and K move between posts, Enter opens one, Space shows the next screenful."));
    m_feed->installEventFilter(this);
    m_feed->viewport()->installEventFilter(this); // its resizes place the new-posts pill
    // The delegate's filter sees the viewport's events before the view does, so a right click
    // on React opens the reactions, not the card's menu.
    m_delegate->attachTo(m_feed);
    connect(m_feed, &FeedView::cardMenuRequested, this, &TopicPage::showCardMenu);
    connect(m_cardMenu, &CardMenu::postActivated, this, &TopicPage::postActivated);
    connect(m_cardMenu, &CardMenu::reactRequested, this, &TopicPage::reactRequested);
    connect(m_cardMenu, &CardMenu::copyLinkRequested, this, &TopicPage::copyLinkRequested);
    connect(m_cardMenu, &CardMenu::hashtagActivated, this, &TopicPage::hashtagActivated);
    connect(m_cardMenu, &CardMenu::authorActivated, this, &TopicPage::authorActivated);
    connect(m_cardMenu, &CardMenu::reportRequested, this, &TopicPage::reportRequested);
    connect(m_cardMenu, &CardMenu::blockRequested, this, &TopicPage::blockRequested);
    connect(m_delegate, &PostCardDelegate::reactRequested, this,
        [this](const QModelIndex &index, std::optional<ReactionKind> kind) {
            Q_EMIT reactRequested(index.data(FeedModel::IdRole).toLongLong(), kind);
        });
    connect(m_delegate, &PostCardDelegate::reactMenuRequested, this, &TopicPage::showReactionMenu);
    connect(m_feed, &QAbstractItemView::activated, this, &TopicPage::activate);
    connect(m_delegate, &PostCardDelegate::postActivated, this, &TopicPage::activate);
    connect(m_delegate, &PostCardDelegate::mediaActivated, this, &TopicPage::activateMedia);
    connect(m_delegate, &PostCardDelegate::hashtagActivated, this, &TopicPage::hashtagActivated);
    connect(m_delegate, &PostCardDelegate::authorActivated, this, [this](const QModelIndex &index) {
        Q_EMIT authorActivated(index.data(FeedModel::AuthorHandleRole).toString());
    });

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setMargin(Metrics::spaceXXL);
    m_body->addWidget(m_feed);
    m_body->addWidget(m_emptyState);
    m_body->installEventFilter(this);
    // Over the feed, at its top, in the middle: calm, and out of the cards' way.
    m_newPosts->setObjectName(QStringLiteral("newPosts"));
    // A pill: round ends, the palette's highlight, a little room around the words. Its shape
    // depends on the font alone, so it is set once, not with every count.
    const int pillHeight = m_newPosts->fontMetrics().height() + Metrics::spaceL;
    m_newPosts->setStyleSheet(QStringLiteral(
        "QPushButton#newPosts { background: palette(highlight); color: palette(highlighted-text);"
        " border: none; border-radius: %1px; padding: 0 %2px; font-weight: 600; }"
        "QPushButton#newPosts:focus { border: 2px solid palette(text); }")
                                  .arg(Metrics::radiusPill(pillHeight))
                                  .arg(Metrics::spaceXL));
    m_newPosts->setFixedHeight(pillHeight);
    m_newPosts->setCursor(Qt::PointingHandCursor);
    m_newPosts->setFocusPolicy(Qt::TabFocus);
    m_newPosts->hide();
    connect(m_newPosts, &QPushButton::clicked, this, &TopicPage::showNewPosts);
    connect(m_model, &FeedModel::newPostCountChanged, this, &TopicPage::updateNewPostsButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TopicPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TopicPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TopicPage::updateEmptyState);
    connect(m_feed->verticalScrollBar(), &QScrollBar::valueChanged, this, &TopicPage::followScroll);
}

void TopicPage::connectHeader()
{
    connect(m_header, &TopicHeader::joinToggled, this,
        [this](bool join) { Q_EMIT joinRequested(slug(), join); });
    connect(m_header, &TopicHeader::newslettersRequested, this,
        [this] { Q_EMIT newslettersRequested(slug()); });
    connect(m_header, &TopicHeader::createPostRequested, this,
        [this] { Q_EMIT createPostRequested(slug()); });
    connect(m_header, &TopicHeader::copyLinkRequested, this,
        [this] { Q_EMIT copyLinkRequested(Location::topic(slug())); });
    connect(m_header, &TopicHeader::keyboardEntered, this, [this] { setHeaderCompact(false); });
    connect(m_topic, &TopicModel::topicChanged, this, &TopicPage::refreshHeader);
}

void TopicPage::connectEngine()
{
    connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Idle)
            m_lastSyncFailed = false;
        updateEmptyState();
    });
    connect(m_engine, &SyncEngine::syncFailed, this, [this] {
        m_lastSyncFailed = true;
        updateEmptyState();
    });
}

void TopicPage::setMyHandle(const QString &handle)
{
    m_myHandle = handle;
    m_model->setMyHandle(handle);
    m_cardMenu->setMyHandle(handle);
}

void TopicPage::updateNewPostsButton(int count)
{
    if (count <= 0) {
        m_newPosts->hide();
        return;
    }
    m_newPosts->setText(tr("↑ %n new posts", nullptr, count));
    m_newPosts->setAccessibleName(tr("Show %n new posts", nullptr, count));
    m_newPosts->adjustSize();
    placeNewPostsButton();
    m_newPosts->show();
    m_newPosts->raise();
}

void TopicPage::placeNewPostsButton()
{
    // Over the middle of the cards' column, whatever the window's width.
    const QRect column = m_feed->columnRect().translated(m_feed->viewport()->pos());
    m_newPosts->move(
        column.left() + (column.width() - m_newPosts->width()) / 2, column.top() + Metrics::spaceM);
}

int TopicPage::collapseMargin()
{
    return 2 * Metrics::spaceXXL;
}

void TopicPage::followScroll(int value)
{
    if (!m_followingScroll)
        return;
    if (value <= 0) {
        setHeaderCompact(false);
        return;
    }
    if (m_header->isCompact())
        return;
    // Folded, the header gives the feed at most the top's height; after the cards are kept
    // in place the scroll value is then still collapseMargin() or more, and the feed long
    // enough to stay there: nothing brings it back to 0 but the reader.
    const int gain = m_top->height();
    const QScrollBar *bar = m_feed->verticalScrollBar();
    if (value < gain + collapseMargin() || bar->maximum() < gain + collapseMargin())
        return;
    setHeaderCompact(true);
}

void TopicPage::setHeaderCompact(bool compact)
{
    if (compact == m_header->isCompact())
        return;
    const int feedTop = m_body->y();
    m_header->setCompact(compact);
    // The section title says what the compact bar already does.
    m_sectionTitle->setVisible(!compact && !m_sectionTitle->text().isEmpty());
    alignToColumn();
    // Laid out now, not on the next turn of the event loop, so the scroll value can move
    // with the feed's top edge and the cards on the screen stay where they are: from the
    // header out, each layout asked again for the sizes it keeps.
    for (QWidget *widget : {static_cast<QWidget *>(m_header), m_top, static_cast<QWidget *>(this)})
        widget->layout()->invalidate();
    for (QWidget *widget : {static_cast<QWidget *>(m_header), m_top, static_cast<QWidget *>(this)})
        widget->layout()->activate();
    QScrollBar *bar = m_feed->verticalScrollBar();
    if (bar->value() > 0 && !bar->isSliderDown()) {
        // The page's own move, not the reader's: it decides nothing about the header.
        m_followingScroll = false;
        bar->setValue(bar->value() + (m_body->y() - feedTop));
        m_followingScroll = true;
    }
}

void TopicPage::alignToColumn()
{
    // The column's edges in the page, as the cards' frames are inset in it. With the feed
    // not shown (an empty state), where its column would be: the header does not jump when
    // the first cards come.
    int columnLeft = 0;
    int columnWidth = 0;
    if (m_body->currentWidget() == m_feed) {
        const QRect column = m_feed->columnRect();
        columnLeft = m_feed->viewport()->mapTo(this, column.topLeft()).x();
        columnWidth = column.width();
    } else {
        columnWidth = FeedView::columnWidthFor(m_body->width());
        columnLeft = m_body->x() + (m_body->width() - columnWidth) / 2;
    }
    const int left = columnLeft + CardLayout::Gap;
    const int right = width() - (columnLeft + columnWidth) + CardLayout::Gap;
    const bool compact = m_header->isCompact();
    m_topLayout->setContentsMargins(std::max(0, left), compact ? Metrics::spaceM : Metrics::spaceXL,
        std::max(0, right), Metrics::spaceM);
    const QMargins margins = m_topLayout->contentsMargins();
    m_top->setMinimumWidth(m_topLayout->minimumSize().width() - margins.left() - margins.right()
        + 2 * CardLayout::Gap);
}

void TopicPage::showNewPosts()
{
    m_model->showNewPosts();
    m_feed->scrollToTop();
    if (m_model->rowCount() > 0)
        m_feed->setCurrentIndex(m_model->index(0));
    updateEmptyState();
}

void TopicPage::showTopic(const QString &slug)
{
    showLocation(Location::topic(slug));
}

void TopicPage::showLocation(const Location &location)
{
    const bool sameFeed = location.feed == m_model->key();
    m_topic->setSlug(location.feed.slug);
    refreshHeader();
    {
        const QSignalBlocker kinds(m_kinds);
        const QSignalBlocker sorts(m_sorts);
        m_kinds->setCurrentIndex(tabOf(kindsInTabOrder, location.feed.kind));
        m_sorts->setCurrentIndex(tabOf(sortsInTabOrder, location.feed.sort));
    }
    if (!sameFeed || m_model->rowCount() == 0)
        showFeed();
    scrollToPost(location.topPostId);
    // Back on the card the keyboard was on, when it is still in view.
    const int current = location.currentPostId != 0 ? m_model->rowOf(location.currentPostId) : -1;
    if (current >= 0
        && m_feed->viewport()->rect().intersects(m_feed->visualRect(m_model->index(current))))
        m_feed->setCurrentIndex(m_model->index(current));
}

Location TopicPage::location() const
{
    Location here = Location::topic(slug());
    here.feed = m_model->key();
    const QModelIndex top = m_feed->indexAt(m_feed->columnRect().topLeft() + QPoint(4, 4));
    here.topPostId = top.isValid() ? top.data(FeedModel::IdRole).toLongLong() : 0;
    const QModelIndex current = m_feed->currentIndex();
    here.currentPostId = current.isValid() ? current.data(FeedModel::IdRole).toLongLong() : 0;
    return here;
}

void TopicPage::refresh()
{
    refreshHeader();
    m_model->refresh();
}

QString TopicPage::slug() const
{
    return m_topic->slug();
}

void TopicPage::refreshHeader()
{
    const QString slug = m_topic->slug();
    const std::optional<Topic> topic = m_topic->topic();
    const QString name = topic ? topic->name : slug;
    m_header->setTopic(topic.value_or(Topic{slug, slug, slug, {}, {}, false}));
    m_sectionTitle->setText(tr("What's new in %1").arg(name));
    m_sectionTitle->setVisible(!m_header->isCompact());
}

void TopicPage::showFeed()
{
    if (slug().isEmpty())
        return;
    const FeedKind kind = kindsInTabOrder[std::max(0, m_kinds->currentIndex())];
    const FeedSort sort = sortsInTabOrder[std::max(0, m_sorts->currentIndex())];
    // The cached items at once; then the server's, when they come.
    m_model->setFeed({slug(), kind, sort});
    if (m_model->rowCount() > 0 && !m_feed->currentIndex().isValid())
        m_feed->setCurrentIndex(m_model->index(0));
    updateEmptyState();
}

QString TopicPage::emptyStateText() const
{
    if (m_model->rowCount() > 0)
        return {};
    const QString name = m_topic->name();
    const bool offline = !m_engine || !m_engine->isNetworkEnabled()
        || m_engine->state() == SyncEngine::State::Offline;
    if (offline && m_cacheRebuilt) {
        return tr("Hearth repaired its saved copy of the community, so nothing from %1 is "
                  "on this computer right now. Saved posts come back once you're connected.")
            .arg(name);
    }
    if (offline) {
        return tr("You're offline, and nothing from %1 is saved on this computer yet. "
                  "It will appear here once you're connected.")
            .arg(name);
    }
    if (m_engine->state() == SyncEngine::State::Syncing)
        return tr("Loading %1…").arg(name);
    if (m_lastSyncFailed) {
        return tr("The community can't be reached right now. "
                  "Press F5 to try again.");
    }
    switch (m_model->key().kind) {
    case FeedKind::Story:
        return tr("No stories in %1 yet.").arg(name);
    case FeedKind::Post:
        return tr("No posts in %1 yet.").arg(name);
    case FeedKind::Video:
        return tr("No videos in %1 yet.").arg(name);
    case FeedKind::All:
        break;
    }
    return tr("Nothing in %1 yet. Be the first to share something.").arg(name);
}

void TopicPage::setCacheRebuilt(bool rebuilt)
{
    m_cacheRebuilt = rebuilt;
    if (!slug().isEmpty())
        updateEmptyState();
}

void TopicPage::updateEmptyState()
{
    const QString text = emptyStateText();
    m_emptyState->setText(text);
    m_body->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_feed) : m_emptyState);
    if (!text.isEmpty()) {
        m_emptyState->setAccessibleName(text);
        setHeaderCompact(false); // nothing scrolls: nothing to make room for
    }
    alignToColumn();
}

void TopicPage::scrollToPost(qint64 postId)
{
    if (postId == 0) {
        m_feed->scrollToTop();
        return;
    }
    // The card may be a few pages down: read on from the cache until it is there.
    int row = m_model->rowOf(postId);
    while (row < 0 && m_model->canFetchMore({}) && m_model->rowCount() < 2'000) {
        const int before = m_model->rowCount();
        m_model->fetchMore({});
        if (m_model->rowCount() == before)
            break;
        row = m_model->rowOf(postId);
    }
    if (row < 0)
        return;
    m_feed->setCurrentIndex(m_model->index(row));
    m_feed->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
}

void TopicPage::moveCurrent(int rows)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const QModelIndex current = m_feed->currentIndex();
    const int row = std::clamp(current.isValid() ? current.row() + rows : 0, 0, count - 1);
    m_feed->setCurrentIndex(m_model->index(row));
    m_feed->scrollTo(m_model->index(row));
    if (row == count - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void TopicPage::pageBy(int direction)
{
    QScrollBar *bar = m_feed->verticalScrollBar();
    bar->setValue(bar->value() + direction * bar->pageStep());
    const QModelIndex top = m_feed->indexAt(m_feed->columnRect().topLeft() + QPoint(4, 4));
    if (top.isValid())
        m_feed->setCurrentIndex(top);
}

void TopicPage::setCare(Care *care)
{
    m_care = care;
    m_delegate->setCare(care);
    m_cardMenu->setCare(care);
    if (!care) {
        m_model->setSpokenText({});
        m_model->setQuietCounts(false);
        return;
    }
    // A folded card is heard as it is seen: why, and how to open it.
    m_model->setSpokenText([care](const QModelIndex &index) {
        const ContentFold fold = care->postFold(index);
        if (!fold.folded)
            return QString();
        return tr("Folded post by %1: %2. Press Enter to show it.")
            .arg(index.data(FeedModel::AuthorNameRole).toString(), fold.summary());
    });
    m_model->setQuietCounts(care->quietCounts());
    connect(care, &Care::changed, this, [this] {
        if (!m_care)
            return;
        m_model->setQuietCounts(m_care->quietCounts());
        m_model->refreshSpokenText();
    });
}

void TopicPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(FeedModel::IdRole).toLongLong();
    if (m_care && m_care->postFold(index).folded) {
        m_care->openPost(id);
        return;
    }
    Q_EMIT postActivated(id);
}

void TopicPage::activateMedia(const QModelIndex &index)
{
    const qint64 mediaId = index.data(FeedModel::MediaIdRole).toLongLong();
    if (m_care && m_care->isBlurred(mediaId, index.data(FeedModel::MediaSensitiveRole).toBool())) {
        m_care->reveal(mediaId);
        return;
    }
    if (index.data(FeedModel::MediaIsVideoRole).toBool()
        || (m_care && m_care->postFold(index).folded)) {
        activate(index);
        return;
    }
    Q_EMIT photoRequested(index.data(FeedModel::IdRole).toLongLong());
}

void TopicPage::showCardMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    if (index.isValid())
        m_cardMenu->createMenu(index, this)->popup(globalPosition);
}

void TopicPage::showReactionMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    if (index.isValid())
        m_cardMenu->createReactionMenu(index, this)->popup(globalPosition);
}

bool TopicPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_feed && watched != m_feed->viewport() && watched != m_body)
        return QWidget::eventFilter(watched, event);
    // The viewport's size, not the feed's: the feed's own resize comes before its viewport's.
    if (event->type() == QEvent::Resize && watched == m_feed->viewport()) {
        placeNewPostsButton();
        alignToColumn();
    }
    if (watched == m_body) {
        if (event->type() == QEvent::Resize)
            alignToColumn();
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier && key->key() == Qt::Key_Home
            && m_model->newPostCount() > 0) {
            showNewPosts();
            return true;
        }
        if (modifiers == Qt::NoModifier && key->key() == Qt::Key_J) {
            moveCurrent(1);
            return true;
        }
        if (modifiers == Qt::NoModifier && key->key() == Qt::Key_K) {
            moveCurrent(-1);
            return true;
        }
        if (key->key() == Qt::Key_Space && (modifiers & ~Qt::ShiftModifier) == Qt::NoModifier) {
            pageBy(modifiers & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth
