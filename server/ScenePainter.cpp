#include "ScenePainter.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr qreal tau = 2 * std::numbers::pi;

void sky(QPainter &p, const QRectF &r, const QColor &top, const QColor &bottom)
{
    QLinearGradient gradient(r.topLeft(), r.bottomLeft());
    gradient.setColorAt(0, top);
    gradient.setColorAt(1, bottom);
    p.fillRect(r, gradient);
}

void glow(QPainter &p, QPointF centre, qreal radius, const QColor &colour)
{
    QRadialGradient gradient(centre, radius);
    gradient.setColorAt(0, colour);
    QColor clear = colour;
    clear.setAlpha(0);
    gradient.setColorAt(1, clear);
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawEllipse(centre, radius, radius);
}

QPainterPath hills(qreal w, qreal h, qreal base, qreal amplitude, qreal frequency, qreal shift)
{
    QPainterPath path(QPointF(0, h));
    for (int x = 0; x <= 64; ++x) {
        const qreal fx = w * x / 64;
        const qreal y = base + amplitude * std::sin(frequency * x / 64 * tau + shift)
            + amplitude * 0.4 * std::sin(frequency * 2.7 * x / 64 * tau + shift * 1.3);
        path.lineTo(fx, y);
    }
    path.lineTo(w, h);
    path.closeSubpath();
    return path;
}

void waves(QPainter &p, qreal w, qreal h, qreal horizon, qreal phase, const QColor &deep,
    const QColor &light)
{
    QLinearGradient water(0, horizon, 0, h);
    water.setColorAt(0, light);
    water.setColorAt(1, deep);
    p.fillRect(QRectF(0, horizon, w, h - horizon), water);
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < 9; ++i) {
        const qreal y = horizon + (h - horizon) * (i + 1) / 10.0;
        QPainterPath line(QPointF(0, y));
        for (int x = 0; x <= 48; ++x) {
            line.lineTo(w * x / 48, y + (2 + i) * std::sin(x / 48.0 * tau * 3 + phase * tau + i));
        }
        p.setPen(QPen(QColor(255, 255, 255, 30 + 6 * i), 1 + i * 0.25));
        p.drawPath(line);
    }
}

void stars(QPainter &p, qreal w, qreal h, qreal phase, quint32 seed)
{
    QRandomGenerator random(seed);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 160; ++i) {
        const QPointF at(random.bounded(w), random.bounded(h));
        const qreal twinkle = 0.5 + 0.5 * std::sin(phase * tau * 2 + i);
        const int alpha = 80 + int(150 * twinkle * random.bounded(1.0));
        p.setBrush(QColor(255, 250, 235, alpha));
        const qreal size = 0.6 + random.bounded(1.6);
        p.drawEllipse(at, size, size);
    }
}

void tree(QPainter &p, QPointF foot, qreal height, const QColor &colour)
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour.darker(160));
    p.drawRect(
        QRectF(foot.x() - height * 0.03, foot.y() - height * 0.2, height * 0.06, height * 0.2));
    p.setBrush(colour);
    for (int tier = 0; tier < 3; ++tier) {
        const qreal top = foot.y() - height * (1.0 - tier * 0.22);
        const qreal bottom = foot.y() - height * (0.15 + (2 - tier) * 0.1);
        const qreal half = height * (0.16 + tier * 0.06);
        QPolygonF triangle{{foot.x(), top}, {foot.x() - half, bottom}, {foot.x() + half, bottom}};
        p.drawPolygon(triangle);
    }
}

