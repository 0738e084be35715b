#include "TrendingScore.h"

#include <QStringList>

#include <bit>

using namespace Qt::StringLiterals;

namespace Hearth::TrendingScore {

qint64 attention(qint64 reactions, qint64 comments)
{
    return std::max<qint64>(1, reactions + 2 * comments + 1);
}

qint64 attentionPoints(qint64 attention)
{
    const auto e = quint64(std::max<qint64>(1, attention));
    const int n = std::bit_width(e) - 1; // 2^n <= e < 2^(n+1)
    const quint64 power = quint64(1) << n;
    // (e - 2^n) < 2^n <= 2^62, so the product stays below 2^63 for any count that fits a
    // post (the division is exact floor: both sides are non-negative).
    return qint64(n) * PointsPerDoubling + qint64((e - power) * PointsPerDoubling / power);
}

qint64 score(qint64 reactions, qint64 comments, qint64 createdAtMs)
{
    // Floor division, for the record: creation times are after 1970, so it is plain division.
    const qint64 time = createdAtMs >= 0 ? createdAtMs / MsPerPoint
                                         : -((-createdAtMs + MsPerPoint - 1) / MsPerPoint);
    return attentionPoints(attention(reactions, comments)) + time;
}

QString selectScoresOfPosts()
{
    // n = floor(log2(E)) as a sum of comparisons: exact, where SQL's log2() is a float.
    QStringList terms;
    for (int k = 1; k < 62; ++k)
        terms.append(u"(e >= %1)"_s.arg(qint64(1) << k));
    return u"SELECT id, n * %1 + ((e - (1 << n)) * %1) / (1 << n) + created_at / %2 AS score "
           "FROM (SELECT id, e, created_at, %3 AS n FROM (SELECT id, created_at, "
           "max(1, reaction_count + 2 * comment_count + 1) AS e FROM posts))"_s.arg(
               QString::number(PointsPerDoubling), QString::number(MsPerPoint),
               terms.join(u" + "_s));
}

} // namespace Hearth::TrendingScore
