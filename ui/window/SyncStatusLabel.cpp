#include "SyncStatusLabel.h"

#include "sync/Community.h"
#include "sync/SyncEngine.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Hearth {

SyncStatusLabel::SyncStatusLabel(const Community &community, QWidget *parent)
    : QLabel(parent), m_community(community)
{
    setAccessibleName(tr("Sync status"));
    // "last synced N minutes ago" moves on by itself.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &SyncStatusLabel::refresh);
    clock->start(std::chrono::seconds(30));
}

void SyncStatusLabel::setEngine(const SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine)
        connect(m_engine, &SyncEngine::stateChanged, this, &SyncStatusLabel::refresh);
    refresh();
}

void SyncStatusLabel::setPendingWrites(int count)
{
    m_pendingWrites = count;
    refresh();
}

void SyncStatusLabel::refresh()
{
    setText(statusText());
}

QString SyncStatusLabel::statusText() const
{
    QString status;
    if (!m_engine || !m_community.isNetworkEnabled()) {
        status = tr("Offline: showing what is saved on this computer");
    } else {
        switch (m_engine->state()) {
        case SyncEngine::State::Syncing:
            status = tr("Syncing…");
            break;
        case SyncEngine::State::Offline: {
            const QDateTime last = m_engine->lastSyncedAt();
            if (!last.isValid()) {
                status = tr("Offline: showing what is saved on this computer");
                break;
            }
            const int minutes = int(last.secsTo(QDateTime::currentDateTimeUtc()) / 60);
            status = minutes < 1
                ? tr("Offline: showing saved posts, last synced less than a minute ago")
                : tr("Offline: showing saved posts, last synced %n minutes ago", nullptr, minutes);
            break;
        }
        case SyncEngine::State::Idle:
            status = tr("Online");
            break;
        }
    }
    if (m_pendingWrites > 0)
        status += u" · "_s + tr("%n changes waiting to be sent", nullptr, m_pendingWrites);
    return status;
}

} // namespace Hearth
