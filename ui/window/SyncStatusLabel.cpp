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
    // "last synced N minutes ago" moves on by itself (checked twice a minute, so that it is
    // never a minute behind).
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
    const QString separator = u" · "_s;
    const bool networkOff = !m_engine || !m_community.isNetworkEnabled();
    const bool offline = networkOff || m_engine->state() == SyncEngine::State::Offline;
    if (!offline) {
        // Online, the writes waiting are on their way; a pull behind the window is no news
        // once the cache has been in step with the server once.
        if (m_pendingWrites > 0)
            return tr("Sending %n changes…", nullptr, m_pendingWrites);
        if (m_engine->state() == SyncEngine::State::Syncing && !m_engine->lastSyncedAt().isValid())
            return tr("Syncing…");
        return tr("Online");
    }
    QString status;
    const QDateTime last = networkOff ? QDateTime() : m_engine->lastSyncedAt();
    if (!last.isValid()) {
        status = tr("Offline: showing what is saved on this computer");
    } else {
        const int minutes = int(last.secsTo(QDateTime::currentDateTimeUtc()) / 60);
        status = tr("Offline") + separator
            + (minutes < 1 ? tr("last synced less than a minute ago")
                           : tr("last synced %n minutes ago", nullptr, minutes));
    }
    if (m_pendingWrites > 0)
        status += separator + tr("%n changes waiting to be sent", nullptr, m_pendingWrites);
    return status;
}

} // namespace Hearth
