#pragma once

#include "api/Notification.h"

#include <QObject>
#include <QTime>

class QSettings;

namespace Hearth {

// What the person chose about desktop notifications (Settings → Notifications): a switch per
// kind, and quiet hours in which none is shown (the bell still counts). Kept in the settings
// as they are changed.
class NotificationSettings : public QObject
{
    Q_OBJECT

public:
    explicit NotificationSettings(QSettings &settings, QObject *parent = nullptr);

    bool isEnabled(NotificationKind kind) const;
    void setEnabled(NotificationKind kind, bool enabled);

    bool hasQuietHours() const;
    void setQuietHours(bool on);
    QTime quietFrom() const;
    QTime quietTo() const;
    void setQuietFrom(const QTime &from);
    void setQuietTo(const QTime &to);
    // Whether time falls in the quiet hours (from included, to excluded; across midnight
    // when from is later than to). Never when quiet hours are off or from equals to.
    bool isQuiet(const QTime &time) const;

    // Whether a notification of this kind goes to the desktop at time.
    bool allowsDesktop(NotificationKind kind, const QTime &time) const;

Q_SIGNALS:
    void changed();

private:
    QSettings &m_settings;
};

} // namespace Hearth
