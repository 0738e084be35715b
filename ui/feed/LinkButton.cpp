#include "LinkButton.h"

#include "ui/look/Metrics.h"

#include <QPainter>

namespace Hearth {

LinkButton::LinkButton(const QString &text, QWidget *parent) : QPushButton(text, parent)
{
    setFlat(true);
    setAutoDefault(false);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize LinkButton::sizeHint() const
{
    // Room for the focus ring around the words, and no more: it sits in a line of text.
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + 2 * Metrics::spaceXS,
        metrics.height() + 2 * Metrics::spaceXS};
}

QSize LinkButton::minimumSizeHint() const
{
    return sizeHint();
}

void LinkButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const QColor link = colours.color(isEnabled() ? QPalette::Normal : QPalette::Disabled,
        isEnabled() ? QPalette::Link : QPalette::WindowText);
    if (hasFocus()) {
        painter.setPen(QPen(link, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.75, 0.75, -0.75, -0.75),
            Metrics::radiusSmall, Metrics::radiusSmall);
    }
    QFont words = font();
    words.setUnderline(underMouse() || hasFocus() || isDown());
    painter.setFont(words);
    painter.setPen(link);
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextSingleLine | Qt::TextShowMnemonic, text());
}

} // namespace Hearth
