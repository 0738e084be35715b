#include "MjpegAviWriter.h"

#include <QBuffer>
#include <QImageWriter>
#include <QtEndian>

namespace Hearth {

namespace {

void u32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void u16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

// A chunk: four-character code, little-endian size, data, padded to an even length.
QByteArray chunk(const char *fourcc, const QByteArray &data)
{
    QByteArray out(fourcc, 4);
    u32(out, quint32(data.size()));
    out.append(data);
    if (data.size() % 2)
        out.append('\0');
    return out;
}

QByteArray list(const char *type, const QByteArray &data)
{
    return chunk("LIST", QByteArray(type, 4) + data);
}

QByteArray jpeg(const QImage &frame, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(frame.convertToFormat(QImage::Format_RGB32));
    return bytes;
}

} // namespace

QByteArray MjpegAviWriter::write(const QList<QImage> &frames, int framesPerSecond, int quality)
{
    if (frames.isEmpty() || framesPerSecond <= 0)
        return {};
    const quint32 width = quint32(frames.first().width());
    const quint32 height = quint32(frames.first().height());

    QList<QByteArray> encoded;
    quint32 largest = 0;
    for (const QImage &frame : frames) {
        encoded.append(jpeg(frame, quality));
        largest = qMax(largest, quint32(encoded.last().size()));
    }

    QByteArray avih;
    u32(avih, quint32(1'000'000 / framesPerSecond)); // microseconds per frame
    u32(avih, largest * quint32(framesPerSecond)); // max bytes per second
    u32(avih, 0); // padding granularity
    u32(avih, 0x10); // AVIF_HASINDEX
    u32(avih, quint32(frames.size()));
    u32(avih, 0); // initial frames
    u32(avih, 1); // streams
    u32(avih, largest);
    u32(avih, width);
    u32(avih, height);
    for (int i = 0; i < 4; ++i)
        u32(avih, 0);

    QByteArray strh("vidsMJPG", 8);
    u32(strh, 0); // flags
    u16(strh, 0); // priority
    u16(strh, 0); // language
    u32(strh, 0); // initial frames
    u32(strh, 1); // scale
    u32(strh, quint32(framesPerSecond)); // rate: rate / scale = frames per second
    u32(strh, 0); // start
    u32(strh, quint32(frames.size())); // length in frames
    u32(strh, largest);
    u32(strh, 0xffffffff); // quality: default
    u32(strh, 0); // sample size: varies
    u16(strh, 0);
    u16(strh, 0);
    u16(strh, quint16(width));
    u16(strh, quint16(height));

    QByteArray strf; // BITMAPINFOHEADER
    u32(strf, 40);
    u32(strf, width);
    u32(strf, height);
    u16(strf, 1); // planes
    u16(strf, 24); // bits per pixel
    strf.append("MJPG", 4);
    u32(strf, width * height * 3);
    for (int i = 0; i < 4; ++i)
        u32(strf, 0);

    const QByteArray header = list(
        "hdrl", chunk("avih", avih) + list("strl", chunk("strh", strh) + chunk("strf", strf)));

    QByteArray movi("movi", 4);
    QByteArray index;
    for (const QByteArray &frame : std::as_const(encoded)) {
        // Index offsets count from the "movi" four-character code.
        index.append("00dc", 4);
        u32(index, 0x10); // AVIIF_KEYFRAME
        u32(index, quint32(movi.size()));
        u32(index, quint32(frame.size()));
        movi.append(chunk("00dc", frame));
    }

    const QByteArray body
        = QByteArray("AVI ", 4) + header + chunk("LIST", movi) + chunk("idx1", index);
    QByteArray file("RIFF", 4);
    u32(file, quint32(body.size()));
    file.append(body);
    return file;
}

} // namespace Hearth
