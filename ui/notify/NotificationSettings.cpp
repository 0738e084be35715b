#include "NotificationSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QString kindKey(NotificationKind kind)
{
    return u"notifications/desktop/"_s + toWire(kind);
}

const QString QuietKey = u"notifications/quietHours"_s;
const QString FromKey = u"notifications/quietFrom"_s;
const QString ToKey = u"notifications/quietTo"_s;

QTime readTime(const QSettings &settings, const QString &key, const QTime &fallback)
{
    const QTime time = QTime::fromString(settings.value(key).toString(), u"HH:mm"_s);
    return time.isValid() ? time : fallback;
}

} // namespace

NotificationSettings::NotificationSettings(QSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{ }

bool NotificationSettings::isEnabled(NotificationKind kind) const
{
    return m_settings.value(kindKey(kind), true).toBool();
}

void NotificationSettings::setEnabled(NotificationKind kind, bool enabled)
{
    if (enabled == isEnabled(kind))
        return;
    m_settings.setValue(kindKey(kind), enabled);
    Q_EMIT changed();
}

bool NotificationSettings::hasQuietHours() const
{
    return m_settings.value(QuietKey, false).toBool();
}

void NotificationSettings::setQuietHours(bool on)
{
    if (on == hasQuietHours())
        return;
    m_settings.setValue(QuietKey, on);
    Q_EMIT changed();
}

QTime NotificationSettings::quietFrom() const
{
    return readTime(m_settings, FromKey, QTime(22, 0));
}

QTime NotificationSettings::quietTo() const
{
    return readTime(m_settings, ToKey, QTime(7, 0));
}

void NotificationSettings::setQuietFrom(const QTime &from)
{
    m_settings.setValue(FromKey, from.toString(u"HH:mm"_s));
    Q_EMIT changed();
}

void NotificationSettings::setQuietTo(const QTime &to)
{
    m_settings.setValue(ToKey, to.toString(u"HH:mm"_s));
    Q_EMIT changed();
}

bool NotificationSettings::isQuiet(const QTime &time) const
{
    if (!hasQuietHours())
        return false;
    const int from = quietFrom().msecsSinceStartOfDay() / 60000;
    const int to = quietTo().msecsSinceStartOfDay() / 60000;
    const int now = time.msecsSinceStartOfDay() / 60000;
    if (from == to)
        return false;
    if (from < to)
        return now >= from && now < to;
    return now >= from || now < to; // across midnight
}

bool NotificationSettings::allowsDesktop(NotificationKind kind, const QTime &time) const
{
    return isEnabled(kind) && !isQuiet(time);
}

} // namespace Hearth
