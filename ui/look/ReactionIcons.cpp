#include "ReactionIcons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace Hearth::ReactionIcons {

namespace {

QPainterPath heartPath()
{
    QPainterPath heart;
    heart.moveTo(0, 0.85);
    heart.cubicTo(-1.05, 0.1, -0.95, -0.85, -0.45, -0.85);
    heart.cubicTo(-0.2, -0.85, -0.05, -0.7, 0, -0.5);
    heart.cubicTo(0.05, -0.7, 0.2, -0.85, 0.45, -0.85);
    heart.cubicTo(0.95, -0.85, 1.05, 0.1, 0, 0.85);
    return heart;
}

// Paints the glyph of kind in ink, in the unit square around the origin (-1…1 on both axes).
void paintGlyph(QPainter *painter, ReactionKind kind, const QColor &ink)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    switch (kind) {
    case ReactionKind::Heart:
        painter->drawPath(heartPath());
        return;
    case ReactionKind::Hug: {
        // A heart held in two arms.
        painter->save();
        painter->translate(0, -0.15);
        painter->scale(0.5, 0.5);
        painter->drawPath(heartPath());
        painter->restore();
        painter->setPen(QPen(ink, 0.26, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(QRectF(-0.85, -0.75, 1.7, 1.5), 200 * 16, 140 * 16);
        return;
    }
    case ReactionKind::MeToo:
        // Two people side by side.
        for (const qreal x : {-0.42, 0.42}) {
            painter->drawEllipse(QPointF(x, -0.38), 0.27, 0.27);
            QPainterPath shoulders;
            shoulders.moveTo(x - 0.4, 0.7);
            shoulders.cubicTo(x - 0.4, 0.05, x + 0.4, 0.05, x + 0.4, 0.7);
            shoulders.closeSubpath();
            painter->drawPath(shoulders);
        }
        return;
    case ReactionKind::SendingStrength: {
        // A four-pointed spark.
        QPainterPath spark;
        spark.moveTo(0, -0.95);
        spark.quadTo(0.12, -0.12, 0.95, 0);
        spark.quadTo(0.12, 0.12, 0, 0.95);
        spark.quadTo(-0.12, 0.12, -0.95, 0);
        spark.quadTo(-0.12, -0.12, 0, -0.95);
        painter->drawPath(spark);
        return;
    }
    case ReactionKind::ThinkingOfYou:
        // A thought bubble.
        painter->drawEllipse(QRectF(-0.75, -0.85, 1.55, 1.1));
        painter->drawEllipse(QPointF(-0.45, 0.5), 0.17, 0.17);
        painter->drawEllipse(QPointF(-0.75, 0.82), 0.1, 0.1);
        return;
    }
}

// The glyph in ink, centred in disc at the size a badge gives it.
void paintGlyphIn(QPainter *painter, ReactionKind kind, const QRectF &disc, const QColor &ink)
{
    painter->save();
    painter->translate(disc.center());
    const qreal glyph = disc.width() * 0.3;
    painter->scale(glyph, glyph);
    paintGlyph(painter, kind, ink);
    painter->restore();
}

} // namespace

QColor color(ReactionKind kind)
{
    switch (kind) {
    case ReactionKind::Heart:
        return QColor(0xD9, 0x48, 0x5F);
    case ReactionKind::Hug:
        return QColor(0xD9, 0x86, 0x1C);
    case ReactionKind::MeToo:
        return QColor(0x25, 0x8F, 0x80);
    case ReactionKind::SendingStrength:
        return QColor(0x73, 0x5A, 0xC9);
    case ReactionKind::ThinkingOfYou:
        return QColor(0x35, 0x7A, 0xC4);
    }
    return QColor(0x80, 0x80, 0x80);
}

QString name(ReactionKind kind)
{
    switch (kind) {
    case ReactionKind::Heart:
        return QCoreApplication::translate("Hearth::ReactionIcons", "Heart");
    case ReactionKind::Hug:
        return QCoreApplication::translate("Hearth::ReactionIcons", "Hug");
    case ReactionKind::MeToo:
        return QCoreApplication::translate("Hearth::ReactionIcons", "Me too");
    case ReactionKind::SendingStrength:
        return QCoreApplication::translate("Hearth::ReactionIcons", "Sending strength");
    case ReactionKind::ThinkingOfYou:
        return QCoreApplication::translate("Hearth::ReactionIcons", "Thinking of you");
    }
    return {};
}

void paintBadge(QPainter *painter, ReactionKind kind, const QRectF &disc, const QColor &ring)
{
    painter->save();
    painter->setPen(QPen(ring, 1.5));
    painter->setBrush(color(kind));
    painter->drawEllipse(disc);
    paintGlyphIn(painter, kind, disc, Qt::white);
    painter->restore();
}

void paintOutline(QPainter *painter, ReactionKind kind, const QRectF &disc, const QColor &ink)
{
    painter->save();
    painter->setPen(QPen(ink, 1.25));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(disc.adjusted(0.75, 0.75, -0.75, -0.75));
    paintGlyphIn(painter, kind, disc, ink);
    painter->restore();
}

} // namespace Hearth::ReactionIcons
