#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

class QLoggingCategory;

namespace Hearth {

// One step of a schema: its statements, run in one transaction.
struct SchemaStep
{
    QStringList statements;
    // Set for steps that rebuild tables (SQLite cannot alter a column's definition): they run
    // with foreign key enforcement off, as SQLite's table-rebuild procedure requires, since
    // dropping a parent table with it on would delete (by cascade) every row referring to it.
    // The foreign keys are checked before the commit instead.
    bool rebuildsTables = false;
    // Set for steps that rewrite values in a way SQL cannot say (SQLite's replace() takes a
    // pattern of U+0000 for an empty one): runs after the statements, in the step's
    // transaction; it gives an error's text, or an empty string when it succeeded.
    std::function<QString(QSqlDatabase &db)> rewrite = nullptr;
};

// The one forward-only migration runner of every SQLite file Hearth keeps (the server's
// database, the client's cache and words file): moves a file's main schema forward by
// PRAGMA user_version, step i making version i + 1, each step in its own transaction.
// Steps are never edited once released: a change is a new step.
class SchemaMigration
{
public:
    enum class Status {
        Ok,
        // The file has a version newer than the steps know: written by a newer build.
        Newer,
        Failed,
    };
    struct Result
    {
        Status status = Status::Ok;
        // What went wrong, for a log line or a message ("Migration 3 failed: ...").
        QString problem;
        // The SQLite error of a statement that failed (reading the version, or a step's
        // statement): the caller may tell the file's damage from the environment's by it.
        // Not set when a transaction could not begin or commit, or beforeStep stopped.
        QSqlError error;

        bool ok() const { return status == Status::Ok; }
    };
    // Runs before each step with the version it makes; false stops the migration (Failed)
    // with *problem set.
    using BeforeStep = std::function<bool(int version, QString *problem)>;

    // steps, the file's name in messages ("cache", "database") and the category its
    // "migrated the <what> to schema version N" lines go to.
    SchemaMigration(QList<SchemaStep> steps, QString what, const QLoggingCategory &category);

    // The version the steps lead to.
    int latestVersion() const { return int(m_steps.size()); }

    // Migrates db up to targetVersion (at most latestVersion(); tests build older files with
    // a lower one).
    Result migrate(QSqlDatabase &db, int targetVersion, const BeforeStep &beforeStep = {}) const;
    Result migrate(QSqlDatabase &db) const { return migrate(db, latestVersion()); }

private:
    Result runStep(QSqlDatabase &db, int version) const;

    QList<SchemaStep> m_steps;
    QString m_what;
    const QLoggingCategory &m_category;
};

} // namespace Hearth
