// The pure functions behind clusters and results: lasso containment, suggestions, the ranking.
#include "WorkshopTestSupport.hpp"

#include "core/Apply.hpp"
#include "core/Ranking.hpp"
#include "workshop/Clustering.hpp"
#include "workshop/DecideTable.hpp"

#include <gtest/gtest.h>

namespace atelier::workshop {
namespace {

core::Board boardWithCards(const std::vector<std::pair<core::ItemId, core::Vec2>>& cards) {
    core::Board board = testing::configuredBoard(4, 5);
    for (const auto& [id, centre] : cards) {
        EXPECT_TRUE(
            core::apply(board, core::CardCreated{id, core::Pose{centre, 0, 1}, {80, 50}, "x", 0, 1}).applied);
    }
    return board;
}

std::vector<core::Vec2> square(double x0, double y0, double x1, double y1) {
    std::vector<core::Vec2> path;
    for (double x = x0; x <= x1; x += 10)
        path.push_back({x, y0});
    for (double y = y0; y <= y1; y += 10)
        path.push_back({x1, y});
    for (double x = x1; x >= x0; x -= 10)
        path.push_back({x, y1});
    for (double y = y1; y >= y0 + 20; y -= 10)
        path.push_back({x0, y});
    return path;
}

TEST(Clustering, ALassoHoldsTheCardsWhoseCentreIsInside) {
    const core::Board board = boardWithCards({{1, {100, 100}}, {2, {200, 120}}, {3, {400, 100}}});
    EXPECT_EQ(cardsInLasso(board, square(50, 50, 250, 200)), (std::vector<core::ItemId>{1, 2}));
    EXPECT_TRUE(cardsInLasso(board, {{50, 50}, {60, 50}, {70, 50}}).empty()) << "too short";
    std::vector<core::Vec2> open;
    for (double x = 0; x <= 500; x += 5)
        open.push_back({x, 100});
    EXPECT_FALSE(lassoCloses(open));
}

TEST(Clustering, SuggestionsLinkNeighboursTransitively) {
    // 1–2–3 form a chain (each 90 mm from the next), 4–5 a pair, 6 alone.
    const core::Board board = boardWithCards({{1, {100, 100}},
                                              {2, {190, 100}},
                                              {3, {280, 100}},
                                              {4, {600, 500}},
                                              {5, {650, 520}},
                                              {6, {1000, 100}}});
    const auto groups = suggestClusters(board, 100);
    ASSERT_EQ(groups.size(), 2U);
    EXPECT_EQ(groups[0], (std::vector<core::ItemId>{1, 2, 3}));
    EXPECT_EQ(groups[1], (std::vector<core::ItemId>{4, 5}));
    EXPECT_TRUE(suggestClusters(board, 40).empty());
    EXPECT_EQ(suggestClusters(board, 2000).size(), 1U);
}

TEST(Clustering, SuggestionsLeaveOutCardsAlreadyInACluster) {
    core::Board board = boardWithCards({{1, {100, 100}}, {2, {150, 100}}, {3, {200, 100}}});
    ASSERT_TRUE(core::apply(board, core::ClusterFormed{9, "", {1}, 1}).applied);
    EXPECT_EQ(suggestClusters(board, 60), (std::vector<std::vector<core::ItemId>>{{2, 3}}));
}

TEST(Clustering, ACardDroppedNearAClusterIsInsideItsOutline) {
    core::Board board = boardWithCards({{1, {100, 100}}, {2, {200, 100}}, {3, {600, 100}}});
    ASSERT_TRUE(core::apply(board, core::ClusterFormed{9, "", {1, 2}, 1}).applied);
    EXPECT_EQ(clusterAt(board, {245, 100}), 9) << "within the margin of card 2's edge (240)";
    EXPECT_EQ(clusterAt(board, {260, 100}), core::kNoItem);
    EXPECT_EQ(clusterAt(board, {200, 100}, 2), core::kNoItem) << "without card 2 the box ends at 140";
    EXPECT_EQ(clusterTouching(board, 2), core::kNoItem)
        << "card 2 (from 160) lies clear of card 1's outline (to 147)";
    EXPECT_EQ(clusterTouching(board, 3), core::kNoItem);
    ASSERT_TRUE(core::apply(board, core::CardMoved{2, core::Pose{{185, 100}, 0, 1}, 1}).applied);
    EXPECT_EQ(clusterTouching(board, 2), 9) << "card 2 (from 145) touches it now";
}

TEST(Ranking, AnUnnamedGroupIsCalledByItsNumberInTheDecisionAsOnItsLabel) {
    core::Board board = boardWithCards({{1, {100, 100}}, {2, {200, 100}}, {3, {300, 100}}});
    ASSERT_TRUE(core::apply(board, core::ClusterFormed{8, "Jardin", {1}, 1}).applied);
    ASSERT_TRUE(core::apply(board, core::ClusterFormed{9, "", {2}, 1}).applied);
    EXPECT_EQ(clusterNumber(board, 9), 2) << "the second group formed";
    EXPECT_EQ(clusterNumber(board, 3), 0) << "a card is no group";
    EXPECT_EQ(proposalTitle(board, 9, 40, core::Language::French), "[Groupe 2]");
    EXPECT_EQ(proposalTitle(board, 9, 40, core::Language::English), "[Group 2]");
    EXPECT_EQ(proposalTitle(board, 8, 40, core::Language::English), "[Jardin]");
}

TEST(Ranking, MostDotsFirstTiesShareARank) {
    core::Board board = boardWithCards({{1, {100, 100}}, {2, {200, 100}}, {3, {300, 100}}});
    ASSERT_TRUE(core::apply(board, core::ClusterFormed{9, "", {1}, 1}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{20, 2, 1}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{21, 2, 2}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{22, 9, 3}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{23, 3, 3}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{24, 3, 4}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteWithdrawn{24, 4}).applied);
    const std::vector<core::RankedItem> ranking = core::rankByVotes(board);
    using K = core::RankedItem::Kind;
    const std::vector<core::RankedItem> expected = {
        {K::Card, 2, 2, 1}, {K::Cluster, 9, 1, 2}, {K::Card, 3, 1, 2}, {K::Card, 1, 0, 4}};
    EXPECT_EQ(ranking, expected);
    EXPECT_EQ(rankingLines(board, 2, 20, core::Language::French),
              (std::vector<std::string>{"1.  ×2  x", "2.  ×1  [Groupe 1]"}))
        << "an unnamed group reads as its label on the table";
    EXPECT_EQ(rankingLines(board, 2, 20, core::Language::English),
              (std::vector<std::string>{"1.  ×2  x", "2.  ×1  [Group 1]"}));
    ASSERT_TRUE(core::apply(board, core::ClusterRenamed{9, "Des jardins partout dans la ville", 1}).applied);
    EXPECT_EQ(rankingLines(board, 5, 12, core::Language::French),
              (std::vector<std::string>{"1.  ×2  x", "2.  ×1  [Des jardins …]", "2.  ×1  x"}))
        << "only items with dots, long names cut";
    ASSERT_TRUE(core::apply(board, core::CardDeleted{2, 1}).applied);
    EXPECT_EQ(core::rankByVotes(board).front().id, 9) << "a deleted card leaves the ranking";
}

TEST(Ranking, AClusterScoresItsOwnDotsAndThoseOfItsCards) {
    core::Board board = boardWithCards({{1, {100, 100}}, {2, {200, 100}}, {3, {300, 100}}});
    ASSERT_TRUE(core::apply(board, core::ClusterFormed{9, "Nature et ombre", {1, 2}, 1}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{20, 9, 1}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{21, 9, 2}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{22, 1, 3}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{23, 2, 3}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{24, 2, 4}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{25, 3, 4}).applied);
    using K = core::RankedItem::Kind;
    const std::vector<core::RankedItem> expected = {
        {K::Cluster, 9, 5, 1}, {K::Card, 2, 2, 2}, {K::Card, 1, 1, 3}, {K::Card, 3, 1, 3}};
    EXPECT_EQ(core::rankByVotes(board), expected)
        << "2 on the label + 3 on its cards; each card keeps its own";
    ASSERT_TRUE(core::apply(board, core::CardDeleted{2, 1}).applied);
    EXPECT_EQ(core::rankByVotes(board).front().votes, 3) << "a deleted card's dots count nowhere";
}

TEST(Ranking, TheLinesSayHowManyMoreAreTiedWithTheLast) {
    std::vector<std::pair<core::ItemId, core::Vec2>> cards;
    for (core::ItemId id = 1; id <= 8; ++id) {
        cards.push_back({id, {100.0 * static_cast<double>(id), 100}});
    }
    core::Board board = boardWithCards(cards);
    ASSERT_TRUE(core::apply(board, core::VoteCast{20, 1, 1}).applied);
    ASSERT_TRUE(core::apply(board, core::VoteCast{21, 1, 2}).applied);
    for (core::ItemId id = 2; id <= 7; ++id) {
        ASSERT_TRUE(core::apply(board, core::VoteCast{20 + id, id, 1 + static_cast<int>(id % 4)}).applied);
    }
    EXPECT_EQ(rankingLines(board, 5, 36, core::Language::French).size(), 5U);
    EXPECT_EQ(rankingTiedBeyond(board, 5), 2) << "cards 2–7 tie at rank 2; 2–5 show, 6 and 7 do not";
    EXPECT_EQ(rankingTiedBeyond(board, 7), 0) << "all shown; card 8 has no dot";
    EXPECT_EQ(rankingTiedBeyond(board, 1), 0) << "nothing ties with the first";
}

} // namespace
} // namespace atelier::workshop
