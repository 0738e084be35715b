#include "ImageProcessor.h"

#include "api/Limits.h"
#include "api/Png.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

ApiError refuse(const QString &message)
{
    return ApiError::validation(u"media"_s, message);
}

// Formats decoders accept truncated: a JPEG must end with its EOI marker and a PNG
// must be whole chunks up to its IEND, or the "photo" is a grey-padded fragment (and a
// chunk claiming more than the file holds costs what it claims in libpng).
bool looksComplete(const QByteArray &data, const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg") {
        QByteArray trimmed = data;
        while (trimmed.endsWith('\0') || trimmed.endsWith('\n') || trimmed.endsWith('\r'))
            trimmed.chop(1);
        return trimmed.endsWith("\xff\xd9");
    }
    if (format == "png")
        return Png::isWhole(data);
    return true;
}

QByteArray formatFor(const QByteArray &mimeType)
{
    if (mimeType == "image/jpeg")
        return "jpeg";
    if (mimeType == "image/png")
        return "png";
    if (mimeType == "image/webp")
        return "webp";
    if (mimeType == "image/gif")
        return "gif";
    return {};
}

QByteArray write(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    writer.write(image);
    return bytes;
}

bool tooLarge(QSize size)
{
    return size.width() > Limits::MaxImageSide || size.height() > Limits::MaxImageSide
        || qint64(size.width()) * size.height() > Limits::MaxImagePixels;
}

ApiError tooLargeError()
{
    return ApiError(ApiError::Code::PayloadTooLarge,
        u"This image is too large: at most %1 × %1 pixels and %2 megapixels."_s
            .arg(Limits::MaxImageSide)
            .arg(Limits::MaxImagePixels / 1'000'000),
        u"media"_s);
}

} // namespace

// Whether any pixel is less than opaque: many PNGs have an alpha channel they never use.
static bool usesTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) < 255)
                return true;
        }
    }
    return false;
}

ImageProcessor::Output ImageProcessor::encode(const QImage &source)
{
    const bool alpha = usesTransparency(source);
    const QImage converted
        = source.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    // A QImage built over the bare pixels carries no text keys, no DPI, no offset: only
    // the picture goes on.
    const QImage pixels = QImage(converted.constBits(), converted.width(), converted.height(),
        converted.bytesPerLine(), converted.format())
                              .copy();
    Output output;
    output.width = pixels.width();
    output.height = pixels.height();
    output.mimeType = alpha ? "image/png" : "image/jpeg";
    output.bytes = alpha ? write(pixels, "png", -1) : write(pixels, "jpeg", 90);
    const QImage thumb
        = pixels.width() > Limits::ThumbnailSide || pixels.height() > Limits::ThumbnailSide
        ? pixels.scaled(Limits::ThumbnailSide, Limits::ThumbnailSide, Qt::KeepAspectRatio,
            Qt::SmoothTransformation)
        : pixels;
    // Thumbnails are JPEG: transparency is laid over white.
    QImage flat(thumb.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, thumb);
    painter.end();
    output.thumbnail = write(flat, "jpeg", 85);
    return output;
}

Result<ImageProcessor::Output> ImageProcessor::process(
    const QByteArray &data, const QByteArray &declaredMimeType)
{
    const QByteArray format = formatFor(declaredMimeType);
    if (format.isEmpty()) {
        return ApiError(ApiError::Code::UnsupportedMediaType,
            u"Photos can be JPEG, PNG, WebP or GIF."_s, u"media"_s);
    }
    if (data.size() > Limits::MaxImageUploadBytes) {
        return ApiError(ApiError::Code::PayloadTooLarge,
            u"Photos can be at most %1 MB."_s.arg(Limits::MaxImageUploadBytes >> 20), u"media"_s);
    }

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (reader.format() != format && !(format == "jpeg" && reader.format() == "jpg"))
        return refuse(u"The file is not the kind of image it says it is."_s);

    // The header's size, checked before a single pixel is decoded: a small file can
    // claim a huge canvas (a decompression bomb).
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return refuse(u"This image could not be read."_s);
    if (tooLarge(size))
        return tooLargeError();
    if (!looksComplete(data, format))
        return refuse(u"This image is incomplete: the upload may have been cut short."_s);

    // Qt also refuses allocations over its limit; keep it near what the limits allow.
    QImageReader::setAllocationLimit(int((Limits::MaxImagePixels * 4) >> 20) + 16);
    QImage image = reader.read();
    if (image.isNull())
        return refuse(u"This image could not be read: %1"_s.arg(reader.errorString()));
    // What a header says is not always what decodes (a GIF's screen and its first frame can
    // disagree): the picture itself is held to the same limits.
    if (tooLarge(image.size()))
        return tooLargeError();
    // The stored copy carries no colour profile, so its pixels must already be sRGB.
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace::SRgb)
        image.convertToColorSpace(QColorSpace::SRgb);
    return encode(image);
}

} // namespace Hearth
