#pragma once

#include "ChangeLog.h"
#include "Router.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QTcpSocket;

namespace Hearth {

class GuardedConnection;

// The requests held until a change commits (GET /changes?wait=N), answered later on the
// server's thread. QtHttpServer 6.4 leaves a held socket dangling when the client goes
// (docs/server.md), so a waiter keeps only a QPointer to it and checks it before every
// write, and holds its connection's reading so that pipelined answers keep their order.
class ChangeWaiters : public QObject
{
public:
    // Writes an answer on a connection that is still there.
    using Send = std::function<void(QTcpSocket *socket, HttpReply reply, bool closing)>;

    static constexpr int MaxPerAddress = 8;
    static constexpr int MaxInAll = 4096;
    // Waiters answered per turn of the event loop on a wake, so that other requests go on.
    static constexpr int WakeBatch = 100;

    explicit ChangeWaiters(Send send, QObject *parent = nullptr);
    ~ChangeWaiters() override;

    // At most min(MaxInAll, half the connection cap) in all.
    void setConnectionCap(int connections);

    // Holds the request, or gives false (and holds nothing) when its address or the server
    // has as many waiting as it may. line names the request in the log.
    bool hold(WaitReply wait, QTcpSocket *socket, bool closing, const QByteArray &line);
    // A write committed, having touched this: the waiters it may concern look again, later
    // and in batches; a write that took no change number wakes nobody. Says in the log how
    // many it woke (tst_server_changewaits counts them there).
    void wake(const ChangeLog::Touched &touched);
    // Answers every waiter as its time were up: the server is stopping.
    void finishAll();

    int count() const { return int(m_waiters.size()); }

private:
    struct Waiter;
    using Waiters = std::map<quint64, std::unique_ptr<Waiter>>;

    static bool concerns(const Waiter &waiter, const ChangeLog::Touched &touched);
    void wakeBatch();
    void sweep();
    // Answers (when the connection is still there) and forgets the waiter.
    Waiters::iterator finish(Waiters::iterator it, std::optional<HttpReply> reply);
    std::optional<HttpReply> poll(Waiter &waiter, bool last);

    Send m_send;
    Waiters m_waiters;
    quint64 m_nextId = 0;
    QHash<QString, int> m_byAddress;
    int m_maxInAll = MaxInAll;
    // Waiters to look again, each once however many writes woke it meanwhile.
    std::vector<quint64> m_toWake;
    bool m_wakeQueued = false;
    // Notices clients that went away (the held socket's signals are blocked) and waits that
    // are up.
    QTimer m_sweep;
};

} // namespace Hearth
