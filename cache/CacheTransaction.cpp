#include "CacheTransaction.h"

#include "CacheSql.h"

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

} // namespace

CacheTransaction::CacheTransaction(const QSqlDatabase &db)
    : m_db(db), m_active(m_db.isOpen() && execute(m_db, u"SAVEPOINT "_s + savepointName))
{ }

CacheTransaction::~CacheTransaction()
{
    rollback();
}

bool CacheTransaction::commit()
{
    if (!m_active)
        return false;
    if (!execute(m_db, u"RELEASE "_s + savepointName)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void CacheTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it (and, for the outermost
    // one, the transaction). Both fail harmlessly when SQLite already rolled everything
    // back itself (after a full disk or an I/O error).
    execute(m_db, u"ROLLBACK TO "_s + savepointName);
    execute(m_db, u"RELEASE "_s + savepointName);
}

} // namespace Hearth
