#include "DesktopNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDesktop, "hearth.desktop")

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;
// What is kept of notifications the service never said were closed.
constexpr int MaxKept = 100;

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(
        Service, Path, Interface, u"ActionInvoked"_s, this, SLOT(actionInvoked(uint, QString)));
    m_bus.connect(
        Service, Path, Interface, u"NotificationClosed"_s, this, SLOT(closed(uint, uint)));
}

void DesktopNotifier::show(const QString &summary, const QString &body, const Location &where)
{
    if (!m_bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    const QVariantMap hints{
        {u"desktop-entry"_s, u"org.hearth.Hearth"_s},
        {u"category"_s, u"im.received"_s},
    };
    call << QGuiApplication::applicationDisplayName() << uint(0) << u"org.hearth.Hearth"_s
         << summary << body << QStringList{u"default"_s, tr("Open")} << hints << qint32(-1);
    ++m_waiting;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, where](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            --m_waiting;
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isError()) {
                qCInfo(lcDesktop) << "no desktop notification:" << reply.error().message();
                return;
            }
            if (m_shown.size() >= MaxKept)
                m_shown.erase(m_shown.begin());
            m_shown.insert(reply.value(), where);
        });
}

void DesktopNotifier::actionInvoked(uint id, const QString &action)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend() || action != u"default"_s)
        return;
    const Location where = *it;
    Q_EMIT activated(where);
}

void DesktopNotifier::closed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_shown.remove(id);
}

} // namespace Hearth
