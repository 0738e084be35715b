#pragma once

#include "ChangeLog.h"

#include <QObject>
#include <QSqlDatabase>

namespace Hearth {

class Database;

// Tells the other hearth-server processes on one PostgreSQL database what a commit touched,
// and hears what theirs did, so that a held GET /changes on one process wakes for a write
// on another (ChangeWaiters). PostgreSQL's NOTIFY, sent in the writer's transaction, is
// delivered when it commits, in commit order, and never for a rollback; LISTEN holds a
// connection of its own, idle between notifications. On SQLite (one process) it does
// nothing: the process wakes its own waiters.
class ChangeBroadcast : public QObject
{
    Q_OBJECT

public:
    // Listens on a connection of database's own when it is PostgreSQL.
    explicit ChangeBroadcast(Database &database, QObject *parent = nullptr);

    bool isActive() const { return m_listening; }

    // Call inside the write transaction, just before its commit: what it touched goes to
    // the other processes with the commit.
    void announce(const ChangeLog::Touched &touched);

    // What is sent, and how it is read back (a form only these two read).
    static QByteArray encode(const ChangeLog::Touched &touched, const QByteArray &sender);
    static std::optional<ChangeLog::Touched> decode(const QByteArray &payload, QByteArray *sender);

Q_SIGNALS:
    // Another process committed a write that touched this.
    void heard(const ChangeLog::Touched &touched);

private:
    void notification(const QString &channel, const QVariant &payload);

    QSqlDatabase m_main; // where announcements are sent, in the write transaction
    QSqlDatabase m_listener;
    QByteArray m_sender; // this process, so that it ignores what it announced itself
    bool m_listening = false;
};

} // namespace Hearth
