#include "PageSalvage.h"

#include "CacheSql.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The SQLite file format (sqlite.org/fileformat2.html), as far as a salvage needs it.
constexpr qint64 HeaderSize = 100;
constexpr qint64 MinPageSize = 512;
constexpr qint64 MaxPageSize = 65536;
constexpr uchar LeafIndexPage = 0x0A;
constexpr uchar LeafTablePage = 0x0D;
constexpr qint64 LeafHeaderSize = 8;
// No row of the person's comes near this: a larger declared size is not one of theirs.
constexpr quint64 MaxPayload = 64 * 1024 * 1024;
// Nor has any of their rows this many columns.
constexpr qsizetype MaxColumns = 64;
constexpr int OutboxColumns = 10;
constexpr int DraftColumns = 3;

quint32 bigEndian16(const uchar *p)
{
    return (quint32(p[0]) << 8) | quint32(p[1]);
}

quint32 bigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// Reads the varint at p, never at or past end: gives its length (1 to 9), or 0 when it would
// run past end.
int readVarint(const uchar *p, const uchar *end, quint64 *value)
{
    quint64 result = 0;
    for (int i = 0; i < 8; ++i) {
        if (p + i >= end)
            return 0;
        result = (result << 7) | (p[i] & 0x7f);
        if ((p[i] & 0x80) == 0) {
            *value = result;
            return i + 1;
        }
    }
    if (p + 8 >= end)
        return 0;
    *value = (result << 8) | p[8];
    return 9;
}

struct Value
{
    enum Kind { Null, Integer, Real, Text, Blob };
    Kind kind = Null;
    qint64 integer = 0;
    QByteArray bytes; // text or blob
    bool present = true; // false: the bytes lie beyond what could be read
};

// A record (sqlite.org/fileformat2.html#record_format) from a payload of declaredSize bytes
// of which the first payload.size() could be read. False when the bytes are not a record.
bool parseRecord(const QByteArray &payload, quint64 declaredSize, QList<Value> *values)
{
    const auto *begin = reinterpret_cast<const uchar *>(payload.constData());
    const uchar *end = begin + payload.size();
    quint64 headerSize = 0;
    const int length = readVarint(begin, end, &headerSize);
    if (length == 0 || headerSize < quint64(length) || headerSize > quint64(payload.size())
        || headerSize > declaredSize) {
        return false;
    }
    const uchar *type = begin + length;
    const uchar *headerEnd = begin + headerSize;
    quint64 offset = headerSize;
    while (type < headerEnd) {
        quint64 serial = 0;
        const int used = readVarint(type, headerEnd, &serial);
        if (used == 0 || values->size() >= MaxColumns)
            return false;
        type += used;
        Value value;
        quint64 size = 0;
        switch (serial) {
        case 0:
            break;
        case 1:
        case 2:
        case 3:
        case 4:
            value.kind = Value::Integer;
            size = serial;
            break;
        case 5:
            value.kind = Value::Integer;
            size = 6;
            break;
        case 6:
            value.kind = Value::Integer;
            size = 8;
            break;
        case 7:
            value.kind = Value::Real;
            size = 8;
            break;
        case 8:
        case 9:
            value.kind = Value::Integer;
            value.integer = qint64(serial - 8);
            break;
        case 10:
        case 11:
            return false; // reserved: never in a record
        default:
            value.kind = serial % 2 == 0 ? Value::Blob : Value::Text;
            size = (serial - 12) / 2;
            break;
        }
        if (size > declaredSize || offset + size > declaredSize)
            return false;
        if (offset + size > quint64(payload.size())) {
            value.present = false;
        } else if (value.kind == Value::Integer && size > 0) {
            // Big-endian two's complement, sign-extended from its first byte.
            qint64 integer = qint8(begin[offset]);
            for (quint64 i = 1; i < size; ++i)
                integer = qint64(quint64(integer) << 8 | begin[offset + i]);
            value.integer = integer;
        } else if (value.kind == Value::Text || value.kind == Value::Blob) {
            value.bytes
                = QByteArray(reinterpret_cast<const char *>(begin + offset), qsizetype(size));
        }
        offset += size;
        values->append(value);
    }
    // A record fills its payload exactly: anything else is bytes that only look like one.
    return offset == declaredSize;
}

bool isText(const Value &value)
{
    return value.kind == Value::Text;
}

bool isInteger(const Value &value)
{
    return value.kind == Value::Integer;
}

std::optional<QJsonObject> jsonObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Reads the leaf pages of one file with one page size.
class Scanner
{
public:
    Scanner(const QByteArray &file, qint64 pageSize, qint64 usable, bool utf16, bool bigEndian)
        : m_file(file)
        , m_pageSize(pageSize)
        , m_usable(usable)
        , m_pages(file.size() / pageSize)
        , m_utf16(utf16)
        , m_bigEndian(bigEndian)
    { }

    void scan()
    {
        for (qint64 number = 1; number <= m_pages; ++number)
            readPage(number);
    }

