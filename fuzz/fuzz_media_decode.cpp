// The client's media decode: MediaDecoder::decode (what MediaImageCache runs off the GUI
// thread, and the photo viewer) on any bytes from a server.
//
// Properties: only JPEG and PNG are decoded; what comes out is never larger than
// MaxDecodedSide and is in one of the two formats the painter draws fastest.

#include "FuzzCheck.h"
#include "QtApp.h"
#include "sync/MediaDecoder.h"

#include <QBuffer>
#include <QImageReader>

using namespace Hearth;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    makeGuiApplication("fuzz_media_decode");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QImage image = MediaDecoder::decode(bytes);
    if (image.isNull())
        return 0;
    FUZZ_CHECK(image.width() <= MediaDecoder::MaxDecodedSide
            && image.height() <= MediaDecoder::MaxDecodedSide,
        u"decoded %1 × %2"_s.arg(image.width()).arg(image.height()));
    FUZZ_CHECK(image.format() == QImage::Format_RGB32
            || image.format() == QImage::Format_ARGB32_Premultiplied,
        u"decoded in format %1"_s.arg(int(image.format())));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    FUZZ_CHECK(format == "jpeg" || format == "png",
        u"decoded a %1 file"_s.arg(QString::fromLatin1(format)));
    return 0;
}
