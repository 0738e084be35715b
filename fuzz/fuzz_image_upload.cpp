// The server's upload check and decode: ImageProcessor::process on any bytes. The first
// byte picks the declared type (JPEG, PNG, WebP, GIF), the rest is the file.
//
// Properties: a refusal has a message; an accepted photo is within the limits, stored as
// JPEG or PNG, and both what is stored and its thumbnail decode to pictures of the sizes
// the output claims.

#include "FuzzCheck.h"
#include "QtApp.h"
#include "api/Limits.h"
#include "server/ImageProcessor.h"

#include <QImage>

#include <array>

using namespace Hearth;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    makeGuiApplication("fuzz_image_upload");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const std::array<QByteArray, 4> types{
        "image/jpeg", "image/png", "image/webp", "image/gif"};
    const QByteArray &declared = types[data[0] % types.size()];
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    const Result<ImageProcessor::Output> output = ImageProcessor::process(bytes, declared);
    if (!output) {
        FUZZ_CHECK(!output.error().message().isEmpty(), u"a refusal without a message"_s);
        return 0;
    }
    FUZZ_CHECK(output->width > 0 && output->height > 0 && output->width <= Limits::MaxImageSide
            && output->height <= Limits::MaxImageSide
            && qint64(output->width) * output->height <= Limits::MaxImagePixels,
        u"accepted a %1 × %2 photo"_s.arg(output->width).arg(output->height));
    FUZZ_CHECK(output->mimeType == "image/jpeg" || output->mimeType == "image/png",
        u"stored as %1"_s.arg(QString::fromLatin1(output->mimeType)));

    const QImage stored
        = QImage::fromData(output->bytes, output->mimeType == "image/png" ? "png" : "jpeg");
    FUZZ_CHECK(stored.width() == output->width && stored.height() == output->height,
        u"the stored photo is %1 × %2, not %3 × %4"_s.arg(stored.width())
            .arg(stored.height())
            .arg(output->width)
            .arg(output->height));
    const QImage thumbnail = QImage::fromData(output->thumbnail, "jpeg");
    FUZZ_CHECK(!thumbnail.isNull() && thumbnail.width() <= Limits::ThumbnailSide
            && thumbnail.height() <= Limits::ThumbnailSide,
        u"the thumbnail is %1 × %2"_s.arg(thumbnail.width()).arg(thumbnail.height()));
    return 0;
}
