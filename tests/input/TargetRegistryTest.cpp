// Named targets: the board's items with their rotated bounding boxes, and the --list-targets JSON lines.
#include "input/TargetRegistry.hpp"

#include "GestureHarness.hpp"

#include "core/Apply.hpp"

#include <gtest/gtest.h>

#include <numbers>

namespace atelier::input::testing {
namespace {

TEST(TargetRegistry, TheBoardGivesItsCardsPhotosAndClustersButNotDeletedOnes) {
    core::Board board = tableBoard();
    const core::ItemId card = addCard(board, {300, 200}, {60, 40});
    const core::ItemId turned = addCard(board, {500, 200}, {60, 40}, std::numbers::pi / 2);
    const core::ItemId gone = addCard(board, {700, 200});
    const core::ItemId photo = addPhoto(board, {600, 400}, {200, 100}, std::numbers::pi / 4);
    ASSERT_TRUE(core::apply(board, core::CardDeleted{gone, 1}));
    const core::ItemId cluster = board.nextId;
    ASSERT_TRUE(core::apply(board, core::ClusterFormed{cluster, "Mobilités", {card, turned}, 1}));

    const TargetRegistry targets = TargetRegistry::fromBoard(board);
    EXPECT_EQ(targets.size(), 4U);
    EXPECT_EQ(targets.find("card." + std::to_string(gone)), nullptr);

    const Target* plain = targets.find("card." + std::to_string(card));
    ASSERT_NE(plain, nullptr);
    EXPECT_EQ(plain->centreMm, (core::Vec2{300, 200}));
    EXPECT_EQ(plain->sizeMm, (core::Vec2{60, 40}));

    const Target* quarter = targets.find("card." + std::to_string(turned));
    ASSERT_NE(quarter, nullptr);
    EXPECT_NEAR(quarter->sizeMm.x, 40, 1e-3);
    EXPECT_NEAR(quarter->sizeMm.y, 60, 1e-3);

    const Target* tilted = targets.find("photo." + std::to_string(photo));
    ASSERT_NE(tilted, nullptr);
    EXPECT_NEAR(tilted->sizeMm.x, 300 / std::numbers::sqrt2, 1e-2);
    EXPECT_NEAR(tilted->sizeMm.y, 300 / std::numbers::sqrt2, 1e-2);

    const Target* group = targets.find("cluster." + std::to_string(cluster));
    ASSERT_NE(group, nullptr);
    EXPECT_NEAR(group->centreMm.x, 395, 1e-3); // from x 270 to x 520
    EXPECT_NEAR(group->sizeMm.x, 250, 1e-3);
    EXPECT_NEAR(group->sizeMm.y, 60, 1e-3);
}

TEST(TargetRegistry, ListsNormalisedJsonLinesSortedByName) {
    TargetRegistry targets;
    targets.add("seat.2.dock.new_card", {605, 660}, {20, 20});
    targets.add("card.12", {121, 68}, {60.5, 34});
    targets.add("card.3", {0, 680}, {1210, 0});
    EXPECT_EQ(targets.toJsonLines({1210, 680}),
              "{\"name\":\"card.12\",\"x\":0.1,\"y\":0.1,\"w\":0.05,\"h\":0.05}\n"
              "{\"name\":\"card.3\",\"x\":0.0,\"y\":1.0,\"w\":1.0,\"h\":0.0}\n"
              "{\"name\":\"seat.2.dock.new_card\",\"x\":0.5,\"y\":0.970588,\"w\":0.016529,\"h\":0.029412}\n");
}

TEST(TargetRegistry, ReplacesAndRemovesTargets) {
    TargetRegistry targets;
    targets.add("seat.1.keyboard.a", {10, 10}, {15, 15});
    targets.add("seat.1.keyboard.a", {20, 10}, {15, 15});
    EXPECT_EQ(targets.size(), 1U);
    EXPECT_EQ(targets.find("seat.1.keyboard.a")->centreMm.x, 20);
    EXPECT_TRUE(targets.remove("seat.1.keyboard.a"));
    EXPECT_FALSE(targets.remove("seat.1.keyboard.a"));
    EXPECT_EQ(targets.find("seat.1.keyboard.a"), nullptr);
}

TEST(HitTest, RotatedBoundsAndContainment) {
    const core::Pose pose{{100, 100}, std::numbers::pi / 2, 2};
    const Bounds bounds = rotatedBounds(pose, {30, 10});
    EXPECT_NEAR(bounds.min.x, 90, 1e-9);
    EXPECT_NEAR(bounds.max.y, 130, 1e-9);
    EXPECT_TRUE(containsPoint(pose, {30, 10}, {100, 129}, 0));
    EXPECT_FALSE(containsPoint(pose, {30, 10}, {120, 100}, 0));
    EXPECT_TRUE(containsPoint(pose, {30, 10}, {100, 100}, 0));
}

} // namespace
} // namespace atelier::input::testing
