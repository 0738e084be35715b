#pragma once

#include <QRect>

#include <algorithm>

namespace Hearth {

// Where a window opens when none was saved: 820×900 — room for the header and a few
// cards — shrunk to nine tenths of the screen's free area when that is smaller (a
// 1366×768 laptop less its panel cannot hold 900 px), centred in it. Header-only: the
// first-paint bench's bare window opens the same way without linking the UI.
inline QRect defaultWindowGeometry(const QRect &available)
{
    const QSize size(
        std::min(820, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    return QRect(available.topLeft()
            + QPoint(
                (available.width() - size.width()) / 2, (available.height() - size.height()) / 2),
        size);
}

} // namespace Hearth
