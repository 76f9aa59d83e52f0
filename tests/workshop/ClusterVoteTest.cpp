// Clusters and dots at the table: a lasso forms a cluster, drops join and leave, the label moves the group,
// dots go on cards and clusters and come back, only in a phase that allows them.
#include "WorkshopTestSupport.hpp"

#include "core/Ranking.hpp"
#include "core/VotePlacement.hpp"
#include "workshop/Clustering.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <string>

namespace atelier::workshop::testing {
namespace {

using input::Phase;

const core::PhaseStarted kClusterPhase{1, "Regrouper", {"cards", "cluster"}, 0, 0};
const core::PhaseStarted kVotePhase{2, "Vote", {"vote"}, 0, 0};

void addCard(TestTable& table, core::ItemId id, core::Vec2 centre, int seat = 1) {
    ASSERT_TRUE(
        table.submit(core::CardCreated{id, core::Pose{centre, 0, 1}, {80, 50}, "idée", 0, seat}).applied);
}

/// Draws a closed loop (a circle of `radius` around `centre`) with one contact on the empty board.
void lasso(TestTable& table, input::ContactId id, core::Vec2 centre, double radius) {
    constexpr int kSteps = 72;
    for (int i = 0; i <= kSteps; ++i) {
        const double a = 2 * std::numbers::pi * i / kSteps;
        table.touch(id, i == 0 ? Phase::Down : Phase::Move,
                    {centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
        table.advance(8);
    }
    table.touch(id, Phase::Up, {centre.x + radius, centre.y});
    table.frame();
}

/// A table with three cards close together around (400, 250), one farther away at (800, 250).
void threeAndOne(TestTable& table) {
    addCard(table, 11, {330, 230});
    addCard(table, 12, {430, 230});
    addCard(table, 13, {380, 300}, 2);
    addCard(table, 14, {800, 250});
}

TEST(Clusters, ALassoAroundThreeCardsFormsAClusterOfExactlyThose) {
    TestTable table(6);
    threeAndOne(table);
    lasso(table, 1, {380, 260}, 130);
    ASSERT_EQ(table.board().clusters.size(), 1U);
    const core::Cluster& cluster = table.board().clusters.begin()->second;
    EXPECT_EQ(cluster.cards, (std::vector<core::ItemId>{11, 12, 13}));
    EXPECT_EQ(table.logged("cluster.formed"), 1U);
    EXPECT_TRUE(table.has("cluster." + std::to_string(cluster.id) + ".label"));
    // The seat's undo dissolves it.
    const int seat = table.seats().seatAt({380 + 130, 260}).number;
    table.tap("seat." + std::to_string(seat) + ".dock.undo");
    EXPECT_TRUE(table.board().clusters.begin()->second.dissolved);
    EXPECT_EQ(table.replayed(), table.board());
}

TEST(Clusters, AnOpenStrokeOrAPhaseWithoutClusterFormsNothing) {
    TestTable table(6);
    threeAndOne(table);
    table.drag(1, {200, 150}, {600, 150}, 20);
    EXPECT_TRUE(table.board().clusters.empty()) << "a line across the table is not a loop";
    ASSERT_TRUE(table.submit(core::PhaseStarted{0, "Idées", {"cards"}, 0, 0}).applied);
    lasso(table, 2, {380, 260}, 130);
    EXPECT_TRUE(table.board().clusters.empty());
}

TEST(Clusters, DroppingACardOnAClusterJoinsAndDraggingItOutLeaves) {
    TestTable table(6);
    ASSERT_TRUE(table.submit(kClusterPhase).applied);
    threeAndOne(table);
    lasso(table, 1, {380, 260}, 130);
    const core::ItemId id = table.board().clusters.begin()->first;
    table.drag(2, {800, 250}, {470, 300}, 20); // card 14 onto the group
    EXPECT_EQ(table.board().clusterOf(14), id);
    table.drag(3, {330, 230}, {330, 520}, 20); // card 11 far away
    EXPECT_EQ(table.board().clusterOf(11), core::kNoItem);
    EXPECT_EQ(table.board().findCluster(id)->cards, (std::vector<core::ItemId>{12, 13, 14}));
    table.drag(4, {430, 230}, {440, 240}, 5); // a small move inside the group changes nothing
    EXPECT_EQ(table.board().clusterOf(12), id);
    EXPECT_EQ(table.logged("cluster.joined"), 1U);
    EXPECT_EQ(table.logged("cluster.left"), 1U);
    EXPECT_TRUE(table.refusals().empty());
    EXPECT_EQ(table.replayed(), table.board());
}

TEST(Clusters, DraggingTheLabelMovesEveryCard) {
    TestTable table(6);
    threeAndOne(table);
    lasso(table, 1, {380, 260}, 130);
    const core::ItemId id = table.board().clusters.begin()->first;
    const core::Vec2 label = table.at("cluster." + std::to_string(id) + ".label");
    table.drag(2, label, {label.x + 100, label.y + 50}, 20);
    EXPECT_NEAR(table.board().findCard(11)->pose.centre.x, 430, 0.01);
    EXPECT_NEAR(table.board().findCard(13)->pose.centre.y, 350, 0.01);
    EXPECT_NEAR(table.board().findCard(14)->pose.centre.x, 800, 0.01) << "not a member";
    EXPECT_EQ(table.replayed(), table.board()) << "the final poses are logged";
    EXPECT_LT(table.logged("card.moved"), 3U * 20U) << "motion is logged at most 20 times a second";
}

TEST(Clusters, ATapOnTheLabelNamesTheClusterWithTheSeatsKeyboard) {
    TestTable table(6);
    threeAndOne(table);
    lasso(table, 1, {380, 260}, 130);
    const core::ItemId id = table.board().clusters.begin()->first;
    table.tap("cluster." + std::to_string(id) + ".label", 2);
    const int seat = table.seats().seatAt(table.at("cluster." + std::to_string(id) + ".label")).number;
    ASSERT_NE(table.workshop().keyboard(seat), nullptr);
    ASSERT_NE(table.workshop().keyboard(seat)->editor(), nullptr) << "the seat's keyboard opened on the name";
    table.type(seat, "Jardins");
    EXPECT_EQ(table.board().findCluster(id)->name, "Jardins");
    EXPECT_EQ(table.logged("cluster.renamed"), 7U) << "one event per key, like cards";
    EXPECT_EQ(table.logged("card.edited"), 0U);
    table.tap("seat." + std::to_string(seat) + ".dock.undo");
    EXPECT_EQ(table.board().findCluster(id)->name, "") << "the naming is one undo step";
    EXPECT_TRUE(table.refusals().empty());
    EXPECT_EQ(table.replayed(), table.board());
}

TEST(Clusters, SuggestionsAreAcceptedOrDismissedWithATap) {
    TestTable table(6);
    ASSERT_TRUE(table.submit(kClusterPhase).applied);
    threeAndOne(table);
    addCard(table, 15, {880, 250});
    EXPECT_EQ(table.workshop().suggestClusters(120), 2U) << "{11, 12, 13} and {14, 15}";
    ASSERT_TRUE(table.has("suggestion.1.accept"));
    ASSERT_TRUE(table.has("suggestion.2.dismiss"));
    EXPECT_TRUE(table.board().clusters.empty()) << "only proposals so far";
    table.tap("suggestion.2.dismiss");
    EXPECT_FALSE(table.has("suggestion.2.accept"));
    EXPECT_TRUE(table.has("suggestion.1.accept")) << "the other keeps its number";
    table.tap("suggestion.1.accept");
    ASSERT_EQ(table.board().clusters.size(), 1U);
    EXPECT_EQ(table.board().clusters.begin()->second.cards, (std::vector<core::ItemId>{11, 12, 13}));
    EXPECT_TRUE(table.workshop().suggestions().empty());
    EXPECT_EQ(table.replayed(), table.board());
    ASSERT_TRUE(table.submit(kVotePhase).applied);
    EXPECT_EQ(table.workshop().suggestClusters(120), 0U) << "not in a phase without cluster";
}

TEST(Votes, NoDotsBeforeTheVotePhase) {
    TestTable table(6);
    ASSERT_TRUE(table.submit(kClusterPhase).applied);
    EXPECT_FALSE(table.has("seat.1.dock.dot.1"));
    ASSERT_TRUE(table.submit(kVotePhase).applied);
    EXPECT_TRUE(table.has("seat.1.dock.dot.5"));
    EXPECT_FALSE(table.has("seat.1.dock.dot.6"));
}

TEST(Votes, DotsGoOnCardsAndClustersAndComeBackWhenDraggedHome) {
    TestTable table(6);
    threeAndOne(table);
    lasso(table, 1, {380, 260}, 130);
    const core::ItemId cluster = table.board().clusters.begin()->first;
    ASSERT_TRUE(table.submit(kVotePhase).applied);
    // Seat 1: two dots on card 14, one on the cluster's label; seat 2: two on card 11.
    const core::Vec2 label = table.at("cluster." + std::to_string(cluster) + ".label");
    table.drag(1, table.at("seat.1.dock.dot.1"), {800, 250});
    table.drag(1, table.at("seat.1.dock.dot.2"), {790, 245});
    table.drag(1, table.at("seat.1.dock.dot.3"), label);
    table.drag(2, table.at("seat.2.dock.dot.1"), {330, 230});
    table.drag(2, table.at("seat.2.dock.dot.2"), {335, 235});
    EXPECT_EQ(table.logged("vote.cast"), 5U);
    EXPECT_EQ(table.board().dotsLeft(1), 2);
    // Seat 1 takes one dot back from card 14 to its dock.
    core::ItemId onCard = core::kNoItem;
    for (const auto& [id, vote] : table.board().votes) {
        if (vote.target == 14) {
            onCard = id;
        }
    }
    const core::Vec2 dot = table.at("vote." + std::to_string(onCard));
    EXPECT_FALSE(table.has("vote.999"));
    table.drag(5, dot, table.at("seat.1.dock.dot.1"));
    EXPECT_EQ(table.logged("vote.withdrawn"), 1U);
    EXPECT_EQ(table.board().dotsLeft(1), 3);
    EXPECT_EQ(table.board().findCard(14)->pose.centre.x, 800) << "taking a dot does not move the card";

    const std::vector<core::RankedItem> ranking = core::rankByVotes(table.board());
    ASSERT_GE(ranking.size(), 3U);
    EXPECT_EQ(ranking[0].kind, core::RankedItem::Kind::Cluster) << "its label's dot and card 11's two";
    EXPECT_EQ(ranking[0].votes, 3);
    EXPECT_EQ(ranking[1].id, 11);
    EXPECT_EQ(ranking[1].votes, 2);
    EXPECT_EQ(ranking[2].id, 14);
    EXPECT_EQ(ranking[2].votes, 1);
    EXPECT_EQ(ranking[2].rank, 3);
    EXPECT_TRUE(table.refusals().empty());
    EXPECT_EQ(table.replayed(), table.board());
}

TEST(Votes, TheLockedPhaseShowsTheRankingToEverySeat) {
    TestTable table(6);
    addCard(table, 11, {330, 300});
    ASSERT_TRUE(table.submit(kVotePhase).applied);
    table.drag(1, table.at("seat.1.dock.dot.1"), {330, 300});
    const auto rankings = [&] {
        std::vector<const Widget*> found;
        for (const Widget& widget : table.workshop().widgets()) {
            if (widget.kind == WidgetKind::Ranking) {
                found.push_back(&widget);
            }
        }
        return found;
    };
    EXPECT_TRUE(rankings().empty()) << "not while voting";
    ASSERT_TRUE(table.submit(core::PhaseStarted{3, "Restitution", {"locked"}, 0, 0}).applied);
    const std::vector<const Widget*> shown = rankings();
    ASSERT_EQ(shown.size(), 6U) << "one per seat";
    for (const Widget* widget : shown) {
        EXPECT_EQ(widget->lines, (std::vector<std::string>{"1.  ×1  idée"}));
        EXPECT_NEAR(widget->pose.rotation, table.seats().seat(widget->seat)->facing, 1e-9)
            << "facing its seat";
    }
}

TEST(Votes, ADotGoesHomeOnlyToItsOwnSeatsDock) {
    TestTable table(6);
    addCard(table, 11, {330, 500});
    ASSERT_TRUE(table.submit(kVotePhase).applied);
    table.drag(1, table.at("seat.1.dock.dot.1"), {330, 500});
    ASSERT_EQ(table.board().votes.size(), 1U);
    const std::string dot = "vote." + std::to_string(table.board().votes.begin()->first);
    // Let go on seat 2's dock: nothing happens, the dot stays on the card (and the card did not move).
    table.drag(2, table.at(dot), table.at("seat.2.dock.dot.1"), 5);
    EXPECT_FALSE(table.board().votes.begin()->second.withdrawn);
    EXPECT_EQ(table.board().findCard(11)->pose.centre.x, 330);
    // Anyone may carry it home to seat 1's dock, though: seat 1's dot comes back.
    table.drag(3, table.at(dot), table.at("seat.1.dock.dot.1"), 5);
    EXPECT_TRUE(table.board().votes.begin()->second.withdrawn);
    EXPECT_EQ(table.board().dotsLeft(1), 5);
}

TEST(Votes, OnACardTurnedAQuarterEachDotIsTakenWhereItIsDrawn) {
    TestTable table(6);
    ASSERT_TRUE(table
                    .submit(core::CardCreated{
                        11, core::Pose{{330, 500}, std::numbers::pi / 2, 1}, {80, 50}, "idée", 0, 1})
                    .applied);
    ASSERT_TRUE(table.submit(kVotePhase).applied);
    table.drag(1, table.at("seat.1.dock.dot.1"), {330, 500});
    table.drag(2, table.at("seat.2.dock.dot.1"), {332, 502});
    table.drag(1, table.at("seat.1.dock.dot.1"), {328, 498});
    ASSERT_EQ(table.board().votes.size(), 3U);
    // Each dot's target is centred where core::votePlace puts it (where the renderer paints it): along the
    // card's bottom edge, which faces left once the card is turned a quarter.
    for (const auto& [id, vote] : table.board().votes) {
        const std::optional<core::VoteDotPlace> place = core::votePlace(table.board(), vote);
        ASSERT_TRUE(place.has_value());
        const core::Vec2 target = table.at("vote." + std::to_string(id));
        EXPECT_NEAR(target.x, place->centre.x, 1e-6) << "vote " << id;
        EXPECT_NEAR(target.y, place->centre.y, 1e-6) << "vote " << id;
        EXPECT_NEAR(target.x, 330 - 25 + core::kVoteDotInsetMm, 1e-3) << "the card's bottom edge, turned";
    }
    // The middle dot, though its neighbours' targets overlap it, is the one a finger on it carries home.
    core::ItemId middle = core::kNoItem;
    for (const auto& [id, vote] : table.board().votes) {
        if (std::abs(core::votePlace(table.board(), vote)->centre.y - 500) < 1e-3) {
            middle = id;
        }
    }
    ASSERT_NE(middle, core::kNoItem);
    const int owner = table.board().findVote(middle)->seat;
    table.drag(5, table.at("vote." + std::to_string(middle)),
               table.at("seat." + std::to_string(owner) + ".dock.dot.1"), 5);
    EXPECT_TRUE(table.board().findVote(middle)->withdrawn);
    EXPECT_EQ(table.logged("vote.withdrawn"), 1U);
    EXPECT_TRUE(table.refusals().empty());
}

} // namespace
} // namespace atelier::workshop::testing
