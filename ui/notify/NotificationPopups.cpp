#include "NotificationPopups.h"

#include "DesktopNotifier.h"
#include "NotificationSettings.h"
#include "models/NotificationWording.h"
#include "ui/care/Care.h"

#include <QWidget>

namespace Hearth {

namespace {

// A few words, not the text: a desktop notification is seen by whoever is near the screen.
constexpr int MaxBodyLength = 120;

} // namespace

NotificationPopups::NotificationPopups(DesktopNotifier &notifier, NotificationSettings &settings,
    Care &care, QWidget *window, QObject *parent)
    : QObject(parent), m_notifier(notifier), m_settings(settings), m_care(care), m_window(window)
{ }

QString NotificationPopups::bodyFor(const Notification &notification) const
{
    if (notification.text.isEmpty())
        return {};
    const std::optional<Post> post = m_lookup ? m_lookup(notification.postId) : std::nullopt;
    if (m_care.notificationFold(notification, post ? &*post : nullptr).hasReason())
        return {};
    QString body = notification.text.simplified();
    if (body.size() > MaxBodyLength) {
        body.truncate(MaxBodyLength - 1);
        if (body.back().isHighSurrogate())
            body.chop(1);
        body += u'…';
    }
    return body;
}

int NotificationPopups::announce(const QList<Notification> &fresh)
{
    if (m_window && m_window->isActiveWindow())
        return 0; // the person is looking: the bell says it
    const QTime now = m_clock ? m_clock() : QTime::currentTime();
    QList<Notification> shown;
    for (const Notification &notification : fresh) {
        if (notification.actor.id == m_myId || notification.read)
            continue;
        if (!m_settings.allowsDesktop(notification.kind, now))
            continue;
        shown.append(notification);
    }
    if (shown.size() > MaxAtOnce) {
        // Many at once (back from a trip offline): one line, which opens the page.
        m_notifier.show(
            tr("%n new notifications", nullptr, int(shown.size())), {}, Location::notifications());
        return 1;
    }
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        const Location where = it->commentId ? Location::comment(it->postId, *it->commentId)
                                             : Location::post(it->postId);
        m_notifier.show(NotificationWording::summary(*it), bodyFor(*it), where);
    }
    return int(shown.size());
}

} // namespace Hearth
