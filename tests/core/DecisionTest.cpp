// apply(), undo and the board codecs on deciding: set-up, costs, coins and ratings.
#include "TestBoards.hpp"

#include "core/BoardCodec.hpp"
#include "core/BoardHash.hpp"
#include "core/CompactBoard.hpp"
#include "core/EventCodec.hpp"
#include "core/Funding.hpp"
#include "core/Undo.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::decisionBoard;
using testing::expectRejected;
using testing::oneDecisionEventOfEachType;
using testing::sampleBoard;

TEST(Decision, CoinsGoOnCostedProposalsUntilTheyAreFunded) {
    Board board = decisionBoard();
    EXPECT_EQ(coinsLeft(board, 1), 9);
    applyOrFail(board, CoinPlaced{19, 10, 3});
    EXPECT_TRUE(isFunded(board, 10)) << "3 coins of 10,000 € reach a cost of 30,000 €";
    expectRejected(board, CoinPlaced{20, 10, 4}, "cluster 10 is already funded");
    expectRejected(board, CoinPlaced{20, 2, 4}, "card 2 has no cost yet");
    expectRejected(board, CoinPlaced{20, 6, 4}, "card 6 is deleted");
    expectRejected(board, CoinPlaced{20, 3, 0}, "facilitator");
    expectRejected(board, CoinPlaced{16, 3, 4}, "already used by a coin");
}

TEST(Decision, ASeatHasOnlyItsCoins) {
    Board board = decisionBoard();
    applyOrFail(board, CostSet{2, 100'000'000, 0});
    for (ItemId id = 19; id < 28; ++id) {
        applyOrFail(board, CoinPlaced{id, 2, 1});
    }
    EXPECT_EQ(coinsLeft(board, 1), 0);
    expectRejected(board, CoinPlaced{30, 2, 1}, "seat 1 has placed all 10 of its coins");
    expectRejected(board, CoinRestored{18, 1}, "seat 1 has placed all 10 of its coins");
    EXPECT_EQ(coinsLeft(board, 3), 10) << "other seats keep their own coins";
    applyOrFail(board, CardDeleted{2, 0});
    EXPECT_EQ(coinsLeft(board, 1), 9) << "coins on a deleted card come back to their seat";
}

