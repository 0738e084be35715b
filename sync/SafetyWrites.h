#pragma once

#include "WriteFamily.h"

namespace Hearth {

class BlockListRefresh;

// Reports, and blocking and unblocking people. A block takes effect here at once: the
// person goes on the BlockList and their posts and comments leave the cache, in one
// transaction with the write.
class SafetyWrites : public WriteFamily
{
    Q_OBJECT

public:
    template<typename Write>
    static constexpr bool handles = isOneOf<Write, ReportContent, SetBlocked>;

    SafetyWrites(WriteContext &context, BlockListRefresh &refresh, QObject *parent = nullptr);

    void report(ReportTarget on, qint64 id, const Report &report);
    // False, with nothing changed, when the cache could not take it (or for oneself).
    bool setBlocked(const User &user, bool blocked);
    // The outbox's block choices hold for the list too: a cache rebuilt from a damaged file
    // has the outbox back but not the list.
    void reapplyWaitingBlocks();

    void send(const QueuedWrite &entry, const ReportContent &write, const Settle &settle);
    void send(const QueuedWrite &entry, const SetBlocked &write, const Settle &settle);
    QString describe(const ReportContent &write) const;
    QString describe(const SetBlocked &write) const;

private:
    BlockListRefresh &m_refresh;
};

} // namespace Hearth
