// PageSalvage, which reads the person's unsent words straight from the pages of a damaged
// SQLite file, fed any file.
//
// Properties: reading never goes outside the file (ASan) and gives the same result twice;
// the outbox comes back in id order, one row per id, in a state the outbox knows; drafts one
// per key, most recently saved first; the page size is SQLite's (a power of two from 512 to
// 65,536) and the page count follows from it.

#include "FuzzCheck.h"
#include "cache/PageSalvage.h"

#include <QSet>

using namespace Hearth;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const PageSalvage::Result result = PageSalvage::read(file);

    for (qsizetype i = 0; i < result.outbox.size(); ++i) {
        const OutboxEntry &entry = result.outbox.at(i);
        FUZZ_CHECK(entry.id > 0, u"an outbox row with id %1"_s.arg(entry.id));
        FUZZ_CHECK(i == 0 || result.outbox.at(i - 1).id < entry.id,
            u"outbox ids out of order at row %1"_s.arg(i));
        FUZZ_CHECK(entry.state == OutboxEntry::Pending || entry.state == OutboxEntry::InFlight
                || entry.state == OutboxEntry::Failed,
            u"an outbox row in state %1"_s.arg(int(entry.state)));
    }
    QSet<QString> keys;
    for (qsizetype i = 0; i < result.drafts.size(); ++i) {
        const DraftStore::Draft &draft = result.drafts.at(i);
        FUZZ_CHECK(!keys.contains(draft.key), u"two drafts of key '%1'"_s.arg(draft.key));
        keys.insert(draft.key);
        FUZZ_CHECK(i == 0 || result.drafts.at(i - 1).updatedAt >= draft.updatedAt,
            u"drafts not most recent first at %1"_s.arg(i));
    }
    if (result.pageSize > 0) {
        FUZZ_CHECK(result.pageSize >= 512 && result.pageSize <= 65536
                && (result.pageSize & (result.pageSize - 1)) == 0,
            u"page size %1"_s.arg(result.pageSize));
        FUZZ_CHECK(result.pages == qint64(size) / result.pageSize,
            u"%1 pages of %2 bytes in %3 bytes"_s.arg(result.pages).arg(result.pageSize).arg(size));
    } else {
        FUZZ_CHECK(
            result.outbox.isEmpty() && result.drafts.isEmpty(), u"rows read without a page size"_s);
    }

    const PageSalvage::Result again = PageSalvage::read(file);
    FUZZ_CHECK(again.outbox == result.outbox && again.drafts == result.drafts
            && again.pageSize == result.pageSize && again.truncated == result.truncated
            && again.rowsCutShort == result.rowsCutShort,
        u"two readings of one file differ"_s);
    return 0;
}
