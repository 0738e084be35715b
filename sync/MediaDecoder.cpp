#include "MediaDecoder.h"

#include "api/Png.h"

#include <QBuffer>
#include <QImageReader>

namespace Hearth {

namespace {

// Qt's JPEG reader fills in what a truncated file lacks and calls it a success; a whole
// JPEG ends with its EOI marker, which (0xFF being stuffed everywhere else) appears nowhere
// but at the end. A little slack allows for padding some encoders add after it.
bool endsLikeJpeg(const QByteArray &bytes)
{
    const qsizetype end = bytes.lastIndexOf(QByteArrayView("\xFF\xD9"));
    return end >= 0 && end >= bytes.size() - 64;
}

// A whole PNG ends with its IEND chunk (and its CRC), and each chunk before it fits in the
// file: libpng allocates what a chunk claims before reading it.
bool endsLikePng(const QByteArray &bytes)
{
    return bytes.endsWith(QByteArrayView("IEND\xAE\x42\x60\x82")) && Png::isWhole(bytes);
}

} // namespace

QImage MediaDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // The server sends JPEG thumbnails (PNG for full pictures with transparency); any other
    // format is not what was asked for, and only widens what a hostile server could reach.
    const QByteArray format = reader.format();
    if (format == "jpeg") {
        if (!endsLikeJpeg(bytes))
            return {};
    } else if (format == "png") {
        if (!endsLikePng(bytes))
            return {};
    } else {
        return {};
    }
    // The header's size is checked before a pixel is allocated: a small file may claim a
    // huge picture.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || size.width() > MaxSourceSide
        || size.height() > MaxSourceSide || qint64(size.width()) * size.height() > MaxSourcePixels)
        return {};
    if (size.width() > MaxDecodedSide || size.height() > MaxDecodedSide)
        reader.setScaledSize(size.scaled(MaxDecodedSide, MaxDecodedSide, Qt::KeepAspectRatio));
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return {};
    // The formats the raster painter draws fastest.
    const QImage::Format fast
        = image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != fast)
        image.convertTo(fast);
    return image;
}

} // namespace Hearth
