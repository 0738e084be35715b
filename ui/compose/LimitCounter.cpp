#include "LimitCounter.h"

#include "api/Text.h"
#include "ui/look/Appearance.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Hearth {

LimitCounter::LimitCounter(int limit, QWidget *parent) : QLabel(parent), m_limit(limit)
{
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    refresh();
}

void LimitCounter::setLimit(int limit)
{
    m_limit = limit;
    refresh();
}

void LimitCounter::measure(QStringView text)
{
    setCount(Text::codePointCount(text));
}

void LimitCounter::setCount(qsizetype count)
{
    if (count == m_count)
        return;
    m_count = count;
    refresh();
}

LimitCounter::Level LimitCounter::level() const
{
    if (m_count > m_limit)
        return Level::Over;
    if (m_count >= qsizetype(m_limit * NearShare))
        return Level::Near;
    return Level::Fine;
}

void LimitCounter::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // The colours follow the scheme (light or dark) when it changes.
    if (event->type() == QEvent::PaletteChange && !m_applying)
        refresh();
}

void LimitCounter::refresh()
{
    const QLocale locale;
    QString text = tr("%1 / %2").arg(locale.toString(m_count), locale.toString(m_limit));
    if (m_count > m_limit)
        text = tr("%1 (%n too many)", nullptr, int(m_count - m_limit)).arg(text);
    QLabel::setText(text);
    setAccessibleName(
        tr("%1 of at most %2 characters").arg(locale.toString(m_count), locale.toString(m_limit)));

    m_applying = true;
    const Level now = level();
    if (now == Level::Fine) {
        setPalette(QPalette()); // the surroundings' colours
    } else {
        // Amber and red, each with enough contrast on Hearth's light and dark windows.
        const QPalette around = parentWidget() ? parentWidget()->palette() : palette();
        const bool dark = Appearance::isDark(around);
        QPalette own = around;
        if (now == Level::Near)
            own.setColor(QPalette::WindowText, dark ? QColor(0xE8B04A) : QColor(0x8A5500));
        else
            own.setColor(QPalette::WindowText, dark ? QColor(0xFF8A80) : QColor(0xB01E1E));
        setPalette(own);
    }
    QFont weight = font();
    weight.setBold(now == Level::Over);
    setFont(weight);
    m_applying = false;
}

} // namespace Hearth
