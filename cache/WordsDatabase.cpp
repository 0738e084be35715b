#include "WordsDatabase.h"

#include "CacheSql.h"
#include "CacheTransaction.h"
#include "OutboxStore.h"
#include "SqliteFile.h"
#include "sqlite/SchemaMigration.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Each step moves the schema one version forward. Steps are never edited once released:
// a change is a new step.
const SchemaMigration &migrations()
{
    static const QList<SchemaStep> steps{
        // 1: the outbox and the drafts, as the cache held them up to its schema version 2.
        {{
            // Writes are sent in id order; AUTOINCREMENT never reuses an id.
            uR"(CREATE TABLE outbox (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   kind TEXT NOT NULL,
                   target TEXT NOT NULL,
                   payload TEXT NOT NULL,
                   idempotency_key TEXT NOT NULL UNIQUE,
                   state TEXT NOT NULL DEFAULT 'pending',
                   attempts INTEGER NOT NULL DEFAULT 0,
                   next_attempt_at INTEGER,
                   last_error TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL))"_s,
            uR"(CREATE INDEX outbox_target ON outbox (target, id))"_s,
            uR"(CREATE TABLE drafts (
                   key TEXT PRIMARY KEY,
                   json TEXT NOT NULL,
                   updated_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
        }},
    };
    static const SchemaMigration migration(steps, u"words file"_s, lcCache());
    return migration;
}

// A rollback journal rather than WAL: a commit is in the file itself once it returns, so a
// -wal deleted, garbled or left behind by a copy loses nothing. TRUNCATE rather than DELETE:
// with synchronous = FULL the emptied journal is synced, where a deleted one's directory
// entry is not. The file is small and written a few times a minute: the extra fsync of a
// rollback journal costs nothing a person notices.
QStringList settingsFor(const QString &schema)
{
    const QString prefix = schema.isEmpty() ? QString() : schema + u'.';
    return {
        u"PRAGMA %1journal_mode = TRUNCATE"_s.arg(prefix),
        u"PRAGMA %1synchronous = FULL"_s.arg(prefix),
        u"PRAGMA %1secure_delete = ON"_s.arg(prefix),
    };
}

using SqliteFile::Outcome;

// A connection of its own for the checks and repairs, closed before the file is attached.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(u"hearth-words-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Outcome openAndMigrate(QSqlDatabase &db, const QString &path, QString *problem)
{
    const auto outcome = [&](const QSqlError &error) {
        *problem = error.text();
        return SqliteFile::outcomeOf(error, path);
    };
    if (!db.open())
        return outcome(db.lastError());
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA busy_timeout = 5000"_s))
        return outcome(query.lastError());
    for (const QString &statement : settingsFor({})) {
        if (!query.exec(statement))
            return outcome(query.lastError());
    }
    bool environment = false;
    if (!SqliteFile::quickCheck(db, path, problem, &environment))
        return environment ? Outcome::Failed : Outcome::Damaged;

    query.finish();
    // A newer Hearth's file is Damaged: set aside (kept), its rows read back by their shape.
    return SqliteFile::outcomeOf(migrations().migrate(db), path, problem);
}

// Puts rows read back into a fresh file, one by one: a row the file refuses (a key seen
// twice in a garbled file) costs that row, not the others.
void restore(QSqlDatabase &db, const QList<OutboxEntry> &outbox,
    const QList<DraftStore::Draft> &drafts, WordsDatabase::Report *report)
{
    QSet<qint64> ids;
    QSet<QString> keys;
    OutboxStore store(db);
    for (const OutboxEntry &entry : outbox) {
        if (ids.contains(entry.id) || keys.contains(entry.idempotencyKey))
            continue;
        if (store.restore({entry})) {
            ids.insert(entry.id);
            keys.insert(entry.idempotencyKey);
            ++report->salvagedOutboxRows;
        } else {
            report->mayHaveLost = true;
        }
    }
    QSet<QString> draftKeys;
    DraftStore draftStore(db);
    for (const DraftStore::Draft &draft : drafts) {
        if (draftKeys.contains(draft.key))
            continue;
        if (draftStore.restore({draft})) {
            draftKeys.insert(draft.key);
            ++report->salvagedDrafts;
        } else {
            report->mayHaveLost = true;
        }
    }
}

} // namespace

QString WordsDatabase::schemaName()
{
    return u"words"_s;
}

QString WordsDatabase::fileName(const QString &cachePath)
{
    QString base = cachePath;
    if (base.endsWith(u".sqlite"_s))
        base.chop(7);
    return base + u".words.sqlite"_s;
}

int WordsDatabase::schemaVersion()
{
    return migrations().latestVersion();
}

bool WordsDatabase::prepare(const QString &path, bool expected, const PageSalvage::Result &legacy,
    Report *report, QString *error)
{
    *report = {};
    QString problem;
    if (!SqliteFile::hasContent(path) && expected) {
        // SQLite would take a missing or empty file for a new one: the cache remembers that
        // this one held the person's words, so it is a loss to report, not a first start.
        report->repaired = true;
        report->mayHaveLost = true;
        report->reason = QFileInfo::exists(path) ? u"The words file is empty."_s
                                                 : u"The words file is missing."_s;
        if (QFileInfo::exists(path)
            && !SqliteFile::moveAside(path, &report->movedAsidePath, error)) {
            return false;
        }
    }
    {
        Connection connection(path);
        switch (openAndMigrate(connection.db(), path, &problem)) {
        case Outcome::Ok:
            restore(connection.db(), legacy.outbox, legacy.drafts, report);
            report->mayHaveLost = report->mayHaveLost || legacy.incomplete();
            return true;
        case Outcome::Failed:
            *error = problem;
            return false;
        case Outcome::Damaged:
            break;
        }
    }

    qCWarning(lcCache).noquote() << "The words file" << path << "cannot be used (" << problem
                                 << "); reading back its rows page by page.";
    const PageSalvage::Result salvaged = PageSalvage::read(path);
    report->repaired = true;
    report->reason = problem;
    if (!SqliteFile::moveAside(path, &report->movedAsidePath, error))
        return false;
    Connection connection(path);
    if (openAndMigrate(connection.db(), path, &problem) != Outcome::Ok) {
        *error = problem;
        return false;
    }
    restore(
        connection.db(), salvaged.outbox + legacy.outbox, salvaged.drafts + legacy.drafts, report);
    report->mayHaveLost = report->mayHaveLost || salvaged.incomplete() || legacy.incomplete();
    qCInfo(lcCache).noquote() << "Rebuilt the words file" << path << "; the damaged file is at"
                              << report->movedAsidePath << "; read back"
                              << report->salvagedOutboxRows << "outbox rows and"
                              << report->salvagedDrafts << "drafts"
                              << (report->mayHaveLost ? "(some may be missing)." : ".");
    return true;
}

bool WordsDatabase::attach(const QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(u"ATTACH DATABASE ? AS %1"_s.arg(schemaName()))) {
        *error = query.lastError().text();
        return false;
    }
    query.addBindValue(path);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    for (const QString &statement : settingsFor(schemaName())) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace Hearth
