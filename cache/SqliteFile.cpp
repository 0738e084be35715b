#include "SqliteFile.h"

#include "CacheSql.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Hearth::SqliteFile {

bool isEnvironmentFailure(const QSqlError &error, const QString &path)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
    case 7: // SQLITE_NOMEM
    case 8: // SQLITE_READONLY
    case 9: // SQLITE_INTERRUPT
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 15: // SQLITE_PROTOCOL
        return true;
    case 14: // SQLITE_CANTOPEN: the folder's fault unless there is a file that cannot be read
        return !QFileInfo::exists(path);
    default:
        return false;
    }
}

Outcome outcomeOf(const QSqlError &error, const QString &path)
{
    return isEnvironmentFailure(error, path) ? Outcome::Failed : Outcome::Damaged;
}

Outcome outcomeOf(const SchemaMigration::Result &result, const QString &path, QString *problem)
{
    *problem = result.problem;
    switch (result.status) {
    case SchemaMigration::Status::Ok:
        return Outcome::Ok;
    case SchemaMigration::Status::Newer:
        // Written by a newer Hearth, which this build cannot read: set aside (renamed, not
        // deleted) so that this build can work.
        return Outcome::Damaged;
    case SchemaMigration::Status::Failed:
        break;
    }
    return result.error.isValid() ? outcomeOf(result.error, path) : Outcome::Failed;
}

bool quickCheck(const QSqlDatabase &db, const QString &path, QString *problem, bool *environment)
{
    *environment = false;
    // quick_check reads every page and checks the b-trees (not index contents, which
    // integrity_check would also compare): about 0.2 s for a 250 MB cache in the OS's
    // file cache, one read of the whole file when cold.
    QSqlQuery query(db);
    QStringList report;
    if (query.exec(u"PRAGMA quick_check"_s)) {
        while (query.next())
            report.append(query.value(0).toString());
    }
    if (query.lastError().isValid()) {
        *problem = query.lastError().text();
        *environment = isEnvironmentFailure(query.lastError(), path);
        return false;
    }
    if (report != QStringList{u"ok"_s}) {
        *problem = u"quick_check: "_s + report.mid(0, 5).join(u"; "_s);
        return false;
    }
    return true;
}

bool moveAside(const QString &path, QString *asidePath, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-hhmmss"_s);
    const QStringList companions{u"-wal"_s, u"-shm"_s, u"-journal"_s};
    QString aside = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + companions.first());
         ++n) {
        aside = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    }
    asidePath->clear();
    if (QFileInfo::exists(path)) {
        if (!QFile::rename(path, aside)) {
            *error = u"Cannot move the damaged file %1 aside."_s.arg(path);
            return false;
        }
        *asidePath = aside;
    }
    for (const QString &suffix : companions) {
        const QString from = path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        // A journal left next to the fresh file would be replayed into it: it must go,
        // moved along or at least deleted.
        if (!QFile::rename(from, aside + suffix) && !QFile::remove(from)) {
            *error = u"Cannot move %1 aside."_s.arg(from);
            return false;
        }
    }
    return true;
}

bool hasContent(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0;
}

} // namespace Hearth::SqliteFile
