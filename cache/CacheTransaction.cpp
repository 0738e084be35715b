#include "CacheTransaction.h"

#include "CacheSql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// One name serves every level: SQLite resolves a savepoint name to the innermost savepoint
// of that name, and these objects live and die in stack order.
const QString savepointName = u"hearth_cache"_s;

bool execute(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    qCWarning(lcCache) << statement << "failed:" << query.lastError().text();
    return false;
}

// How deep each connection of this thread is in transactions. Connections belong to one
// thread each, so a thread-local count needs no lock.
thread_local QHash<QString, int> depths;

void leave(const QSqlDatabase &db)
{
    const auto depth = depths.find(db.connectionName());
    if (depth != depths.end() && --*depth <= 0)
        depths.erase(depth);
}

} // namespace

CacheTransaction::CacheTransaction(const QSqlDatabase &db) : m_db(db)
{
    if (!m_db.isOpen())
        return;
    int &depth = depths[m_db.connectionName()];
    m_outermost = depth == 0;
    m_active = execute(m_db, m_outermost ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + savepointName);
    if (m_active)
        ++depth;
}

CacheTransaction::~CacheTransaction()
{
    rollback();
}

bool CacheTransaction::commit()
{
    if (!m_active)
        return false;
    if (!execute(m_db, m_outermost ? u"COMMIT"_s : u"RELEASE "_s + savepointName)) {
        rollback();
        return false;
    }
    m_active = false;
    leave(m_db);
    return true;
}

void CacheTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    leave(m_db);
    // These fail harmlessly when SQLite already rolled everything back itself (after a full
    // disk or an I/O error).
    if (m_outermost) {
        execute(m_db, u"ROLLBACK"_s);
        return;
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it.
    execute(m_db, u"ROLLBACK TO "_s + savepointName);
    execute(m_db, u"RELEASE "_s + savepointName);
}

} // namespace Hearth
