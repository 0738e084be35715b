#pragma once

#include <QDir>
#include <QObject>
#include <QTimer>

namespace Hearth {

class Store;

// The server's periodic chores: forgetting Idempotency-Key answers after their retention,
// and deleting uploads that never made it into a post (or whose post dropped them).
class Housekeeping : public QObject
{
    Q_OBJECT

public:
    // Idempotency answers are kept at least 24 h (docs/api.md); twice that here.
    static constexpr qint64 IdempotencyRetentionMs = 48LL * 3'600'000;
    static constexpr qint64 UnattachedMediaRetentionMs = 24LL * 3'600'000;

    Housekeeping(Store &store, const QDir &mediaDir, QObject *parent = nullptr);

    // Runs the chores now, then every interval.
    void start(std::chrono::milliseconds interval = std::chrono::hours(1));
    void runOnce();

private:
    Store &m_store;
    QDir m_mediaDir;
    QTimer m_timer;
};

} // namespace Hearth
