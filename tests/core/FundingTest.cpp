// The funding rule: exact sums of whole cents, and the funded set within the envelope.
#include "TestBoards.hpp"

#include "core/Funding.hpp"
#include "core/Limits.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::configuredBoard;

/// A 4-seat board with three cards and a set-up: envelope and coins as given, no criteria.
Board budgetBoard(std::int64_t envelope, int coins, std::int64_t coinValue) {
    Board board = configuredBoard();
    for (ItemId id = 1; id <= 3; ++id) {
        applyOrFail(board, CardCreated{id, Pose{{100.0 * static_cast<double>(id), 100}, 0, 1}, Size{75, 75},
                                       "idée " + std::to_string(id), 0, 1});
    }
    applyOrFail(board, DecisionConfigured{envelope, coins, coinValue, {}, false, 0});
    return board;
}

TEST(Funding, AProposalIsFundedExactlyWhenItsCoinsReachItsCost) {
    // Ten coins of 0.10 € against a cost of 1.00 €: in floating point 0.1 × 10 is not 1.0; in cents it is.
    Board board = budgetBoard(0, 10, 10);
    applyOrFail(board, CostSet{1, 100, 0});
    for (ItemId id = 10; id < 19; ++id) {
        applyOrFail(board, CoinPlaced{id, 1, 1});
    }
    EXPECT_EQ(pledgedCents(board, 1), 90);
    EXPECT_FALSE(isFunded(board, 1)) << "one cent short is not funded";
    applyOrFail(board, CoinPlaced{19, 1, 1});
    EXPECT_EQ(pledgedCents(board, 1), 100);
    EXPECT_TRUE(isFunded(board, 1));
    applyOrFail(board, CostSet{1, 101, 0});
    EXPECT_FALSE(isFunded(board, 1)) << "a cost raised by one cent is no longer reached";
}

TEST(Funding, LargeSumsStayExact) {
    Board board = budgetBoard(kMaxCents, 99, 10'000'000'000LL); // 100 million euros a coin
    applyOrFail(board, CostSet{1, 3 * 10'000'000'000LL + 1, 0});
    for (ItemId id = 10; id < 14; ++id) {
        applyOrFail(board, CoinPlaced{id, 1, static_cast<int>(id % 4) + 1});
    }
    EXPECT_EQ(pledgedCents(board, 1), 40'000'000'000LL);
    EXPECT_TRUE(isFunded(board, 1));
    EXPECT_EQ(placedCents(board), 40'000'000'000LL);
}

TEST(Funding, TheFundedSetKeepsWithinTheEnvelopeMostPledgedFirst) {
    Board board = budgetBoard(8'000'000, 10, 1'000'000); // 80,000 €, coins of 10,000 €
    applyOrFail(board, CostSet{1, 3'000'000, 0});
    applyOrFail(board, CostSet{2, 5'000'000, 0});
    applyOrFail(board, CostSet{3, 4'000'000, 0});
    ItemId next = 10;
    const auto coins = [&](ItemId target, int count) {
        for (int i = 0; i < count; ++i) {
            applyOrFail(board, CoinPlaced{next++, target, i % 4 + 1});
        }
    };
    coins(1, 3);
    coins(2, 5);
    coins(3, 4);
    const FundingSummary summary = fundingOf(board);
    ASSERT_EQ(summary.lines.size(), 3U);
    EXPECT_TRUE(summary.lines[0].funded && summary.lines[1].funded && summary.lines[2].funded);
    // 5 (50,000 €) first, then 3 (40,000 €) does not fit in the 30,000 € left, then 1 (30,000 €) does.
    EXPECT_EQ(summary.fundedSet, (std::vector<ItemId>{2, 1}));
    EXPECT_EQ(summary.fundedCostCents, 8'000'000);
    EXPECT_FALSE(summary.lines[2].withinEnvelope);
    EXPECT_EQ(summary.placedCents, 12'000'000);
    EXPECT_EQ(summary.envelopeCents, 8'000'000);
}

TEST(Funding, EqualPledgesGoCheaperFirstThenByIdAndNoEnvelopeKeepsEveryFundedProposal) {
    Board board = budgetBoard(0, 10, 1'000'000);
    applyOrFail(board, CostSet{1, 2'000'000, 0});
    applyOrFail(board, CostSet{2, 1'500'000, 0});
    applyOrFail(board, CostSet{3, 2'000'000, 0});
    ItemId next = 10;
    for (const ItemId target : {1, 1, 2, 2, 3, 3}) {
        applyOrFail(board, CoinPlaced{next++, target, static_cast<int>(next % 4) + 1});
    }
    EXPECT_EQ(fundingOf(board).fundedSet, (std::vector<ItemId>{2, 1, 3}));
    applyOrFail(board, CardDeleted{2, 0});
    EXPECT_EQ(fundingOf(board).fundedSet, (std::vector<ItemId>{1, 3})) << "a deleted card is not funded";
    EXPECT_EQ(placedCents(board), 4'000'000) << "its coins went back to their seats";
}

} // namespace
} // namespace atelier::core
