#pragma once

#include <QMainWindow>

class QLabel;

namespace Hearth {

class FeedCache;
class SyncEngine;
class TopicPage;

// Hearth's window: the topic page in the middle and, below, a plain word on the sync
// state (online, syncing, or offline with the time of the last sync).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(FeedCache &cache, SyncEngine *engine, QWidget *parent = nullptr);

    TopicPage *topicPage() const { return m_topicPage; }
    QString syncStatusText() const;

private:
    void updateSyncStatus();

    SyncEngine *m_engine;
    TopicPage *m_topicPage;
    QLabel *m_syncStatus;
};

} // namespace Hearth
