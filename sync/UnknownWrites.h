#pragma once

#include "WriteFamily.h"

namespace Hearth {

// Rows of a kind a newer Hearth wrote: this one cannot send them, so they wait, refused,
// for the person to let them go (or for the newer Hearth to come back).
class UnknownWrites : public WriteFamily
{
    Q_OBJECT

public:
    template<typename Write>
    static constexpr bool handles = isOneOf<Write, UnknownWrite>;

    using WriteFamily::WriteFamily;

    void send(const QueuedWrite &entry, const UnknownWrite &write, const Settle &settle);
    QString describe(const UnknownWrite &write) const;
};

} // namespace Hearth
