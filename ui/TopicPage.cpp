#include "TopicPage.h"

#include "PostCardDelegate.h"
#include "TopicHeader.h"
#include "cache/FeedCache.h"
#include "models/FeedModel.h"
#include "sync/SyncEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QTabBar>
#include <QVBoxLayout>

namespace Hearth {

namespace {

// The tabs' order, and what each shows.
constexpr FeedKind kindsInTabOrder[]
    = {FeedKind::All, FeedKind::Story, FeedKind::Post, FeedKind::Video};
constexpr FeedSort sortsInTabOrder[] = {FeedSort::Latest, FeedSort::Trending};

} // namespace

TopicPage::TopicPage(FeedCache &cache, SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_engine(engine)
    , m_header(new TopicHeader(this))
    , m_sectionTitle(new QLabel(this))
    , m_kinds(new QTabBar(this))
    , m_sorts(new QTabBar(this))
    , m_feed(new QListView(this))
    , m_model(new FeedModel(cache, engine, this))
{
    QFont sectionFont = m_sectionTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    m_sectionTitle->setFont(sectionFont);
    m_sectionTitle->setTextFormat(Qt::PlainText);

    m_kinds->addTab(tr("All"));
    m_kinds->addTab(tr("Stories"));
    m_kinds->addTab(tr("Posts"));
    m_kinds->addTab(tr("Videos"));
    m_kinds->setAccessibleName(tr("Show"));
    m_sorts->addTab(tr("Latest"));
    m_sorts->addTab(tr("Trending"));
    m_sorts->setAccessibleName(tr("Order"));
    connect(m_kinds, &QTabBar::currentChanged, this, &TopicPage::showFeed);
    connect(m_sorts, &QTabBar::currentChanged, this, &TopicPage::showFeed);

    m_feed->setModel(m_model);
    m_feed->setItemDelegate(new PostCardDelegate(m_feed));
    m_feed->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_feed->setUniformItemSizes(true); // cards have one height: scrolling never measures
    m_feed->setMouseTracking(true);
    m_feed->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_feed->setResizeMode(QListView::Adjust);
    m_feed->setAccessibleName(tr("Posts"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kinds);
    filters->addStretch();
    filters->addWidget(m_sorts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_sectionTitle);
    layout->addLayout(filters);
    layout->addWidget(m_feed, 1);

    if (m_engine) {
        connect(m_engine, &SyncEngine::topicChanged, this, [this](const QString &slug) {
            if (slug == m_slug)
                refreshHeader();
        });
    }
}

void TopicPage::showTopic(const QString &slug)
{
    m_slug = slug;
    refreshHeader();
    showFeed();
}

void TopicPage::refreshHeader()
{
    const std::optional<Topic> topic = m_cache.topic(m_slug);
    const QString name = topic ? topic->name : m_slug;
    m_header->setTopic(topic.value_or(Topic{m_slug, m_slug, m_slug, {}, {}, false}));
    m_sectionTitle->setText(tr("What's new in %1").arg(name));
}

void TopicPage::showFeed()
{
    if (m_slug.isEmpty())
        return;
    const FeedKind kind = kindsInTabOrder[std::max(0, m_kinds->currentIndex())];
    const FeedSort sort = sortsInTabOrder[std::max(0, m_sorts->currentIndex())];
    // The cached items at once; then the server's, when they come.
    m_model->setFeed(m_slug, kind, sort);
    if (m_engine)
        m_engine->refreshTopic(m_slug, kind, sort);
}

} // namespace Hearth
