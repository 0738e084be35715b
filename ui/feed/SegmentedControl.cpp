#include "SegmentedControl.h"

#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace Hearth {

namespace {

// A segment paints itself from the palette: the chosen one filled with the highlight, the
// others as words on the track, a ring inside the chosen one when it has the keyboard.
class Segment : public QAbstractButton
{
public:
    explicit Segment(const QString &text, QWidget *parent) : QAbstractButton(parent)
    {
        setText(text);
        setAccessibleName(text);
        setCheckable(true);
        // Exclusive among its siblings as well as in the group: a screen reader then calls
        // it a radio button, one of a set, which is what it is.
        setAutoExclusive(true);
        setAttribute(Qt::WA_Hover);
        setCursor(Qt::PointingHandCursor);
        setFont(Metrics::font(Metrics::TextRole::Body));
    }

    QSize sizeHint() const override
    {
        // Measured in the chosen segment's weight, so choosing one never moves the others.
        const QFontMetrics metrics(chosenFont());
        return {metrics.horizontalAdvance(text()) + 2 * Metrics::spaceL,
            metrics.height() + 2 * Metrics::spaceS + 2 * Metrics::spaceXS};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &colours = palette();
        const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = Metrics::radiusMedium - Metrics::spaceXS;
        QColor textColour = Colors::segmentText(colours, isChecked());
        if (isChecked()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Colors::segmentBackground(colours, true));
            painter.drawRoundedRect(area, radius, radius);
        } else if (underMouse() || isDown()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Colors::flatButtonFill(colours, isDown()));
            painter.drawRoundedRect(area, radius, radius);
        }
        if (hasFocus()) {
            QPen ring(isChecked() ? textColour : Colors::focusRing(colours));
            ring.setWidthF(1.5);
            painter.setPen(ring);
            painter.setBrush(Qt::NoBrush);
            const qreal inset = Metrics::spaceXS + 0.5;
            painter.drawRoundedRect(area.adjusted(inset, inset, -inset, -inset),
                radius - Metrics::spaceXS, radius - Metrics::spaceXS);
        }
        painter.setPen(textColour);
        painter.setFont(isChecked() ? chosenFont() : font());
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextSingleLine, text());
    }

private:
    QFont chosenFont() const
    {
        QFont chosen = font();
        chosen.setWeight(QFont::DemiBold);
        return chosen;
    }
};

// The row as a screen reader meets it: a group with a name ("Show", "Order").
QAccessibleInterface *accessibleFor(const QString &className, QObject *object)
{
    if (className == QLatin1String("Hearth::SegmentedControl") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Grouping);
    return nullptr;
}

} // namespace

SegmentedControl::SegmentedControl(QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    static const bool accessible = [] {
        QAccessible::installFactory(accessibleFor);
        return true;
    }();
    Q_UNUSED(accessible);
    m_group->setExclusive(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(
        Metrics::spaceXS, Metrics::spaceXS, Metrics::spaceXS, Metrics::spaceXS);
    layout->setSpacing(Metrics::spaceXS);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { choose(id, false); });
}

int SegmentedControl::addSegment(const QString &text)
{
    auto *segment = new Segment(text, this);
    const int index = count();
    m_group->addButton(segment, index);
    layout()->addWidget(segment);
    segment->installEventFilter(this);
    if (m_current < 0) {
        m_current = index;
        segment->setChecked(true);
    }
    updateFocusPolicies();
    return index;
}

int SegmentedControl::count() const
{
    return int(m_group->buttons().size());
}

QAbstractButton *SegmentedControl::segment(int index) const
{
    return m_group->button(index);
}

int SegmentedControl::currentIndex() const
{
    return m_current;
}

void SegmentedControl::setCurrentIndex(int index)
{
    choose(index, false);
}

void SegmentedControl::choose(int index, bool focus)
{
    QAbstractButton *chosen = segment(index);
    if (!chosen)
        return;
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    chosen->setChecked(true);
    const bool changed = index != m_current;
    m_current = index;
    updateFocusPolicies();
    // The keyboard stays on the row: on the segment now chosen.
    if (focus || hadFocus)
        chosen->setFocus(Qt::TabFocusReason);
    update();
    if (changed)
        Q_EMIT currentChanged(index);
}

void SegmentedControl::updateFocusPolicies()
{
    for (QAbstractButton *button : m_group->buttons())
        button->setFocusPolicy(button->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
}

bool SegmentedControl::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_group->buttons().contains(watched))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    // Left and Right as the row reads: in a right-to-left language, Left goes on.
    const int forward = layoutDirection() == Qt::RightToLeft ? Qt::Key_Left : Qt::Key_Right;
    const int backward = layoutDirection() == Qt::RightToLeft ? Qt::Key_Right : Qt::Key_Left;
    const int at = m_group->id(static_cast<QAbstractButton *>(watched));
    int to = at;
    if (key->key() == forward || key->key() == Qt::Key_Down)
        to = std::min(count() - 1, at + 1);
    else if (key->key() == backward || key->key() == Qt::Key_Up)
        to = std::max(0, at - 1);
    else if (key->key() == Qt::Key_Home)
        to = 0;
    else if (key->key() == Qt::Key_End)
        to = count() - 1;
    else
        return QWidget::eventFilter(watched, event);
    choose(to, true);
    return true;
}

void SegmentedControl::paintEvent(QPaintEvent *)
{
    // The track: a quiet field the segments sit in, edged so that it reads as one control.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Colors::buttonBorder(palette()), 1));
    painter.setBrush(Colors::segmentBackground(palette(), false));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), Metrics::radiusMedium,
        Metrics::radiusMedium);
}

} // namespace Hearth
