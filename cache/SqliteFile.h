#pragma once

#include "sqlite/SchemaMigration.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

// Internal helpers of CacheDatabase and WordsDatabase, not part of the cache's API: what the
// two files have in common when one of them cannot be used.
namespace Hearth::SqliteFile {

// Whether error says the file itself is fine and setting it aside would only lose data:
// another process holds it, or the disk, memory or permissions fail.
bool isEnvironmentFailure(const QSqlError &error, const QString &path);

// What opening or migrating a file came to: usable; damaged (set it aside and start afresh);
// or failed for a reason that is not the file's (setting it aside would only lose data).
enum class Outcome { Ok, Damaged, Failed };

// Damaged or Failed, as error on the file at path says (isEnvironmentFailure()).
Outcome outcomeOf(const QSqlError &error, const QString &path);

// What a SchemaMigration's result means for the file at path (*problem set): a file of a
// newer build is Damaged (this build cannot read it); a failed statement is Damaged or
// Failed as its error says; anything else that failed is Failed.
Outcome outcomeOf(const SchemaMigration::Result &result, const QString &path, QString *problem);

// Runs PRAGMA quick_check on db: true when it says "ok"; otherwise *problem says what it
// found (or why it could not run) and *environment whether the environment is to blame.
bool quickCheck(const QSqlDatabase &db, const QString &path, QString *problem, bool *environment);

// Renames the file at path, with its WAL, shared-memory and rollback journal files, to
// "<path>.corrupt-<time>" (*asidePath; empty when there was no file). Gives false, with
// *error, when the file or one of its companions had to stay.
bool moveAside(const QString &path, QString *asidePath, QString *error);

// Whether a file at path holds anything (a missing or 0-byte file does not).
bool hasContent(const QString &path);

} // namespace Hearth::SqliteFile
