#include "NotificationBell.h"

#include "ui/look/Colors.h"
#include "ui/look/Icons.h"
#include "ui/look/Metrics.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Hearth {

NotificationBell::NotificationBell(QWidget *parent) : QToolButton(parent)
{
    setObjectName(u"notificationBell"_s);
    setIcon(Icons::icon(u"notifications"_s));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    setCursor(Qt::PointingHandCursor);
    updateWords();
}

void NotificationBell::setCount(qint64 count)
{
    count = std::max<qint64>(count, 0);
    if (count == m_count)
        return;
    m_count = count;
    updateWords();
    update();
}

QString NotificationBell::badgeText() const
{
    if (m_count <= 0)
        return {};
    return m_count > 99 ? tr("99+") : QLocale().toString(m_count);
}

QRect NotificationBell::badgeRect() const
{
    const QString text = badgeText();
    if (text.isEmpty())
        return {};
    QFont font = Metrics::font(Metrics::TextRole::Caption, this->font());
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + Metrics::spaceXS;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 2 * Metrics::spaceS);
    // Over the bell's upper right, inside the button so that nothing clips it.
    return QRect(rect().right() - width - Metrics::spaceXS + 1, Metrics::spaceXS, width, height);
}

void NotificationBell::paintEvent(QPaintEvent *event)
{
    QToolButton::paintEvent(event);
    const QRect badge = badgeRect();
    if (badge.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath pill;
    pill.addRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
    // A ring of the window's colour keeps the badge apart from the bell under it.
    painter.setPen(QPen(palette().color(QPalette::Window), 1.5));
    painter.setBrush(Colors::accent(palette()));
    painter.drawPath(pill);
    QFont font = Metrics::font(Metrics::TextRole::Caption, this->font());
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Colors::onAccent(palette()));
    painter.drawText(badge, Qt::AlignCenter, badgeText());
}

void NotificationBell::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateWords();
}

void NotificationBell::updateWords()
{
    const int unread = int(std::min(m_count, qint64(1000000)));
    const QString words
        = unread > 0 ? tr("Notifications, %n unread", nullptr, unread) : tr("Notifications");
    setText(words);
    setAccessibleName(words);
    setToolTip(words);
}

} // namespace Hearth
