#pragma once

#include "api/Notification.h"

#include <QGroupBox>

class QCheckBox;
class QTimeEdit;

namespace Hearth {

class NotificationSettings;

// Settings → Notifications: a switch per kind of desktop notification and the quiet hours,
// applied as they are changed.
class NotificationSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit NotificationSettingsBox(NotificationSettings &settings, QWidget *parent = nullptr);

    QCheckBox *kindBox(NotificationKind kind) const;
    QCheckBox *quietHoursBox() const { return m_quiet; }
    QTimeEdit *quietFromEdit() const { return m_from; }
    QTimeEdit *quietToEdit() const { return m_to; }

private:
    NotificationSettings &m_settings;
    QList<std::pair<NotificationKind, QCheckBox *>> m_kinds;
    QCheckBox *m_quiet;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
};

} // namespace Hearth
