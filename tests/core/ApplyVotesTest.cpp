// apply() on dot voting: each seat has its dots; a dot on a deleted card comes back to its seat.
#include "TestBoards.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::expectRejected;
using testing::sampleBoard;

TEST(ApplyVotes, ASeatPlacesItsDotsOnCardsAndClusters) {
    Board board = sampleBoard();
    EXPECT_EQ(board.dotsLeft(1), 2);
    applyOrFail(board, VoteCast{16, 10, 1});
    applyOrFail(board, VoteCast{17, 2, 1}); // dots may stack on one card
    EXPECT_EQ(board.dotsLeft(1), 0);
    EXPECT_EQ(board.findVote(17)->target, 2U);
    expectRejected(board, VoteCast{18, 3, 1}, "seat 1 has used all 3 of its dots");
    EXPECT_EQ(board.dotsLeft(2), 2) << "other seats keep their own dots";
}

TEST(ApplyVotes, WithdrawingGivesTheDotBack) {
    Board board = sampleBoard();
    applyOrFail(board, VoteWithdrawn{12, 1});
    EXPECT_TRUE(board.findVote(12)->withdrawn);
    EXPECT_EQ(board.dotsLeft(1), 3);
    applyOrFail(board, VoteRestored{12, 1});
    EXPECT_EQ(board.dotsLeft(1), 2);
}

TEST(ApplyVotes, ADotOnADeletedCardComesBackToItsSeat) {
    Board board = sampleBoard();
    applyOrFail(board, CardDeleted{2, 3});
    EXPECT_EQ(board.dotsLeft(1), 3);
    applyOrFail(board, CardRestored{2, 3});
    EXPECT_EQ(board.dotsLeft(1), 2);
}

TEST(ApplyVotes, TheFacilitatorMayWithdrawAnyDot) {
    Board board = sampleBoard();
    applyOrFail(board, VoteWithdrawn{13, 0});
    EXPECT_TRUE(board.findVote(13)->withdrawn);
}

TEST(ApplyVotes, WhatDoesNotFitIsRefused) {
    const Board board = sampleBoard();
    expectRejected(board, VoteCast{16, 6, 1}, "card 6 is deleted");
    expectRejected(board, VoteCast{16, 11, 1}, "cluster 11 is dissolved");
    expectRejected(board, VoteCast{16, 1, 1}, "is a photo, not a card or cluster");
    expectRejected(board, VoteCast{16, 99, 1}, "card or cluster 99 does not exist");
    expectRejected(board, VoteCast{16, 2, 0}, "facilitator");
    expectRejected(board, VoteCast{16, 2, 5}, "seat 5 is not at this table");
    expectRejected(board, VoteCast{12, 2, 1}, "already used by a vote");
    expectRejected(board, VoteWithdrawn{12, 2}, "vote 12 belongs to seat 1, not seat 2");
    expectRejected(board, VoteWithdrawn{14, 1}, "already withdrawn");
    expectRejected(board, VoteRestored{12, 1}, "not withdrawn");
    expectRejected(board, VoteWithdrawn{2, 1}, "is a card, not a vote");
}

TEST(ApplyVotes, NoVotingWhenTheSessionGivesNoDots) {
    Board board = testing::configuredBoard();
    applyOrFail(board, SessionConfigured{4, 0, "Sans vote", 0});
    applyOrFail(board, CardCreated{1, Pose{{10, 10}, 0, 1}, Size{75, 75}, "x", 0, 1});
    expectRejected(board, VoteCast{2, 1, 1}, "all 0 of its dots");
}

TEST(ApplyVotes, RestoringIsRefusedWhenTheSeatHasSpentItsDots) {
    Board board = sampleBoard();
    applyOrFail(board, VoteCast{16, 2, 1});
    applyOrFail(board, VoteCast{17, 2, 1});
    expectRejected(board, VoteRestored{14, 1}, "used all 3");
}

} // namespace
} // namespace atelier::core
