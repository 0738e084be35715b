#pragma once

#include "PageSalvage.h"

#include <QSqlDatabase>
#include <QString>

namespace Hearth {

// The person's own words for one cache file: the outbox and the drafts, in a small SQLite
// file of their own beside it ("<cache>.words.sqlite"), which the server cannot give back
// and which outlives any repair of the cache. It uses a rollback journal (every commit is in
// the file itself, nothing waits in a -wal that can go missing), synchronous = FULL and
// secure_delete (a removed row leaves no copy in the file for a salvage to bring back).
// Its schema moves forward by PRAGMA user_version, apart from the cache's.
//
// CacheDatabase prepares it before opening the cache and attaches it to the cache's
// connection as the schema "words": OutboxStore and DraftStore name their tables unqualified,
// and an outbox row and its optimistic change to the cache are written in one transaction.
class WordsDatabase
{
public:
    // What prepare() found and did.
    struct Report
    {
        // The file was damaged, or missing or empty where one was expected, and was made anew
        // with what could be read from it.
        bool repaired = false;
        QString reason; // what was wrong
        QString movedAsidePath; // where the damaged file went; empty when there was none
        int salvagedOutboxRows = 0; // rows read back, from it or from an older Hearth's cache
        int salvagedDrafts = 0;
        // Something the person wrote may be missing: the file was gone, cut short, or some
        // rows could not be read whole.
        bool mayHaveLost = false;
    };

    // The schema name the file is attached under.
    static QString schemaName();
    // The words file that belongs to the cache file at cachePath.
    static QString fileName(const QString &cachePath);
    // The schema version this build migrates the words file to.
    static int schemaVersion();

    // Makes the file at path ready to attach: checks it, migrates it, and when it cannot be
    // used reads back what it can page by page (PageSalvage) into a fresh file, the damaged
    // one set aside. expected says that a file was there before, so that a missing or empty
    // one is reported, not taken for a first start. legacy: rows salvaged from a damaged
    // cache of an older Hearth, which kept them there; they are added. False, with *error,
    // only when no usable file could be had (a full disk, no permission, a lock).
    static bool prepare(const QString &path, bool expected, const PageSalvage::Result &legacy,
        Report *report, QString *error);

    // Attaches the (prepared) file at path to db as schemaName(), with its journal mode,
    // synchronous and secure_delete settings, which SQLite keeps per connection.
    static bool attach(const QSqlDatabase &db, const QString &path, QString *error);
};

} // namespace Hearth
