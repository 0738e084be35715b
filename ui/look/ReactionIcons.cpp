#include "ReactionIcons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

#include <cmath>

using namespace Qt::StringLiterals;

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

// Paints through a picture kept in QPixmapCache under a plain translation: the glyphs'
// curves cost a hundred times a blit, and a feed paints the same few badges on every card it
// scrolls past. The picture is kept per quarter of a device pixel of where the disc falls, so
// that its edges are smoothed as they would be if painted there. A scaled or rotated painter
// is painted on directly.
template<typename Paint>
void paintKept(QPainter *painter, const QRectF &disc, const QString &what, Paint paint)
{
    const QTransform &transform = painter->worldTransform();
    if (transform.type() > QTransform::TxTranslate) {
        paint(painter, disc);
        return;
    }
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPointF device = transform.map(disc.topLeft()) * ratio;
    const QPointF whole(std::floor(device.x()), std::floor(device.y()));
    const int quarterX = qRound((device.x() - whole.x()) * 4);
    const int quarterY = qRound((device.y() - whole.y()) * 4);
    constexpr int margin = 2; // room for the ring's pen outside the disc
    const QString key = u"hearth-reaction:%1:%2x%3@%4+%5,%6"_s.arg(what)
                            .arg(qRound(disc.width() * 8))
                            .arg(qRound(disc.height() * 8))
                            .arg(qRound(ratio * 100))
                            .arg(quarterX)
                            .arg(quarterY);
    QPixmap kept;
    if (!QPixmapCache::find(key, &kept)) {
        const QSizeF size = disc.size() + QSizeF(2 * margin + 1, 2 * margin + 1);
        kept = QPixmap((size * ratio).toSize() + QSize(1, 1));
        kept.setDevicePixelRatio(ratio);
        kept.fill(Qt::transparent);
        QPainter onto(&kept);
        onto.setRenderHints(painter->renderHints() | QPainter::Antialiasing);
        const QPointF at(margin + quarterX / (4 * ratio), margin + quarterY / (4 * ratio));
        paint(&onto, QRectF(at, disc.size()));
        onto.end();
        QPixmapCache::insert(key, kept);
    }
    // Where the picture's corner falls: on the whole device pixel before the disc, less the
    // margin.
    const QPointF corner = transform.inverted().map(whole / ratio) - QPointF(margin, margin);
    painter->drawPixmap(corner, kept);
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
    const QString what = u"badge:%1:%2"_s.arg(int(kind)).arg(ring.rgba());
    paintKept(painter, disc, what, [kind, ring](QPainter *onto, const QRectF &at) {
        onto->save();
        onto->setPen(QPen(ring, 1.5));
        onto->setBrush(color(kind));
        onto->drawEllipse(at);
        paintGlyphIn(onto, kind, at, Qt::white);
        onto->restore();
    });
}

void paintOutline(QPainter *painter, ReactionKind kind, const QRectF &disc, const QColor &ink)
{
    const QString what = u"outline:%1:%2"_s.arg(int(kind)).arg(ink.rgba());
    paintKept(painter, disc, what, [kind, ink](QPainter *onto, const QRectF &at) {
        onto->save();
        onto->setPen(QPen(ink, 1.25));
        onto->setBrush(Qt::NoBrush);
        onto->drawEllipse(at.adjusted(0.75, 0.75, -0.75, -0.75));
        paintGlyphIn(onto, kind, at, ink);
        onto->restore();
    });
}

} // namespace Hearth::ReactionIcons
