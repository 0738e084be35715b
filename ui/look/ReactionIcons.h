#pragma once

#include "api/Enums.h"

#include <QColor>

class QPainter;
class QRectF;

// The reactions' icons, painted rather than drawn from an emoji font: every machine shows
// the same shapes, and they stay sharp at any scale. A badge is a glyph in white on a disc
// of the reaction's colour; an outline is the same glyph in one ink inside a ring, for a
// reaction not given yet.
namespace Hearth::ReactionIcons {

// The reaction's own colour, light enough behind white and dark enough on a light card.
QColor color(ReactionKind kind);

// The reaction's name as a person reads it: "Heart", "Sending strength".
QString name(ReactionKind kind);

// A disc of the reaction's colour with its glyph in white, ringed in ring (the colour under
// it, so that overlapping badges stay apart).
void paintBadge(QPainter *painter, ReactionKind kind, const QRectF &disc, const QColor &ring);

// The glyph in ink inside a ring of ink: the same shape as the badge, without its colour.
void paintOutline(QPainter *painter, ReactionKind kind, const QRectF &disc, const QColor &ink);

} // namespace Hearth::ReactionIcons
