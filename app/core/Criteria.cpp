// Criteria means and ranking, in exact integer arithmetic.
#include "core/Criteria.hpp"

#include <algorithm>

namespace atelier::core {
namespace {

std::int64_t scaledScoreOf(const std::vector<CriterionScore>& scores) {
    std::int64_t sumOfMeans = 0; // Σ sum/count, scaled by 840
    std::int64_t rated = 0;
    for (const CriterionScore& score : scores) {
        if (score.count > 0) {
            sumOfMeans += std::int64_t{score.sum} * 840 / score.count;
            ++rated;
        }
    }
    return rated == 0 ? 0 : sumOfMeans * 420 / rated;
}

} // namespace

double CriteriaLine::score() const {
    return static_cast<double>(scaledScore) / static_cast<double>(kScoreScale);
}

std::vector<CriterionScore> criteriaScores(const Board& board, ItemId item) {
    std::vector<CriterionScore> scores(board.decision.criteria.size());
    if (!board.isLiveVoteTarget(item)) {
        return scores;
    }
    const auto first = board.ratings.lower_bound(RatingKey{item, 0, 0});
    for (auto at = first; at != board.ratings.end() && at->first.item == item; ++at) {
        const auto criterion = static_cast<std::size_t>(at->first.criterion);
        if (criterion < scores.size()) {
            ++scores[criterion].count;
            scores[criterion].sum += at->second;
        }
    }
    return scores;
}

std::vector<CriteriaLine> rankByCriteria(const Board& board) {
    std::vector<CriteriaLine> lines;
    ItemId last = kNoItem;
    for (const auto& [key, value] : board.ratings) {
        if (key.item == last || !board.isLiveVoteTarget(key.item)) {
            continue;
        }
        last = key.item;
        CriteriaLine line;
        line.item = key.item;
        line.cluster = board.findCluster(key.item) != nullptr;
        line.scores = criteriaScores(board, key.item);
        line.scaledScore = scaledScoreOf(line.scores);
        lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end(), [](const CriteriaLine& a, const CriteriaLine& b) {
        if (a.scaledScore != b.scaledScore) {
            return a.scaledScore > b.scaledScore;
        }
        if (a.cluster != b.cluster) {
            return a.cluster;
        }
        return a.item < b.item;
    });
    for (std::size_t i = 1; i < lines.size(); ++i) {
        lines[i].rank =
            lines[i].scaledScore == lines[i - 1].scaledScore ? lines[i - 1].rank : static_cast<int>(i) + 1;
    }
    return lines;
}

} // namespace atelier::core
