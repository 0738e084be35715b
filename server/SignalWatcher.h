#pragma once

#include <QObject>

class QSocketNotifier;

namespace Hearth {

// Turns SIGINT and SIGTERM into a Qt signal, delivered on the event loop, so that the
// server stops between requests and closes its database cleanly.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signal);

private:
    static void handle(int signal);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Hearth
