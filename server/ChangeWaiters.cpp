#include "ChangeWaiters.h"

#include "GuardedConnection.h"
#include "Sql.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcWait, "hearth.server.wait")

using namespace Qt::StringLiterals;

namespace Hearth {

struct ChangeWaiters::Waiter
{
    WaitReply wait;
    QPointer<QTcpSocket> socket;
    QPointer<GuardedConnection> connection;
    bool closing = false;
    QDeadlineTimer deadline;
    QByteArray line;
    QElapsedTimer held;
    bool toWake = false; // in m_toWake

    bool connected() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }
};

ChangeWaiters::ChangeWaiters(Send send, QObject *parent) : QObject(parent), m_send(std::move(send))
{
    // Disconnects and deadlines are noticed within this; a wait may run that much over.
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &ChangeWaiters::sweep);
}

ChangeWaiters::~ChangeWaiters()
{
    finishAll();
}

void ChangeWaiters::setConnectionCap(int connections)
{
    m_maxInAll = std::clamp(connections / 2, 1, MaxInAll);
}

bool ChangeWaiters::hold(WaitReply wait, QTcpSocket *socket, bool closing, const QByteArray &line)
{
    int &fromAddress = m_byAddress[wait.clientAddress];
    if (fromAddress >= MaxPerAddress || count() >= m_maxInAll) {
        if (fromAddress == 0)
            m_byAddress.remove(wait.clientAddress);
        return false;
    }
    ++fromAddress;
    auto waiter = std::make_unique<Waiter>();
    waiter->deadline.setRemainingTime(std::chrono::seconds(wait.seconds));
    waiter->wait = std::move(wait);
    waiter->socket = socket;
    waiter->connection = GuardedConnection::of(socket);
    waiter->closing = closing;
    waiter->line = line;
    waiter->held.start();
    // No duplicate of the descriptor, unlike a deferred answer: thousands of waiters would
    // double the descriptors beyond the connection cap.
    if (waiter->connection)
        waiter->connection->holdReading();
    m_waiters.emplace(++m_nextId, std::move(waiter));
    if (!m_sweep.isActive())
        m_sweep.start();
    return true;
}

bool ChangeWaiters::concerns(const Waiter &waiter, const ChangeLog::Touched &touched)
{
    // As GET /changes filters: deletions are never narrowed by topic, posts and topic counts
    // are (a post by the topics it had before or after the change).
    if (!touched.any())
        return false;
    // A person's notifications concern that person only, whatever their topics.
    if (waiter.wait.viewerId > 0 && touched.userIds.contains(waiter.wait.viewerId))
        return true;
    if (!touched.shared)
        return false;
    if (touched.deletion || waiter.wait.topicIds.isEmpty())
        return true;
    return std::any_of(waiter.wait.topicIds.begin(), waiter.wait.topicIds.end(),
        [&](qint64 id) { return touched.topicIds.contains(id); });
}

void ChangeWaiters::wake(const ChangeLog::Touched &touched)
{
    if (m_waiters.empty())
        return;
    // A linear pass: at most a few thousand waiters, each with at most 50 topics, cost less
    // than the queries of those it wakes.
    int concerned = 0;
    for (const auto &[id, waiter] : m_waiters) {
        if (!concerns(*waiter, touched))
            continue;
        ++concerned;
        // Those held from now on looked after this commit; one already due to look again
        // will see this commit too.
        if (!waiter->toWake) {
            waiter->toWake = true;
            m_toWake.push_back(id);
        }
    }
    if (touched.any()) {
        qCInfo(lcWait, "change %lld wakes %d of %d waiting", touched.last, concerned, count());
    } else {
        qCInfo(
            lcWait, "a write without a change number wakes %d of %d waiting", concerned, count());
    }
    if (!m_toWake.empty() && !m_wakeQueued) {
        m_wakeQueued = true;
        QMetaObject::invokeMethod(this, &ChangeWaiters::wakeBatch, Qt::QueuedConnection);
    }
}

void ChangeWaiters::wakeBatch()
{
    m_wakeQueued = false;
    int done = 0;
    while (!m_toWake.empty() && done < WakeBatch) {
        const quint64 id = m_toWake.back();
        m_toWake.pop_back();
        const auto it = m_waiters.find(id);
        if (it == m_waiters.end())
            continue;
        it->second->toWake = false;
        ++done;
        if (!it->second->connected()) {
            finish(it, std::nullopt);
            continue;
        }
        if (auto reply = poll(*it->second, false))
            finish(it, std::move(reply));
    }
    if (!m_toWake.empty()) {
        m_wakeQueued = true;
        QMetaObject::invokeMethod(this, &ChangeWaiters::wakeBatch, Qt::QueuedConnection);
    }
}

void ChangeWaiters::sweep()
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        Waiter &waiter = *it->second;
        if (!waiter.connected())
            it = finish(it, std::nullopt);
        else if (waiter.deadline.hasExpired())
            it = finish(it, poll(waiter, true));
        else
            ++it;
    }
    if (m_waiters.empty())
        m_sweep.stop();
}

void ChangeWaiters::finishAll()
{
    m_toWake.clear();
    for (auto it = m_waiters.begin(); it != m_waiters.end();)
        it = finish(it, it->second->connected() ? poll(*it->second, true) : std::nullopt);
    m_sweep.stop();
}

std::optional<HttpReply> ChangeWaiters::poll(Waiter &waiter, bool last)
{
    try {
        return waiter.wait.poll(last);
    } catch (const Sql::Error &error) {
        qCCritical(lcWait) << "storage failure:" << error.what();
        return HttpReply::error(
            ApiError::Code::Internal, u"Something went wrong on the server. Please try again."_s);
    }
}

ChangeWaiters::Waiters::iterator ChangeWaiters::finish(
    Waiters::iterator it, std::optional<HttpReply> reply)
{
    const std::unique_ptr<Waiter> waiter = std::move(it->second);
    it = m_waiters.erase(it);
    if (int &fromAddress = m_byAddress[waiter->wait.clientAddress]; --fromAddress <= 0)
        m_byAddress.remove(waiter->wait.clientAddress);
    if (reply && waiter->connected()) {
        const int status = reply->status;
        m_send(waiter->socket, std::move(*reply), waiter->closing);
        qCInfo(lcWait).noquote() << waiter->line << status << waiter->held.elapsed() << "ms";
    } else {
        qCDebug(lcWait).noquote() << waiter->line << "dropped: the client went away";
    }
    // After the answer: a pipelined request behind it is read now. A connection that ended
    // meanwhile is told so, and the server frees its socket.
    if (waiter->connection)
        waiter->connection->releaseReading();
    return it;
}

} // namespace Hearth
