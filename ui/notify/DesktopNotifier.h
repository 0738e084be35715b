#pragma once

#include "ui/window/Navigation.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace Hearth {

// Notifications on the desktop through the freedesktop Notifications service
// (org.freedesktop.Notifications on the session bus): Notify() with a summary, a body and a
// default action; when the person clicks one (ActionInvoked "default"), activated() says
// which place it was about. Nothing happens when no such service runs.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    // The bus is given, not looked up: tests give their private session bus.
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    // Sends one notification about where; body may be empty (then nothing but the summary is
    // shown).
    void show(const QString &summary, const QString &body, const Location &where);
    // How many notifications were sent and not yet answered by the service's id.
    int waiting() const { return m_waiting; }

Q_SIGNALS:
    void activated(const Hearth::Location &where);

private Q_SLOTS:
    void actionInvoked(uint id, const QString &action);
    void closed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, Location> m_shown; // the service's ids of what is on the desktop
    int m_waiting = 0;
};

} // namespace Hearth
