#include "MainWindow.h"

#include "TopicPage.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace Hearth {

MainWindow::MainWindow(FeedCache &cache, SyncEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_topicPage(new TopicPage(cache, engine, this))
    , m_syncStatus(new QLabel(this))
{
    setWindowTitle(tr("Hearth"));
    setCentralWidget(m_topicPage);
    statusBar()->addPermanentWidget(m_syncStatus);
    resize(760, 900);

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this,
        [this] { m_topicPage->showTopic(m_topicPage->slug()); });
    addAction(refresh);

    if (m_engine)
        connect(m_engine, &SyncEngine::stateChanged, this, &MainWindow::updateSyncStatus);
    // "last synced N minutes ago" moves on by itself.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    clock->start(std::chrono::seconds(30));
    updateSyncStatus();
}

QString MainWindow::syncStatusText() const
{
    if (!m_engine)
        return tr("Offline: showing what is saved on this computer");
    switch (m_engine->state()) {
    case SyncEngine::State::Syncing:
        return tr("Syncing…");
    case SyncEngine::State::Offline: {
        const QDateTime last = m_engine->lastSyncedAt();
        if (!last.isValid())
            return tr("Offline: showing what is saved on this computer");
        const int minutes = int(last.secsTo(QDateTime::currentDateTimeUtc()) / 60);
        return minutes == 1
            ? tr("Offline: showing saved posts, last synced %n minute ago", nullptr, minutes)
            : tr("Offline: showing saved posts, last synced %n minutes ago", nullptr, minutes);
    }
    case SyncEngine::State::Idle:
        break;
    }
    return tr("Online");
}

void MainWindow::updateSyncStatus()
{
    m_syncStatus->setText(syncStatusText());
}

} // namespace Hearth
