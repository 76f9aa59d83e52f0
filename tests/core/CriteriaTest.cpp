// The criteria rule: exact means per criterion, an overall score, and a ranking with shared ranks.
#include "TestBoards.hpp"

#include "core/Criteria.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::configuredBoard;

Board criteriaBoard() {
    Board board = configuredBoard();
    for (ItemId id = 1; id <= 4; ++id) {
        applyOrFail(board, CardCreated{id, Pose{{100.0 * static_cast<double>(id), 100}, 0, 1}, Size{75, 75},
                                       "idée " + std::to_string(id), 0, 1});
    }
    applyOrFail(board, DecisionConfigured{0, 0, 0, {"Utilité", "Accessibilité", "Durabilité"}, false, 0});
    return board;
}

void rate(Board& board, ItemId item, int seat, std::vector<int> values) {
    for (std::size_t criterion = 0; criterion < values.size(); ++criterion) {
        if (values[criterion] > 0) {
            applyOrFail(board, RatingGiven{item, static_cast<int>(criterion), values[criterion], seat});
        }
    }
}

TEST(Criteria, MeansPerCriterionAreSumsOverCounts) {
    Board board = criteriaBoard();
    rate(board, 1, 1, {5, 2, 1});
    rate(board, 1, 2, {4, 3, 0});
    rate(board, 1, 3, {4, 3, 0});
    const std::vector<CriterionScore> scores = criteriaScores(board, 1);
    ASSERT_EQ(scores.size(), 3U);
    EXPECT_EQ(scores[0], (CriterionScore{3, 13}));
    EXPECT_EQ(scores[1], (CriterionScore{3, 8}));
    EXPECT_EQ(scores[2], (CriterionScore{1, 1}));
    EXPECT_DOUBLE_EQ(scores[1].mean(), 8.0 / 3.0);
    // Overall: (13/3 + 8/3 + 1) / 3 = 8/3, exactly.
    const std::vector<CriteriaLine> ranking = rankByCriteria(board);
    ASSERT_EQ(ranking.size(), 1U);
    EXPECT_EQ(ranking[0].scaledScore, kScoreScale * 8 / 3);
    EXPECT_EQ(criteriaScores(board, 2), std::vector<CriterionScore>(3)) << "unrated";
}

TEST(Criteria, EqualScoresShareARankAndKeepAscendingIds) {
    Board board = criteriaBoard();
    rate(board, 3, 1, {4, 4, 4}); // 4
    rate(board, 2, 1, {5, 3, 4}); // 4, by other means
    rate(board, 1, 1, {3, 3, 3}); // 3
    rate(board, 4, 1, {5, 5, 5}); // 5
    rate(board, 1, 2, {3, 3, 3}); // still 3
    const std::vector<CriteriaLine> ranking = rankByCriteria(board);
    ASSERT_EQ(ranking.size(), 4U);
    EXPECT_EQ(ranking[0].item, 4U);
    EXPECT_EQ(ranking[0].rank, 1);
    EXPECT_EQ(ranking[1].item, 2U);
    EXPECT_EQ(ranking[2].item, 3U);
    EXPECT_EQ(ranking[1].rank, 2);
    EXPECT_EQ(ranking[2].rank, 2) << "4 and 4 tie";
    EXPECT_EQ(ranking[3].item, 1U);
    EXPECT_EQ(ranking[3].rank, 4);
}

TEST(Criteria, ThirdsThatFloatingPointWouldSplitStillTie) {
    Board board = criteriaBoard();
    // Card 1: (1/3 + 2/3 ... ) means 10/3 and 11/3 → overall 7/2 over 2 criteria; card 2: 7/2 directly.
    rate(board, 1, 1, {3, 4, 0});
    rate(board, 1, 2, {3, 4, 0});
    rate(board, 1, 3, {4, 3, 0});
    rate(board, 2, 1, {4, 3, 0});
    const std::vector<CriteriaLine> ranking = rankByCriteria(board);
    ASSERT_EQ(ranking.size(), 2U);
    EXPECT_EQ(ranking[0].scaledScore, ranking[1].scaledScore);
    EXPECT_EQ(ranking[0].rank, 1);
    EXPECT_EQ(ranking[1].rank, 1);
    EXPECT_EQ(ranking[0].item, 1U);
    EXPECT_DOUBLE_EQ(ranking[0].score(), 3.5);
}

TEST(Criteria, ADeletedCardLeavesTheRanking) {
    Board board = criteriaBoard();
    rate(board, 1, 1, {5, 5, 5});
    rate(board, 2, 1, {1, 1, 1});
    applyOrFail(board, CardDeleted{1, 0});
    const std::vector<CriteriaLine> ranking = rankByCriteria(board);
    ASSERT_EQ(ranking.size(), 1U);
    EXPECT_EQ(ranking[0].item, 2U);
}

} // namespace
} // namespace atelier::core