TEST(Decision, CostsAreSetByTheFacilitatorOrBySeatsWhenAllowed) {
    Board board = decisionBoard();
    expectRejected(board, CostSet{2, 100, 1}, "only the facilitator sets costs");
    expectRejected(board, CostSet{2, -1, 0}, "a cost must be 0 to");
    expectRejected(board, CostSet{2, 1'000'000'000'000'001, 0}, "a cost must be 0 to");
    expectRejected(board, CostSet{1, 100, 0}, "is a photo, not a card or cluster");
    applyOrFail(board, CostSet{2, 0, 0});
    EXPECT_FALSE(board.costs.contains(2));
    applyOrFail(board, CostSet{10, 0, 0});
    EXPECT_EQ(costOf(board, 10), 0) << "0 clears a cost";
    DecisionConfigured setup{10'000'000, 10, 1'000'000, {"A", "B", "C"}, true, 0};
    applyOrFail(board, setup);
    applyOrFail(board, CostSet{2, 250'000, 1});
    EXPECT_EQ(costOf(board, 2), 250'000);
}

TEST(Decision, RatingsAreOnePerSeatItemAndCriterion) {
    Board board = decisionBoard();
    applyOrFail(board, RatingGiven{10, 0, 2, 1});
    EXPECT_EQ((board.ratings.at(RatingKey{10, 1, 0})), 2) << "a new rating replaces the seat's last";
    applyOrFail(board, RatingGiven{10, 0, 0, 1});
    EXPECT_FALSE(board.ratings.contains(RatingKey{10, 1, 0})) << "0 takes the rating back";
    expectRejected(board, RatingGiven{10, 3, 4, 1}, "criterion 3 is not one of the 3 criteria");
    expectRejected(board, RatingGiven{10, 0, 6, 1}, "a rating is 1 to 5");
    expectRejected(board, RatingGiven{10, 0, 4, 0}, "facilitator");
    expectRejected(sampleBoard(), RatingGiven{10, 0, 4, 1}, "no criteria");
}

TEST(Decision, TheSetUpIsCheckedAndCannotStrandCoinsOrRatings) {
    const Board board = decisionBoard();
    expectRejected(board, DecisionConfigured{0, 0, 0, {"Seul"}, false, 0}, "not 1");
    expectRejected(board, DecisionConfigured{0, 10, 0, {}, false, 0}, "coins need a value");
    expectRejected(board, DecisionConfigured{-5, 0, 0, {}, false, 0}, "the envelope must be 0 to");
    expectRejected(board, DecisionConfigured{0, 100, 1, {}, false, 0}, "coins per seat must be 0..99");
    expectRejected(board, DecisionConfigured{0, 10, 1'000'000, {"A", ""}, false, 0}, "has no name");
    expectRejected(board, DecisionConfigured{0, 10, 1'000'000, {}, false, 0}, "criterion 0 has ratings");
    expectRejected(board, DecisionConfigured{0, 0, 1'000'000, {"A", "B", "C"}, false, 0}, "more than 0");
    expectRejected(board, DecisionConfigured{0, 10, 500'000, {"A", "B", "C"}, false, 0},
                   "value cannot change");
    expectRejected(board, DecisionConfigured{0, 10, 1'000'000, {"A", "B", "C"}, false, 1}, "facilitator");
}

TEST(Decision, EveryDecidingEventIsTakenBackByItsInverseForTheSameSeat) {
    for (const Event& event : oneDecisionEventOfEachType()) {
        SCOPED_TRACE(std::string(eventType(event)));
        const Board before = decisionBoard();
        Board board = before;
        applyOrFail(board, event);
        const std::optional<Event> inverse = inverseOf(before, event);
        ASSERT_TRUE(inverse);
        EXPECT_EQ(eventSeat(*inverse), eventSeat(event));
        applyOrFail(board, *inverse);
        if (const auto* placed = std::get_if<CoinPlaced>(&event)) {
            EXPECT_TRUE(board.findCoin(placed->id)->withdrawn);
            board.coins.erase(placed->id);
            board.nextId = before.nextId;
        }
        EXPECT_TRUE(board == before) << encodePayload(*inverse);
    }
}

TEST(Decision, OneSeatsUndoWithdrawsOnlyItsCoin) {
    const Board before = decisionBoard();
    Board board = before;
    const Event mine = CoinPlaced{19, 10, 3};
    applyOrFail(board, mine);
    EXPECT_TRUE(isFunded(board, 10));
    const Event undo = *inverseOf(before, mine);
    EXPECT_EQ(eventSeat(undo), 3);
    expectRejected(board, CoinWithdrawn{19, 1}, "coin 19 belongs to seat 3, not seat 1");
    applyOrFail(board, undo);
    EXPECT_TRUE(board.findCoin(19)->withdrawn);
    EXPECT_FALSE(board.findCoin(16)->withdrawn) << "seat 1's coin stays";
    EXPECT_FALSE(board.findCoin(17)->withdrawn) << "seat 2's coin stays";
    EXPECT_FALSE(isFunded(board, 10));
}

TEST(Decision, BoardsWithDecidingRoundTripThroughJsonAndCompactBytes) {
    const Board base = decisionBoard();
    const std::string baseBlob = boardToCompact(base);
    std::vector<Event> events = oneDecisionEventOfEachType();
    events.push_back(CostSet{10, 0, 0});
    events.push_back(RatingGiven{10, 0, 0, 1});
    for (const Event& event : events) {
        SCOPED_TRACE(std::string(eventType(event)));
        Board board = base;
        applyOrFail(board, event);
        std::string error;
        const std::optional<Board> fromJson = boardFromJson(boardToJson(board), &error);
        ASSERT_TRUE(fromJson) << error;
        EXPECT_TRUE(*fromJson == board);
        const std::string whole = boardToCompact(board);
        const std::string_view one[] = {whole};
        const std::optional<Board> fromWhole = boardFromCompact(one, &error);
        ASSERT_TRUE(fromWhole) << error;
        EXPECT_TRUE(*fromWhole == board);
        const std::string delta = boardDeltaToCompact(base, board);
        const std::string_view chain[] = {baseBlob, delta};
        const std::optional<Board> rebuilt = boardFromCompact(chain, &error);
        ASSERT_TRUE(rebuilt) << error;
        EXPECT_TRUE(*rebuilt == board);
        EXPECT_EQ(boardHash(*rebuilt), boardHash(board));
    }
    // A delta back to a board that never decided clears the deciding part.
    const std::string back = boardDeltaToCompact(base, sampleBoard());
    const std::string_view chain[] = {baseBlob, back};
    const std::optional<Board> rebuilt = boardFromCompact(chain);
    ASSERT_TRUE(rebuilt);
    EXPECT_TRUE(*rebuilt == sampleBoard());
}

TEST(Decision, BoardsThatNeverDecidedKeepTheirBytes) {
    const Board board = sampleBoard();
    EXPECT_FALSE(board.hasDecision());
    EXPECT_EQ(boardToJson(board).find("decision"), std::string::npos);
    EXPECT_TRUE(decisionBoard().hasDecision());
    EXPECT_NE(boardHash(decisionBoard()), boardHash(board));
}

TEST(Decision, SnapshotsWithInconsistentDecidingAreRefused) {
    Board board = decisionBoard();
    board.coins.at(16).target = 1; // a photo
    std::string error;
    EXPECT_FALSE(boardFromJson(boardToJson(board), &error));
    EXPECT_NE(error.find("coin 16"), std::string::npos) << error;
    const std::string blob = boardToCompact(board);
    const std::string_view one[] = {blob};
    EXPECT_FALSE(boardFromCompact(one, &error));
    Board rated = decisionBoard();
    rated.ratings[RatingKey{10, 7, 0}] = 3; // seat 7 at a 4-seat table
    EXPECT_FALSE(boardFromJson(boardToJson(rated), &error));
    EXPECT_NE(error.find("rating"), std::string::npos) << error;
}

} // namespace
} // namespace atelier::core
