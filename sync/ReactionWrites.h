#pragma once

#include "WriteFamily.h"

namespace Hearth {

// The person's reaction to a post: shown at once, and toggles not sent yet coalesce.
class ReactionWrites : public WriteFamily
{
    Q_OBJECT

public:
    template<typename Write>
    static constexpr bool handles = isOneOf<Write, SetReaction>;

    using WriteFamily::WriteFamily;

    // A kind sets my reaction, nothing removes it. On, off, on sends one request; on, off
    // sends none.
    void react(qint64 postId, std::optional<ReactionKind> kind);

    void send(const QueuedWrite &entry, const SetReaction &write, const Settle &settle);
    QString describe(const SetReaction &write) const;
};

} // namespace Hearth
