#include "PhotoLocation.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace Hearth {

namespace {

constexpr QByteArrayView ExifHeader("Exif\0\0", 6);
constexpr QByteArrayView XmpHeader("http://ns.adobe.com/xap/1.0/\0", 29);
// Extended XMP: the header, then a 32-character GUID, the full length and this part's offset.
constexpr QByteArrayView ExtendedXmpHeader("http://ns.adobe.com/xmp/extension/\0", 35);
constexpr qsizetype ExtendedXmpPreamble = 32 + 4 + 4;
constexpr QByteArrayView PngSignature("\x89PNG\r\n\x1a\n", 8);
constexpr QByteArrayView PngXmpKeyword("XML:com.adobe.xmp");

// The positions a GPS directory can hold (EXIF 2.32, GPS attributes).
constexpr std::array<quint16, 4> GpsPositionTags{
    0x0002, // GPSLatitude
    0x0004, // GPSLongitude
    0x0014, // GPSDestLatitude
    0x0016, // GPSDestLongitude
};
// The same in XMP's exif: namespace.
constexpr std::array<QByteArrayView, 4> XmpPositionProperties{
    "exif:GPSLatitude",
    "exif:GPSLongitude",
    "exif:GPSDestLatitude",
    "exif:GPSDestLongitude",
};

constexpr quint16 TagGpsInfo = 0x8825;
constexpr quint16 TypeLong = 4, TypeIfd = 13;
constexpr qint64 EntrySize = 12;
// IFD0, IFD1, and what a damaged or hostile chain links after them.
constexpr int MaxDirectories = 8;
// How far the end of an XMP property's start tag may be from its name.
constexpr qsizetype MaxStartTag = 256;

// Whether length bytes from at lie inside a block of size bytes.
bool fits(qint64 size, qint64 at, qint64 length)
{
    return at >= 0 && length >= 0 && at <= size && length <= size - at;
}

// The bytes from at, at most length of them (fewer when the block ends first).
QByteArrayView part(QByteArrayView bytes, qint64 at, qint64 length)
{
    if (at < 0 || at > bytes.size() || length < 0)
        return {};
    return bytes.sliced(at, qMin(length, bytes.size() - at));
}

quint16 be16(QByteArrayView bytes, qint64 at)
{
    return qFromBigEndian<quint16>(bytes.data() + at);
}

quint32 be32(QByteArrayView bytes, qint64 at)
{
    return qFromBigEndian<quint32>(bytes.data() + at);
}

quint32 le32(QByteArrayView bytes, qint64 at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

// A TIFF block, the body of EXIF: its numbers in its own byte order. Callers check with
// has() before they read.
class Tiff
{
public:
    explicit Tiff(QByteArrayView data) : m_data(data) { }

    // The byte order and the magic number; false when this is no TIFF.
    bool readHeader()
    {
        if (m_data.size() < 8)
            return false;
        if (m_data.startsWith("II"))
            m_bigEndian = false;
        else if (m_data.startsWith("MM"))
            m_bigEndian = true;
        else
            return false;
        return u16(2) == 42;
    }

    bool has(qint64 at, qint64 length) const { return fits(m_data.size(), at, length); }
    quint16 u16(qint64 at) const
    {
        return m_bigEndian ? qFromBigEndian<quint16>(m_data.data() + at)
                           : qFromLittleEndian<quint16>(m_data.data() + at);
    }
    quint32 u32(qint64 at) const
    {
        return m_bigEndian ? qFromBigEndian<quint32>(m_data.data() + at)
                           : qFromLittleEndian<quint32>(m_data.data() + at);
    }

    // How many entries the directory at offset has, when it lies whole in the block (its
    // count and every entry); -1 when it doesn't.
    qint64 entryCount(qint64 offset) const
    {
        if (offset < 8 || !has(offset, 2))
            return -1;
        const qint64 count = u16(offset);
        return has(offset + 2, count * EntrySize) ? count : -1;
    }

    // Whether the value of the entry at entryAt is there: a known type, a count above
    // zero, and the bytes (inline when four or fewer, else at their offset) in the block.
    bool valueFits(qint64 entryAt) const
    {
        const qint64 unit = typeSize(u16(entryAt + 2));
        const qint64 length = unit * u32(entryAt + 4);
        if (length <= 0)
            return false;
        return length <= 4 || has(u32(entryAt + 8), length);
    }

    // Whether the GPS directory at offset holds a position with its value.
    bool gpsHasPosition(qint64 offset) const
    {
        const qint64 count = entryCount(offset);
        for (qint64 i = 0; i < count; ++i) {
            const qint64 entryAt = offset + 2 + i * EntrySize;
            const quint16 tag = u16(entryAt);
            if (std::find(GpsPositionTags.begin(), GpsPositionTags.end(), tag)
                    != GpsPositionTags.end()
                && valueFits(entryAt))
                return true;
        }
        return false;
    }

    // Follows the chain of directories from IFD0 (never one twice, never more than
    // MaxDirectories) and looks for a GPSInfo pointer to a GPS directory with a position.
    // At most MaxDirectories GPS directories are read in all: a hostile block may hold
    // thousands of pointers to a directory of thousands of entries.
    bool hasGpsPosition() const
    {
        std::array<qint64, MaxDirectories> seen{};
        int gpsRead = 0;
        qint64 offset = u32(4);
        for (int visited = 0; visited < MaxDirectories; ++visited) {
            if (std::find(seen.begin(), seen.begin() + visited, offset) != seen.begin() + visited)
                return false;
            seen[visited] = offset;
            const qint64 count = entryCount(offset);
            if (count < 0)
                return false;
            for (qint64 i = 0; i < count && gpsRead < MaxDirectories; ++i) {
                const qint64 entryAt = offset + 2 + i * EntrySize;
                const quint16 type = u16(entryAt + 2);
                if (u16(entryAt) != TagGpsInfo || u32(entryAt + 4) != 1
                    || (type != TypeLong && type != TypeIfd))
                    continue;
                ++gpsRead;
                if (gpsHasPosition(u32(entryAt + 8)))
                    return true;
            }
            const qint64 nextAt = offset + 2 + count * EntrySize;
            if (!has(nextAt, 4))
                return false;
            offset = u32(nextAt);
            if (offset == 0)
                return false;
        }
        return false;
    }

private:
    static qint64 typeSize(quint16 type)
    {
        switch (type) {
        case 1: // BYTE
        case 2: // ASCII
        case 6: // SBYTE
        case 7: // UNDEFINED
            return 1;
        case 3: // SHORT
        case 8: // SSHORT
            return 2;
        case 4: // LONG
        case 9: // SLONG
        case 11: // FLOAT
        case 13: // IFD
            return 4;
        case 5: // RATIONAL
        case 10: // SRATIONAL
        case 12: // DOUBLE
            return 8;
        default:
            return 0;
        }
    }

    QByteArrayView m_data;
    bool m_bigEndian = false;
};

// EXIF as PNG's eXIf and WebP's EXIF carry it: a TIFF block, sometimes after JPEG's header.
bool exifHasGps(QByteArrayView exif)
{
    if (exif.startsWith(ExifHeader))
        exif = exif.sliced(ExifHeader.size());
    Tiff tiff(exif);
    return tiff.readHeader() && tiff.hasGpsPosition();
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Whether the property named at [at, at + length) of an XMP packet has a value: as an
// attribute (name="value") or as an element (<name>value</name>).
bool hasValue(QByteArrayView xmp, qsizetype at, qsizetype length)
{
    if (at == 0)
        return false;
    const char before = xmp[at - 1];
    qsizetype p = at + length;
    const auto skipSpace = [&] {
        while (p < xmp.size() && isXmlSpace(xmp[p]))
            ++p;
    };
    if (isXmlSpace(before)) {
        skipSpace();
        if (p >= xmp.size() || xmp[p] != '=')
            return false;
        ++p;
        skipSpace();
        if (p + 1 >= xmp.size() || (xmp[p] != '"' && xmp[p] != '\''))
            return false;
        const char quote = xmp[p];
        return xmp[p + 1] != quote;
    }
    if (before != '<' || p >= xmp.size() || (xmp[p] != '>' && !isXmlSpace(xmp[p])))
        return false;
    // The end of the start tag, looked for nearby only: a packet of unclosed tags must
    // not cost a scan to its end for each of them.
    const qsizetype close = part(xmp, p, MaxStartTag).indexOf('>');
    if (close < 0 || xmp[p + close - 1] == '/')
        return false;
    p += close + 1;
    skipSpace();
    return p < xmp.size() && xmp[p] != '<';
}

bool xmpHasGps(QByteArrayView xmp)
{
    for (const QByteArrayView name : XmpPositionProperties) {
        for (qsizetype at = xmp.indexOf(name); at >= 0; at = xmp.indexOf(name, at + 1)) {
            if (hasValue(xmp, at, name.size()))
                return true;
        }
    }
    return false;
}

// JPEG: the marker segments up to the start of the picture's data (metadata comes first).
PhotoLocation findInJpeg(QByteArrayView bytes)
{
    PhotoLocation found;
    qsizetype at = 2; // after SOI
    while (at < bytes.size()) {
        if (quint8(bytes[at]) != 0xff)
            break; // not a marker: damaged
        while (at < bytes.size() && quint8(bytes[at]) == 0xff)
            ++at; // fill bytes
        if (at >= bytes.size())
            break;
        const quint8 marker = quint8(bytes[at++]);
        if (marker == 0xd9 || marker == 0xda || marker == 0x00)
            break; // the end, the picture's data, or no marker at all
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
            continue; // no length
        if (!fits(bytes.size(), at, 2))
            break;
        const quint16 length = be16(bytes, at);
        if (length < 2)
            break;
        if (marker == 0xe1) {
            const QByteArrayView payload = part(bytes, at + 2, length - 2);
            if (payload.startsWith(ExifHeader)) {
                found.inExif = found.inExif || exifHasGps(payload);
            } else if (payload.startsWith(XmpHeader)) {
                found.inXmp = found.inXmp || xmpHasGps(payload.sliced(XmpHeader.size()));
            } else if (payload.startsWith(ExtendedXmpHeader)) {
                found.inXmp = found.inXmp
                    || xmpHasGps(part(
                        payload, ExtendedXmpHeader.size() + ExtendedXmpPreamble, payload.size()));
            }
        }
        at += length;
    }
    return found;
}

// PNG: every chunk up to IEND (eXIf, and iTXt XMP, may come after the picture's data).
PhotoLocation findInPng(QByteArrayView bytes)
{
    PhotoLocation found;
    qint64 at = PngSignature.size();
    while (fits(bytes.size(), at, 8)) {
        const qint64 length = be32(bytes, at);
        if (length > 0x7fffffff)
            break; // PNG's limit
        const QByteArrayView type = bytes.sliced(at + 4, 4);
        const QByteArrayView data = part(bytes, at + 8, length);
        if (type == "eXIf") {
            found.inExif = found.inExif || exifHasGps(data);
        } else if (type == "iTXt") {
            // keyword NUL, compression flag and method, language NUL, translated keyword
            // NUL, text.
            const qsizetype keywordEnd = data.indexOf('\0');
            if (keywordEnd >= 0 && data.first(keywordEnd) == PngXmpKeyword
                && fits(data.size(), keywordEnd + 1, 2) && data[keywordEnd + 1] == '\0') {
                const qsizetype languageEnd = data.indexOf('\0', keywordEnd + 3);
                const qsizetype translatedEnd
                    = languageEnd < 0 ? -1 : data.indexOf('\0', languageEnd + 1);
                if (translatedEnd >= 0)
                    found.inXmp = found.inXmp || xmpHasGps(data.sliced(translatedEnd + 1));
            }
        } else if (type == "IEND") {
            break;
        }
        at += 8 + length + 4; // length, type, data, CRC
    }
    return found;
}

// WebP: the chunks of its RIFF container.
PhotoLocation findInWebp(QByteArrayView bytes)
{
    PhotoLocation found;
    qint64 at = 12; // "RIFF", size, "WEBP"
    while (fits(bytes.size(), at, 8)) {
        const QByteArrayView type = bytes.sliced(at, 4);
        const qint64 length = le32(bytes, at + 4);
        const QByteArrayView data = part(bytes, at + 8, length);
        if (type == "EXIF")
            found.inExif = found.inExif || exifHasGps(data);
        else if (type == "XMP ")
            found.inXmp = found.inXmp || xmpHasGps(data);
        at += 8 + length + (length & 1); // chunks are padded to an even size
    }
    return found;
}

} // namespace

PhotoLocation PhotoLocation::find(QByteArrayView bytes)
{
    if (bytes.startsWith("\xff\xd8"))
        return findInJpeg(bytes);
    if (bytes.startsWith(PngSignature))
        return findInPng(bytes);
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return findInWebp(bytes);
    return {};
}

PhotoLocation PhotoLocation::findInFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (maxBytes <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    return find(file.read(maxBytes));
}

} // namespace Hearth
