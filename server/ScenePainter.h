#pragma once

#include <QImage>
#include <QStringList>

namespace Hearth {

// Paints the demo community's photos and video frames: calm, simple scenes (the sea,
// stars, a forest path…) drawn with QPainter, so no picture in the demo comes from
// anywhere else. phase (0..1) animates a scene for video frames.
class ScenePainter
{
public:
    static QStringList scenes();
    // A null image for an unknown scene.
    static QImage paint(const QString &scene, QSize size, qreal phase = 0);
};

} // namespace Hearth
