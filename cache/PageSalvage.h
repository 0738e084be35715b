#pragma once

#include "DraftStore.h"
#include "OutboxEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Hearth {

// Reads the outbox's and the drafts' rows straight from the pages of a damaged SQLite file,
// for when SQLite itself cannot: the header zeroed, the schema pages cut off, the file
// truncated. It needs neither the header nor the schema. Every b-tree leaf page is read on
// its own (cell pointer array, varint record header, overflow chain), and a row is known by
// its shape: an outbox row by its ten columns, their types, a state SQLite never writes by
// itself ("pending", "in_flight", "failed") and a JSON object for a payload; a draft by its
// key, its JSON object and its time. Everything read from the file is bounds-checked: the
// file may hold anything.
class PageSalvage
{
public:
    struct Result
    {
        QList<OutboxEntry> outbox; // in id order, one per id
        QList<DraftStore::Draft> drafts; // most recently saved first, one per key
        int pageSize = 0; // the page size the pages were read with; 0 when nothing was
        int pages = 0; // whole pages in the file
        // Rows that looked like the person's but could not be read whole (an overflow page
        // cut off, a record running past its page).
        int rowsCutShort = 0;
        // The file ends before its header says it does, or in the middle of a page.
        bool truncated = false;

        // Whether some of the person's rows may be missing from what was read.
        bool incomplete() const { return rowsCutShort > 0 || truncated; }
    };

    // Reads the file at path (a missing or unreadable file gives an empty result).
    static Result read(const QString &path);
    // Reads the bytes of a database file.
    static Result read(const QByteArray &file);
};

} // namespace Hearth
