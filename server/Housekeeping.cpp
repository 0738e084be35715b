#include "Housekeeping.h"

#include "Sql.h"
#include "Store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHousekeeping, "hearth.server.housekeeping")

namespace Hearth {

Housekeeping::Housekeeping(Store &store, const QDir &mediaDir, QObject *parent)
    : QObject(parent), m_store(store), m_mediaDir(mediaDir)
{
    connect(&m_timer, &QTimer::timeout, this, &Housekeeping::runOnce);
}

void Housekeeping::start(std::chrono::milliseconds interval)
{
    runOnce();
    m_timer.start(interval);
}

void Housekeeping::runOnce()
{
    try {
        const qint64 now = Sql::nowMs();
        Sql::Transaction transaction(m_store.connection());
        const int keys = m_store.idempotency().purge(IdempotencyRetentionMs);
        const QStringList files = m_store.media().purgeUnattached(now - UnattachedMediaRetentionMs);
        transaction.commit();
        // Files go after the rows: a crash in between leaves a stray file, never a row
        // pointing at nothing.
        for (const QString &file : files)
            m_mediaDir.remove(file);
        if (keys > 0 || !files.isEmpty())
            qCInfo(lcHousekeeping)
                << "forgot" << keys << "idempotency answers and" << files.size() << "media files";
    } catch (const Sql::Error &error) {
        qCWarning(lcHousekeeping) << "housekeeping failed:" << error.what();
    }
}

} // namespace Hearth