    int rows() const { return int(m_outbox.size() + m_drafts.size()); }
    qint64 pages() const { return m_pages; }

    void fill(PageSalvage::Result *result) const
    {
        result->outbox = m_outbox.values();
        result->drafts = m_drafts.values();
        std::sort(result->drafts.begin(), result->drafts.end(),
            [](const DraftStore::Draft &a, const DraftStore::Draft &b) {
                if (a.updatedAt != b.updatedAt)
                    return a.updatedAt > b.updatedAt;
                return a.key < b.key;
            });
        result->pageSize = int(m_pageSize);
        result->pages = int(m_pages);
        result->rowsCutShort = m_cutShort;
    }

private:
    // Page number (from 1), or null past the end of the file.
    const uchar *page(quint64 number) const
    {
        if (number == 0 || number > quint64(m_pages))
            return nullptr;
        return reinterpret_cast<const uchar *>(m_file.constData())
            + qint64(number - 1) * m_pageSize;
    }

    QString text(const Value &value) const
    {
        if (!m_utf16)
            return QString::fromUtf8(value.bytes);
        QString decoded;
        decoded.reserve(value.bytes.size() / 2);
        for (qsizetype i = 0; i + 1 < value.bytes.size(); i += 2) {
            const auto a = uchar(value.bytes.at(i));
            const auto b = uchar(value.bytes.at(i + 1));
            decoded.append(QChar(m_bigEndian ? char16_t(a << 8 | b) : char16_t(b << 8 | a)));
        }
        return decoded;
    }

    void readPage(qint64 number)
    {
        const uchar *data = page(quint64(number));
        // Page 1 begins with the file header; its b-tree header follows it.
        const qint64 headerAt = number == 1 ? HeaderSize : 0;
        if (!data || headerAt + LeafHeaderSize > m_usable)
            return;
        const uchar *header = data + headerAt;
        const uchar type = header[0];
        if (type != LeafTablePage && type != LeafIndexPage)
            return;
        const qint64 cells = bigEndian16(header + 3);
        const qint64 pointers = headerAt + LeafHeaderSize;
        if (pointers + 2 * cells > m_usable)
            return;
        for (qint64 i = 0; i < cells; ++i) {
            const qint64 offset = bigEndian16(data + pointers + 2 * i);
            if (offset < pointers + 2 * cells || offset >= m_usable)
                continue;
            readCell(data, offset, type == LeafTablePage);
        }
    }

    void readCell(const uchar *data, qint64 offset, bool table)
    {
        const uchar *end = data + m_usable;
        const uchar *p = data + offset;
        quint64 size = 0;
        int used = readVarint(p, end, &size);
        if (used == 0 || size == 0 || size > MaxPayload)
            return;
        p += used;
        quint64 rowid = 0;
        if (table) {
            used = readVarint(p, end, &rowid);
            if (used == 0)
                return;
            p += used;
        }
        // How much of the payload is on this page (sqlite.org/fileformat2.html#cellformat).
        const qint64 usable = m_usable;
        const qint64 maxLocal = table ? usable - 35 : (usable - 12) * 64 / 255 - 23;
        const qint64 minLocal = (usable - 12) * 32 / 255 - 23;
        qint64 local = qint64(size);
        if (local > maxLocal) {
            const qint64 k = minLocal + (qint64(size) - minLocal) % (usable - 4);
            local = k <= maxLocal ? k : minLocal;
        }
        if (local <= 0 || local > end - p)
            return;
        QByteArray payload(reinterpret_cast<const char *>(p), qsizetype(local));
        if (quint64(local) < size) {
            if (end - (p + local) < 4)
                return;
            quint64 next = bigEndian32(p + local);
            // A chain can visit each page once at most: more is a loop in a garbled file.
            for (qint64 hops = 0; quint64(payload.size()) < size; ++hops) {
                const uchar *overflow = page(next);
                if (!overflow || hops >= m_pages)
                    break;
                const qint64 take = std::min<qint64>(usable - 4, qint64(size) - payload.size());
                payload.append(reinterpret_cast<const char *>(overflow + 4), qsizetype(take));
                next = bigEndian32(overflow);
            }
        }
        QList<Value> values;
        if (!parseRecord(payload, size, &values))
            return;
        const bool whole = quint64(payload.size()) == size;
        if (table)
            recogniseOutboxRow(qint64(rowid), values, whole);
        else
            recogniseDraft(values, whole);
    }

