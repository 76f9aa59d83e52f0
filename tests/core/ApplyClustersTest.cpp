// apply() on clusters: a card is in at most one cluster at a time.
#include "TestBoards.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::expectRejected;
using testing::sampleBoard;

TEST(ApplyClusters, FormingGathersCardsInIdOrder) {
    Board board = sampleBoard();
    applyOrFail(board, ClusterFormed{16, "Ombre", {5, 4}, 1});
    const Cluster* cluster = board.findCluster(16);
    ASSERT_NE(cluster, nullptr);
    EXPECT_EQ(cluster->name, "Ombre");
    EXPECT_EQ(cluster->cards, (std::vector<ItemId>{4, 5}));
    EXPECT_EQ(board.clusterOf(4), 16U);
}

TEST(ApplyClusters, AnEmptyNamedClusterCanWaitForCards) {
    Board board = sampleBoard();
    applyOrFail(board, ClusterFormed{16, "", {}, 0});
    applyOrFail(board, ClusterRenamed{16, "Sécurité", 2});
    applyOrFail(board, ClusterJoined{16, 5, 2});
    EXPECT_EQ(board.findCluster(16)->name, "Sécurité");
    EXPECT_EQ(board.findCluster(16)->cards, (std::vector<ItemId>{5}));
}

TEST(ApplyClusters, JoiningAndLeaving) {
    Board board = sampleBoard();
    applyOrFail(board, ClusterJoined{10, 4, 1});
    EXPECT_EQ(board.findCluster(10)->cards, (std::vector<ItemId>{2, 3, 4}));
    applyOrFail(board, ClusterLeft{10, 3, 2});
    EXPECT_EQ(board.findCluster(10)->cards, (std::vector<ItemId>{2, 4}));
    EXPECT_EQ(board.clusterOf(3), kNoItem);
}

TEST(ApplyClusters, DissolvingFreesTheCardsAndRestoringGathersThemAgain) {
    Board board = sampleBoard();
    applyOrFail(board, ClusterDissolved{10, 1});
    EXPECT_TRUE(board.findCluster(10)->dissolved);
    EXPECT_EQ(board.clusterOf(2), kNoItem);
    applyOrFail(board, ClusterRestored{10, 1});
    EXPECT_EQ(board.clusterOf(2), 10U);
}

TEST(ApplyClusters, RestoringIsRefusedWhenAMemberHasMovedOn) {
    Board board = sampleBoard();
    applyOrFail(board, ClusterJoined{10, 4, 1}); // card 4 was in dissolved cluster 11
    expectRejected(board, ClusterRestored{11, 1}, "card 4 has since joined cluster 10");
}

TEST(ApplyClusters, WhatDoesNotFitIsRefused) {
    const Board board = sampleBoard();
    expectRejected(board, ClusterFormed{16, "x", {2}, 1}, "card 2 is already in cluster 10");
    expectRejected(board, ClusterFormed{16, "x", {4, 4}, 1}, "card 4 is listed twice");
    expectRejected(board, ClusterFormed{16, "x", {6}, 1}, "card 6 is deleted");
    expectRejected(board, ClusterFormed{16, "x", {1}, 1}, "is a photo, not a card");
    expectRejected(board, ClusterFormed{16, "x", {99}, 1}, "card 99 does not exist");
    expectRejected(board, ClusterFormed{16, std::string(201, 'n'), {4}, 1}, "201 bytes");
    expectRejected(board, ClusterFormed{10, "x", {4}, 1}, "already used by a cluster");
    expectRejected(board, ClusterRenamed{11, "x", 1}, "cluster 11 is dissolved");
    expectRejected(board, ClusterRenamed{10, "\xC0\xAF", 1}, "not valid UTF-8");
    expectRejected(board, ClusterJoined{10, 2, 1}, "card 2 is already in cluster 10");
    expectRejected(board, ClusterJoined{10, 6, 1}, "card 6 is deleted");
    expectRejected(board, ClusterJoined{11, 4, 1}, "cluster 11 is dissolved");
    expectRejected(board, ClusterJoined{2, 4, 1}, "is a card, not a cluster");
    expectRejected(board, ClusterLeft{10, 4, 1}, "card 4 is not in cluster 10");
    expectRejected(board, ClusterLeft{10, 99, 1}, "card 99 does not exist");
    expectRejected(board, ClusterDissolved{11, 1}, "dissolved");
    expectRejected(board, ClusterRestored{10, 1}, "not dissolved");
}

TEST(ApplyClusters, ADeletedMemberStaysInItsCluster) {
    Board board = sampleBoard();
    applyOrFail(board, CardDeleted{3, 2});
    EXPECT_EQ(board.findCluster(10)->cards, (std::vector<ItemId>{2, 3}));
    expectRejected(board, ClusterLeft{10, 3, 2}, "card 3 is deleted");
    applyOrFail(board, CardRestored{3, 2});
    EXPECT_EQ(board.clusterOf(3), 10U);
}

} // namespace
} // namespace atelier::core
