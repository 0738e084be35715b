#include "Png.h"

#include <QtEndian>

namespace Hearth::Png {

bool isWhole(QByteArrayView data)
{
    static constexpr QByteArrayView signature("\x89PNG\r\n\x1a\n", 8);
    if (!data.startsWith(signature))
        return false;
    // Each chunk: a 4-byte length, a 4-byte type, the data, a 4-byte CRC.
    qsizetype at = signature.size();
    while (data.size() - at >= 12) {
        const quint32 length = qFromBigEndian<quint32>(data.data() + at);
        const QByteArrayView type = data.sliced(at + 4, 4);
        // The specification caps a length at 2^31 - 1; anything beyond the data is cut short.
        if (length > quint32(data.size() - at - 12))
            return false;
        if (type == "IEND")
            return true;
        at += 12 + qsizetype(length);
    }
    return false;
}

} // namespace Hearth::Png
