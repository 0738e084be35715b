#pragma once

#include "WriteFamily.h"

namespace Hearth {

// Joining and leaving topics, and subscribing to their newsletters.
class MembershipWrites : public WriteFamily
{
    Q_OBJECT

public:
    template<typename Write>
    static constexpr bool handles = isOneOf<Write, SetMembership, SetSubscription>;

    using WriteFamily::WriteFamily;

    void setMembership(const QString &slug, bool joined);
    // Puts a waiting Join or Leave back over the server's older copy of the topic.
    void reassertMembership(const QString &slug);
    // The same for every topic with a waiting membership write, reading the outbox once.
    void reassertMemberships();
    void setSubscription(qint64 newsletterId, bool subscribed);

    void send(const QueuedWrite &entry, const SetMembership &write, const Settle &settle);
    void send(const QueuedWrite &entry, const SetSubscription &write, const Settle &settle);
    QString describe(const SetMembership &write) const;
    QString describe(const SetSubscription &write) const;
};

} // namespace Hearth