    void recogniseOutboxRow(qint64 rowid, const QList<Value> &values, bool whole)
    {
        // id (the rowid's alias, stored as NULL), kind, target, payload, idempotency_key,
        // state, attempts, next_attempt_at, last_error, created_at; columns a later schema
        // adds come after.
        if (rowid <= 0 || values.size() < OutboxColumns || values[0].kind != Value::Null)
            return;
        for (int column : {1, 2, 3, 4, 5, 8}) {
            if (!isText(values[column]))
                return;
        }
        if (!isInteger(values[6]) || !isInteger(values[9])
            || !(isInteger(values[7]) || values[7].kind == Value::Null)) {
            return;
        }
        static const QStringList states{u"pending"_s, u"in_flight"_s, u"failed"_s};
        if (values[5].present && !states.contains(text(values[5])))
            return;
        if (!whole) {
            ++m_cutShort;
            return;
        }
        const std::optional<QJsonObject> payload = jsonObject(text(values[3]));
        const QString kind = text(values[1]);
        const QString key = text(values[4]);
        if (!payload || kind.isEmpty() || key.isEmpty())
            return;
        OutboxEntry entry;
        entry.id = rowid;
        entry.kind = kind;
        entry.target = text(values[2]);
        entry.payload = *payload;
        entry.idempotencyKey = key;
        const QString state = text(values[5]);
        entry.state = state == u"in_flight" ? OutboxEntry::InFlight
            : state == u"failed"            ? OutboxEntry::Failed
                                            : OutboxEntry::Pending;
        entry.attempts = int(values[6].integer);
        entry.nextAttemptAt = values[7].kind == Value::Null
            ? QDateTime()
            : CacheSql::toDateTime(QVariant(values[7].integer));
        entry.lastError = text(values[8]);
        entry.createdAt = CacheSql::toDateTime(QVariant(values[9].integer));
        // A row is in one live page only; a second copy is a stale one a garbled file kept.
        if (!m_outbox.contains(rowid))
            m_outbox.insert(rowid, entry);
    }

    void recogniseDraft(const QList<Value> &values, bool whole)
    {
        // drafts is WITHOUT ROWID: its rows are an index b-tree's records, key first.
        if (values.size() < DraftColumns || !isText(values[0]) || !isText(values[1])
            || !isInteger(values[2])) {
            return;
        }
        const QString key = text(values[0]);
        if (!values[0].present || key.isEmpty())
            return;
        if (!whole) {
            ++m_cutShort;
            return;
        }
        const std::optional<QJsonObject> content = jsonObject(text(values[1]));
        if (!content)
            return;
        DraftStore::Draft draft{key, *content, CacheSql::toDateTime(QVariant(values[2].integer))};
        const auto known = m_drafts.constFind(key);
        if (known == m_drafts.cend() || known->updatedAt < draft.updatedAt)
            m_drafts.insert(key, draft);
    }

    const QByteArray &m_file;
    const qint64 m_pageSize;
    const qint64 m_usable;
    const qint64 m_pages;
    const bool m_utf16;
    const bool m_bigEndian;
    QMap<qint64, OutboxEntry> m_outbox;
    QHash<QString, DraftStore::Draft> m_drafts;
    int m_cutShort = 0;
};

} // namespace

PageSalvage::Result PageSalvage::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return read(file.readAll());
}

PageSalvage::Result PageSalvage::read(const QByteArray &file)
{
    Result result;
    const auto *bytes = reinterpret_cast<const uchar *>(file.constData());
    // What the header says, if it is still there.
    const bool headerValid
        = file.size() >= HeaderSize && file.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    qint64 headerPageSize = 0;
    qint64 reserved = 0;
    bool utf16 = false;
    bool bigEndian = false;
    if (headerValid) {
        const quint32 size = bigEndian16(bytes + 16);
        headerPageSize = size == 1 ? MaxPageSize : qint64(size);
        if (headerPageSize < MinPageSize || headerPageSize > MaxPageSize
            || (headerPageSize & (headerPageSize - 1)) != 0) {
            headerPageSize = 0;
        }
        reserved = bytes[20];
        const quint32 encoding = bigEndian32(bytes + 56);
        utf16 = encoding == 2 || encoding == 3;
        bigEndian = encoding == 3;
    }
    // Without a header, every page size is tried, and the one that reads most rows is right:
    // with a wrong size, pages start in the middle of real ones and their cells point past
    // the page.
    QList<qint64> sizes;
    if (headerPageSize != 0 && headerPageSize - reserved >= 480) {
        sizes.append(headerPageSize);
    } else {
        reserved = 0;
        for (qint64 size = MinPageSize; size <= MaxPageSize; size *= 2)
            sizes.append(size);
    }
    int bestRows = -1;
    for (const qint64 size : sizes) {
        if (file.size() < size)
            continue;
        Scanner scanner(file, size, size - reserved, utf16, bigEndian);
        scanner.scan();
        if (scanner.rows() > bestRows) {
            bestRows = scanner.rows();
            scanner.fill(&result);
        }
    }
    if (result.pageSize > 0) {
        result.truncated = file.size() % result.pageSize != 0;
        if (headerValid && headerPageSize == result.pageSize) {
            // The page count in the header holds when its "valid for" counter matches the
            // change counter (sqlite.org/fileformat2.html#in_header_database_size).
            const quint32 pages = bigEndian32(bytes + 28);
            if (pages > 0 && bigEndian32(bytes + 92) == bigEndian32(bytes + 24)
                && file.size() < qint64(pages) * result.pageSize) {
                result.truncated = true;
            }
        }
    } else {
        result.truncated = file.size() > 0;
    }
    return result;
}

} // namespace Hearth
