#pragma once

#include <QLabel>

namespace Hearth {

class Community;
class SyncEngine;

// The plain word on the sync state at the bottom of the window: "Online", "Sending 3
// changes…", or "Offline · last synced 12 minutes ago" (moving on by itself) with the
// writes waiting to be sent.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    // community must outlive the label: with its network off, only what is saved shows.
    explicit SyncStatusLabel(const Community &community, QWidget *parent = nullptr);

    // The engine of the cache shown, or null while there is none; it must outlive its use
    // here (set null before it goes).
    void setEngine(const SyncEngine *engine);
    void setPendingWrites(int count);

    // What the label says now.
    QString statusText() const;

public Q_SLOTS:
    // Says the state again (the engine and the writes tell their changes by themselves).
    void refresh();

private:
    const Community &m_community;
    const SyncEngine *m_engine = nullptr;
    int m_pendingWrites = 0;
};

} // namespace Hearth