void paintScene(QPainter &p, const QString &scene, qreal w, qreal h, qreal phase)
{
    const QRectF all(0, 0, w, h);
    if (scene == u"sea") {
        sky(p, all, QColor(250, 214, 165), QColor(244, 170, 140));
        glow(p, {w * 0.68, h * 0.45}, h * 0.22, QColor(255, 240, 200, 220));
        waves(p, w, h, h * 0.52, phase, QColor(35, 70, 110), QColor(120, 150, 175));
    } else if (scene == u"stars") {
        sky(p, all, QColor(10, 14, 40), QColor(40, 40, 90));
        stars(p, w, h * 0.8, phase, 7);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(15, 20, 35));
        p.drawPath(hills(w, h, h * 0.82, h * 0.04, 1.5, 0.4));
    } else if (scene == u"forest_path") {
        sky(p, all, QColor(200, 225, 205), QColor(150, 190, 160));
        glow(p, {w * 0.5, h * 0.35}, h * 0.4,
            QColor(255, 250, 220, 160 + int(40 * std::sin(phase * tau))));
        QPolygonF path{{w * 0.47, h * 0.55}, {w * 0.53, h * 0.55}, {w * 0.75, h}, {w * 0.25, h}};
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(94, 140, 90));
        p.drawRect(QRectF(0, h * 0.55, w, h * 0.45));
        p.setBrush(QColor(190, 165, 120));
        p.drawPolygon(path);
        for (int i = 0; i < 7; ++i) {
            tree(p, {w * (0.05 + 0.06 * i), h * (0.62 + 0.05 * i)}, h * (0.35 + 0.1 * i),
                QColor(40, 90 - 5 * i, 55));
            tree(p, {w * (0.95 - 0.06 * i), h * (0.62 + 0.05 * i)}, h * (0.35 + 0.1 * i),
                QColor(35, 85 - 5 * i, 50));
        }
    } else if (scene == u"sunrise") {
        sky(p, all, QColor(120, 150, 210), QColor(255, 190, 140));
        glow(p, {w * 0.5, h * (0.72 - 0.1 * phase)}, h * 0.3, QColor(255, 220, 120, 255));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(90, 80, 120));
        p.drawPath(hills(w, h, h * 0.7, h * 0.06, 1.2, 1.0));
        p.setBrush(QColor(60, 55, 90));
        p.drawPath(hills(w, h, h * 0.8, h * 0.05, 2.0, 2.5));
    } else if (scene == u"rain_window") {
        sky(p, all, QColor(90, 105, 125), QColor(55, 65, 80));
        glow(p, {w * 0.3, h * 0.7}, h * 0.2, QColor(255, 200, 120, 120));
        glow(p, {w * 0.75, h * 0.6}, h * 0.15, QColor(255, 220, 160, 100));
        QRandomGenerator random(11);
        for (int i = 0; i < 90; ++i) {
            const qreal x = random.bounded(w);
            const qreal y
                = std::fmod(random.bounded(h) + phase * h * (0.5 + random.bounded(1.0)), h);
            const qreal length = 8 + random.bounded(22.0);
            p.setPen(QPen(QColor(220, 230, 245, 90), 1.5));
            p.drawLine(QPointF(x, y), QPointF(x - 1, y + length));
        }
        p.setPen(QPen(QColor(40, 35, 30), h * 0.02));
        p.drawLine(QPointF(w * 0.5, 0), QPointF(w * 0.5, h));
        p.drawLine(QPointF(0, h * 0.5), QPointF(w, h * 0.5));
    } else if (scene == u"mountain_lake") {
        sky(p, all, QColor(160, 200, 235), QColor(225, 235, 245));
        p.setPen(Qt::NoPen);
        QPolygonF mountain{{0, h * 0.55}, {w * 0.3, h * 0.2}, {w * 0.5, h * 0.4},
            {w * 0.7, h * 0.15}, {w, h * 0.55}};
        p.setBrush(QColor(110, 125, 150));
        p.drawPolygon(mountain);
        p.setBrush(QColor(245, 248, 252));
        p.drawPolygon(QPolygonF{{w * 0.3, h * 0.2}, {w * 0.25, h * 0.27}, {w * 0.35, h * 0.26}});
        p.drawPolygon(QPolygonF{{w * 0.7, h * 0.15}, {w * 0.64, h * 0.24}, {w * 0.77, h * 0.23}});
        waves(p, w, h, h * 0.55, phase, QColor(60, 100, 130), QColor(150, 185, 205));
    } else if (scene == u"candle") {
        sky(p, all, QColor(25, 18, 15), QColor(45, 30, 22));
        const qreal flicker = 1.0 + 0.06 * std::sin(phase * tau * 5);
        glow(p, {w * 0.5, h * 0.38}, h * 0.45 * flicker, QColor(255, 180, 90, 110));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(240, 230, 210));
        p.drawRoundedRect(QRectF(w * 0.45, h * 0.45, w * 0.1, h * 0.45), 6, 6);
        p.setBrush(QColor(255, 210, 120));
        p.drawEllipse(QPointF(w * 0.5, h * 0.39), w * 0.018 * flicker, h * 0.06 * flicker);
        p.setBrush(QColor(255, 250, 220));
        p.drawEllipse(QPointF(w * 0.5, h * 0.405), w * 0.008, h * 0.03);
    } else if (scene == u"garden") {
        sky(p, all, QColor(190, 225, 245), QColor(225, 240, 230));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(120, 175, 95));
        p.drawPath(hills(w, h, h * 0.6, h * 0.03, 1.0, 0.0));
        QRandomGenerator random(5);
        const QColor petals[] = {QColor(240, 130, 150), QColor(250, 200, 90), QColor(190, 150, 230),
            QColor(255, 255, 255)};
        for (int i = 0; i < 70; ++i) {
            const QPointF at(random.bounded(w), h * 0.65 + random.bounded(h * 0.33));
            const qreal sway = 3 * std::sin(phase * tau + i);
            p.setPen(QPen(QColor(70, 120, 60), 2));
            p.drawLine(at, at + QPointF(sway, -h * 0.06));
            p.setPen(Qt::NoPen);
            p.setBrush(petals[i % 4]);
            p.drawEllipse(at + QPointF(sway, -h * 0.07), h * 0.015, h * 0.015);
        }
    } else if (scene == u"city_night") {
        sky(p, all, QColor(20, 25, 55), QColor(70, 55, 100));
        stars(p, w, h * 0.4, phase, 3);
        QRandomGenerator random(9);
        qreal x = 0;
        while (x < w) {
            const qreal bw = w * (0.05 + random.bounded(0.07));
            const qreal bh = h * (0.25 + random.bounded(0.45));
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(25, 25, 40));
            p.drawRect(QRectF(x, h - bh, bw, bh));
            for (qreal wy = h - bh + 8; wy < h - 8; wy += 14) {
                for (qreal wx = x + 5; wx < x + bw - 6; wx += 10) {
                    if (random.bounded(3) == 0) {
                        p.setBrush(QColor(255, 215, 140, 200));
                        p.drawRect(QRectF(wx, wy, 4, 6));
                    }
                }
            }
            x += bw + 2;
        }
    } else if (scene == u"autumn_leaves") {
        sky(p, all, QColor(245, 225, 190), QColor(225, 180, 130));
        QRandomGenerator random(13);
        const QColor leaves[] = {
            QColor(200, 90, 40), QColor(225, 150, 50), QColor(170, 60, 40), QColor(235, 190, 80)};
        for (int i = 0; i < 60; ++i) {
            const qreal x = random.bounded(w);
            const qreal y = std::fmod(random.bounded(h) + phase * h * 0.6, h);
            p.save();
            p.translate(x, y);
            p.rotate(random.bounded(360.0) + phase * 90);
            p.setPen(Qt::NoPen);
            p.setBrush(leaves[i % 4]);
            p.drawEllipse(QRectF(-h * 0.025, -h * 0.012, h * 0.05, h * 0.024));
            p.restore();
        }
    } else if (scene == u"snow_field") {
        sky(p, all, QColor(185, 200, 220), QColor(235, 240, 248));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(248, 250, 253));
        p.drawPath(hills(w, h, h * 0.62, h * 0.04, 1.3, 0.7));
        QRandomGenerator random(17);
        for (int i = 0; i < 120; ++i) {
            const qreal x = random.bounded(w);
            const qreal y = std::fmod(random.bounded(h) + phase * h * 0.3, h);
            p.setBrush(QColor(255, 255, 255, 200));
            p.drawEllipse(QPointF(x, y), 1.5, 1.5);
        }
    } else if (scene == u"tea_cup") {
        sky(p, all, QColor(235, 220, 200), QColor(205, 180, 150));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(150, 110, 80));
        p.drawRect(QRectF(0, h * 0.7, w, h * 0.3));
        p.setBrush(QColor(250, 248, 242));
        p.drawEllipse(QRectF(w * 0.3, h * 0.66, w * 0.4, h * 0.12));
        p.drawRoundedRect(QRectF(w * 0.38, h * 0.42, w * 0.24, h * 0.3), 20, 20);
        p.setBrush(QColor(170, 110, 60));
        p.drawEllipse(QRectF(w * 0.39, h * 0.42, w * 0.22, h * 0.06));
        p.setPen(QPen(QColor(250, 248, 242), h * 0.025));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(w * 0.58, h * 0.48, w * 0.08, h * 0.12));
        for (int i = 0; i < 3; ++i) {
            QPainterPath steam(QPointF(w * (0.45 + 0.05 * i), h * 0.38));
            for (int s = 1; s <= 12; ++s) {
                steam.lineTo(w * (0.45 + 0.05 * i) + 8 * std::sin(s * 0.7 + phase * tau + i),
                    h * 0.38 - s * h * 0.015);
            }
            p.setPen(QPen(QColor(255, 255, 255, 110), 3));
            p.drawPath(steam);
        }
    }
}

} // namespace

QStringList ScenePainter::scenes()
{
    return {u"sea"_s, u"stars"_s, u"forest_path"_s, u"sunrise"_s, u"rain_window"_s,
        u"mountain_lake"_s, u"candle"_s, u"garden"_s, u"city_night"_s, u"autumn_leaves"_s,
        u"snow_field"_s, u"tea_cup"_s};
}

QImage ScenePainter::paint(const QString &scene, QSize size, qreal phase)
{
    if (!scenes().contains(scene) || size.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintScene(painter, scene, size.width(), size.height(), phase);
    painter.end();
    return image;
}

} // namespace Hearth
