#pragma once

#include "Enums.h"

#include <QList>

#include <array>
#include <optional>

namespace Hearth {

// The reactions on a post: a count per kind, and the signed-in person's own, if any.
class Reactions
{
public:
    qint64 count(ReactionKind kind) const { return m_counts[index(kind)]; }
    void setCount(ReactionKind kind, qint64 count) { m_counts[index(kind)] = count; }
    qint64 total() const;

    std::optional<ReactionKind> mine() const { return m_mine; }
    void setMine(std::optional<ReactionKind> kind) { m_mine = kind; }

    // Applies a change of the person's own reaction to the counts (an optimistic update).
    void react(std::optional<ReactionKind> kind);

    // The kinds with a non-zero count, most common first (ties in AllReactionKinds order).
    QList<ReactionKind> mostCommon(int limit) const;

    bool operator==(const Reactions &) const = default;

private:
    static constexpr std::size_t index(ReactionKind kind) { return std::size_t(kind); }

    std::array<qint64, ReactionKindCount> m_counts{};
    std::optional<ReactionKind> m_mine;
};

} // namespace Hearth
