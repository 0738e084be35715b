#pragma once

#include <QProxyStyle>

namespace Hearth {

// Hearth's widget style: Fusion, with the controls a person touches most drawn from the
// palette through Colors, so that they read in the light and the dark palette alike: slim
// rounded scrollbars without arrows, fields with a visible rounded border and a focus ring,
// rounded buttons with room (the default one in the accent), tool buttons with a menu arrow
// beside their words, clearly drawn radio buttons and check boxes, and no stock icons.
class HearthStyle : public QProxyStyle
{
    Q_OBJECT

public:
    HearthStyle();

    void polish(QWidget *widget) override;
    using QProxyStyle::polish;

    int pixelMetric(
        PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
        QStyleHintReturn *returnData) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
        const QWidget *widget) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option,
        SubControl subControl, const QWidget *widget) const override;
    QRect subElementRect(
        SubElement element, const QStyleOption *option, const QWidget *widget) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
        const QWidget *widget) const override;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
        QPainter *painter, const QWidget *widget) const override;

private:
    void drawScrollBar(
        const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const;
    void drawMenuToolButton(
        const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const;
    void drawField(
        const QStyleOption *option, QPainter *painter, const QRect &rect, const QColor &fill) const;
};

} // namespace Hearth
