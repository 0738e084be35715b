#pragma once

#include <QString>

namespace Hearth {

// The trending score of docs/api.md ("Trending"): an integer that grows by 1000 each time a
// post's attention doubles and by 1000 every four hours of its creation time, so that two
// posts' order changes only when one of their counts does, and the server keeps it in an
// index instead of scoring a whole topic on every page.
namespace TrendingScore {

// Milliseconds of creation time worth one point: 1000 points every four hours.
inline constexpr qint64 MsPerPoint = 14'400;
// Points per doubling of the attention.
inline constexpr qint64 PointsPerDoubling = 1'000;

// E = R + 2·C + 1, never below 1.
qint64 attention(qint64 reactions, qint64 comments);
// 1000·log2(E), with log2 taken piecewise linear between powers of two and floored: exact
// integer arithmetic, the same in every language.
qint64 attentionPoints(qint64 attention);
// The score: attentionPoints(E) + createdAtMs / 14400 (floored).
qint64 score(qint64 reactions, qint64 comments, qint64 createdAtMs);

// A SELECT giving (id, score) for every row of the posts table, in SQL integer arithmetic
// only: what the migration that brought the score in filled it with.
QString selectScoresOfPosts();

} // namespace TrendingScore

} // namespace Hearth
