#include "SchemaMigration.h"

#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

bool setForeignKeys(QSqlDatabase &db, bool on, QString *problem)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA foreign_keys = %1"_s.arg(on ? u"ON"_s : u"OFF"_s))
        || !query.exec(u"PRAGMA foreign_keys"_s) || !query.next()
        || query.value(0).toBool() != on) {
        *problem = u"Could not turn foreign keys %1: %2"_s.arg(
            on ? u"on"_s : u"off"_s, query.lastError().text());
        return false;
    }
    return true;
}

} // namespace

SchemaMigration::SchemaMigration(
    QList<SchemaStep> steps, QString what, const QLoggingCategory &category)
    : m_steps(std::move(steps)), m_what(std::move(what)), m_category(category)
{ }

SchemaMigration::Result SchemaMigration::migrate(
    QSqlDatabase &db, int targetVersion, const BeforeStep &beforeStep) const
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA main.user_version"_s) || !query.next())
        return {Status::Failed, query.lastError().text(), query.lastError()};
    const int current = query.value(0).toInt();
    query.finish();
    if (current > latestVersion() || current < 0) {
        return {Status::Newer,
            u"The %1 has schema version %2; this version of Hearth knows up to %3."_s.arg(m_what)
                .arg(current)
                .arg(latestVersion()),
            {}};
    }
    for (int version = current + 1; version <= std::min(targetVersion, latestVersion());
         ++version) {
        Result result;
        if (beforeStep && !beforeStep(version, &result.problem))
            return {Status::Failed, result.problem, {}};
        const SchemaStep &step = m_steps.at(version - 1);
        // PRAGMA foreign_keys is a no-op inside a transaction: it is turned off before.
        if (step.rebuildsTables && !setForeignKeys(db, false, &result.problem))
            return {Status::Failed, result.problem, {}};
        result = runStep(db, version);
        if (step.rebuildsTables && !setForeignKeys(db, true, &result.problem))
            return {Status::Failed, result.problem, {}};
        if (!result.ok())
            return result;
        qCInfo(m_category).noquote() << "migrated the" << m_what << "to schema version" << version;
    }
    return {};
}

SchemaMigration::Result SchemaMigration::runStep(QSqlDatabase &db, int version) const
{
    const SchemaStep &step = m_steps.at(version - 1);
    if (!db.transaction())
        return {Status::Failed, db.lastError().text(), {}};
    QSqlQuery query(db);
    const auto fail = [&](const QString &why, const QSqlError &error) {
        query.finish();
        db.rollback();
        return Result{Status::Failed, u"Migration %1 failed: %2"_s.arg(version).arg(why), error};
    };
    for (const QString &statement : step.statements) {
        if (!query.exec(statement))
            return fail(query.lastError().text(), query.lastError());
    }
    if (step.rewrite) {
        if (const QString problem = step.rewrite(db); !problem.isEmpty())
            return fail(problem, {});
    }
    if (step.rebuildsTables) {
        if (!query.exec(u"PRAGMA foreign_key_check"_s))
            return fail(query.lastError().text(), query.lastError());
        if (query.next()) {
            return fail(u"a row of %1 refers to a missing row of %2"_s.arg(
                            query.value(0).toString(), query.value(2).toString()),
                {});
        }
        query.finish();
    }
    if (!query.exec(u"PRAGMA main.user_version = %1"_s.arg(version)) || !db.commit())
        return fail(db.lastError().text(), {});
    return {};
}

} // namespace Hearth
