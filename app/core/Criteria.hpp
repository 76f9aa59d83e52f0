// The criteria rule of deciding: each seat rates proposals 1..5 per criterion; means and a ranking.
#pragma once

#include "core/Board.hpp"

#include <cstdint>
#include <vector>

namespace atelier::core {

/// The ratings one criterion got on one proposal. The mean is sum / count, kept as two integers so that
/// comparisons are exact; mean() is for display only.
struct CriterionScore {
    int count = 0; ///< seats that rated
    int sum = 0;   ///< sum of their values
    double mean() const { return count == 0 ? 0.0 : static_cast<double>(sum) / count; }
    friend bool operator==(const CriterionScore&, const CriterionScore&) = default;
};

/// One proposal in the criteria ranking.
struct CriteriaLine {
    ItemId item = kNoItem;
    bool cluster = false;               ///< a cluster (else a card)
    std::vector<CriterionScore> scores; ///< one per criterion of the set-up, in its order
    /// The overall score: the mean of the criterion means over the criteria rated at least once, as an
    /// exact whole number scaled by kScoreScale (so 4.5 is 4.5 × kScoreScale).
    std::int64_t scaledScore = 0;
    int rank = 1; ///< 1 for the best; equal scores share a rank (1, 1, 3)
    double score() const;
    friend bool operator==(const CriteriaLine&, const CriteriaLine&) = default;
};

/// The scale of CriteriaLine::scaledScore: 840 × 420 (840 is divisible by every count of seats 1..8,
/// 420 by every count of criteria 1..7), so that every overall score is a whole number.
inline constexpr std::int64_t kScoreScale = 840 * 420;

/// The group's scores per criterion for one live card or cluster (all zero when unrated or not live).
std::vector<CriterionScore> criteriaScores(const Board& board, ItemId item);

/// Every live card and cluster rated at least once, best overall score first. Ties (exactly equal
/// scores, compared as whole numbers) share a rank and keep clusters before cards, then ascending ids,
/// so the order is the same on every machine.
std::vector<CriteriaLine> rankByCriteria(const Board& board);

} // namespace atelier::core
