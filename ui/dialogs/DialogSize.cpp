#include "DialogSize.h"

#include "ui/look/Metrics.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace Hearth::DialogSize {

void fitToContent(QWidget &dialog)
{
    QLayout *layout = dialog.layout();
    if (!layout)
        return;
    // Measured as shown: in the style's fonts and metrics.
    dialog.ensurePolished();
    layout->invalidate(); // its sizes for a width may be cached from before the change
    layout->activate();
    const int width = std::max({dialog.isVisible() ? dialog.width() : dialog.sizeHint().width(),
        dialog.minimumWidth(), layout->minimumSize().width()});
    const bool wraps = layout->hasHeightForWidth();
    const int minimum
        = wraps ? layout->totalMinimumHeightForWidth(width) : layout->totalMinimumSize().height();
    int height = wraps ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    if (const QScreen *screen = dialog.screen()) {
        height = std::min(height, screen->availableGeometry().height() - 2 * Metrics::spaceXXL);
    }
    dialog.setMinimumHeight(minimum);
    dialog.resize(width, std::max(height, minimum));
}

int sentenceWidth(const QWidget &dialog)
{
    return dialog.fontMetrics().averageCharWidth() * 60;
}

} // namespace Hearth::DialogSize
