#include "Reactions.h"

#include <algorithm>
#include <numeric>

namespace Hearth {

qint64 Reactions::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), qint64(0));
}

void Reactions::react(std::optional<ReactionKind> kind)
{
    if (m_mine == kind)
        return;
    if (m_mine && m_counts[index(*m_mine)] > 0)
        --m_counts[index(*m_mine)];
    if (kind)
        ++m_counts[index(*kind)];
    m_mine = kind;
}

QList<ReactionKind> Reactions::mostCommon(int limit) const
{
    QList<ReactionKind> kinds;
    for (ReactionKind kind : AllReactionKinds) {
        if (count(kind) > 0)
            kinds.append(kind);
    }
    std::stable_sort(kinds.begin(), kinds.end(),
        [this](ReactionKind a, ReactionKind b) { return count(a) > count(b); });
    if (limit >= 0 && kinds.size() > limit)
        kinds.resize(limit);
    return kinds;
}

} // namespace Hearth
