#pragma once

#include "WriteFamily.h"

namespace Hearth {

// Marking the person's notifications read: at once here (the bell and the page read the
// mark from the cache), then on the server, so that every device of theirs agrees.
class NotificationWrites : public WriteFamily
{
    Q_OBJECT

public:
    template<typename Write>
    static constexpr bool handles = isOneOf<Write, MarkNotificationsRead>;

    using WriteFamily::WriteFamily;

    // Records the mark; a mark no further than one made already records nothing.
    void markRead(qint64 upTo);

    void send(const QueuedWrite &entry, const MarkNotificationsRead &write, const Settle &settle);
    QString describe(const MarkNotificationsRead &write) const;
};

} // namespace Hearth
