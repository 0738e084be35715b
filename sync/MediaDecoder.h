#pragma once

#include <QByteArray>
#include <QImage>

namespace Hearth {

// The refusals and the decode of a picture from the server, apart from any cache or thread,
// so that the cards, the photo viewer and the fuzz target (fuzz/) run the very same code.
class MediaDecoder
{
public:
    // The API's limit on a side; anything claiming more is refused before decoding.
    static constexpr int MaxSourceSide = 10'000;
    static constexpr qint64 MaxSourcePixels = 40'000'000;
    // Larger pictures are decoded scaled down to this side (cards never need more).
    static constexpr int MaxDecodedSide = 1'600;

    // Decodes image bytes as a card may show them, or gives a null image when they are
    // refused: not JPEG or PNG, a header claiming more than the API allows, truncated, or
    // corrupt. Safe on any thread.
    static QImage decode(const QByteArray &bytes);
};

} // namespace Hearth
