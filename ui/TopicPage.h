#pragma once

#include "api/Enums.h"

#include <QWidget>

class QLabel;
class QListView;
class QTabBar;

namespace Hearth {

class FeedCache;
class FeedModel;
class SyncEngine;
class TopicHeader;

// The topic page: its header, "What's new in X", the filter tabs (All, Stories, Posts,
// Videos; Latest, Trending) and the feed of post cards. Everything shown comes from the
// cache at once; the sync engine refreshes it behind.
class TopicPage : public QWidget
{
    Q_OBJECT

public:
    TopicPage(FeedCache &cache, SyncEngine *engine, QWidget *parent = nullptr);

    void showTopic(const QString &slug);
    QString slug() const { return m_slug; }

    TopicHeader *header() const { return m_header; }
    FeedModel *model() const { return m_model; }
    QListView *feedView() const { return m_feed; }
    QTabBar *kindTabs() const { return m_kinds; }
    QTabBar *sortTabs() const { return m_sorts; }

private:
    void showFeed();
    void refreshHeader();

    FeedCache &m_cache;
    SyncEngine *m_engine;
    QString m_slug;
    TopicHeader *m_header;
    QLabel *m_sectionTitle;
    QTabBar *m_kinds;
    QTabBar *m_sorts;
    QListView *m_feed;
    FeedModel *m_model;
};

} // namespace Hearth
