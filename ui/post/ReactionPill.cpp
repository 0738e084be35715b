#include "ReactionPill.h"

#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"
#include "ui/look/ReactionIcons.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace Hearth {

ReactionPill::ReactionPill(ReactionKind kind, QWidget *parent)
    : QAbstractButton(parent), m_kind(kind)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover); // the ring darkens under the mouse
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setReaction(0, false);
}

void ReactionPill::setReaction(std::optional<qint64> count, bool mine)
{
    const QString name = ReactionIcons::name(m_kind);
    setChecked(mine);
    setText(count ? QLocale().toString(*count) : QString());
    if (count) {
        //: a reaction's pill for screen readers: %1 is its name ("Hug"), %2 how many gave it
        setAccessibleName(
            mine ? tr("%1, %2, your reaction").arg(name, text()) : tr("%1, %2").arg(name, text()));
    } else {
        setAccessibleName(mine ? tr("%1, your reaction").arg(name) : name);
    }
    updateGeometry();
    update();
}

int ReactionPill::iconSize() const
{
    return fontMetrics().height() + Metrics::spaceXS;
}

QSize ReactionPill::sizeHint() const
{
    const int icon = iconSize();
    int width = Metrics::spaceM + icon + Metrics::spaceM;
    if (!text().isEmpty())
        width += fontMetrics().horizontalAdvance(text()) + Metrics::spaceS;
    return {width, icon + 2 * Metrics::spaceS};
}

void ReactionPill::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const bool mine = isChecked();
    // The person's own in the highlight; the others quiet, warmer under the mouse.
    const QColor fill = mine ? Colors::pillBackground(colours, true)
        : isDown()           ? Colors::buttonFill(colours, true, true)
        : underMouse()       ? Colors::buttonFill(colours, true, false)
                             : Colors::pillBackground(colours, false);
    const QColor ink = Colors::pillText(colours, mine);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    const qreal radius = box.height() / 2;
    painter.setBrush(fill);
    painter.setPen(QPen(mine ? fill : Colors::buttonBorder(colours), 1));
    painter.drawRoundedRect(box, radius, radius);
    if (hasFocus()) {
        // The focus ring stands apart from the highlight of one's own reaction.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(mine ? ink : Colors::focusRing(colours), 2));
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), radius - 1, radius - 1);
    }

    const int icon = iconSize();
    const QRectF disc(Metrics::spaceM, (height() - icon) / 2.0, icon, icon);
    ReactionIcons::paintBadge(&painter, m_kind, disc, fill);
    if (!text().isEmpty()) {
        painter.setPen(ink);
        const QRectF words(disc.right() + Metrics::spaceS, 0,
            width() - disc.right() - Metrics::spaceS - Metrics::spaceM, height());
        painter.drawText(words, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text());
    }
}

void ReactionPill::keyPressEvent(QKeyEvent *event)
{
    // Enter reacts as Space does: the pill is a button a person reaches with Tab.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void ReactionPill::changeEvent(QEvent *event)
{
    QAbstractButton::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace Hearth
