#pragma once

#include "api/Notification.h"
#include "api/Post.h"

#include <QObject>
#include <QPointer>
#include <QTime>

#include <functional>
#include <optional>

class QWidget;

namespace Hearth {

class Care;
class DesktopNotifier;
class NotificationSettings;

// Decides which new notifications go to the desktop, and with what words: only while the
// window is not the active one, for the kinds the person left on and outside their quiet
// hours, never for their own actions. The summary says who did what; the body gives the first
// words of the comment or post only when nothing would fold them — the post has no content
// warning, matches no muted word and is not about a sensitive topic (Care), and neither do
// those words: otherwise the body is empty.
class NotificationPopups : public QObject
{
    Q_OBJECT

public:
    NotificationPopups(DesktopNotifier &notifier, NotificationSettings &settings, Care &care,
        QWidget *window, QObject *parent = nullptr);

    // The signed-in person: nothing of theirs is announced to them.
    void setMyId(qint64 id) { m_myId = id; }
    // The post a notification is about, as the cache has it (to fold by all of it).
    void setPostLookup(std::function<std::optional<Post>(qint64 postId)> lookup)
    {
        m_lookup = std::move(lookup);
    }
    // The time of day quiet hours are measured at (the clock by default), for tests.
    void setClock(std::function<QTime()> clock) { m_clock = std::move(clock); }

    // Announces what should be of fresh (newest first), oldest first; gives how many.
    int announce(const QList<Notification> &fresh);
    // The body a notification would have: its first words, or nothing.
    QString bodyFor(const Notification &notification) const;

    // The most shown at once: more than this are told in one line.
    static constexpr int MaxAtOnce = 3;

private:
    DesktopNotifier &m_notifier;
    NotificationSettings &m_settings;
    Care &m_care;
    QPointer<QWidget> m_window;
    qint64 m_myId = 0;
    std::function<std::optional<Post>(qint64)> m_lookup;
    std::function<QTime()> m_clock;
};

} // namespace Hearth
