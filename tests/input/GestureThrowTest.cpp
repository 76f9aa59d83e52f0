// Throws: inertia with friction after a fast release, stopping when slow or at the table edge.
#include "GestureHarness.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace atelier::input::testing {
namespace {

TEST(GestureThrow, AFastReleaseThrowsTheCardWhichGlidesAndStops) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {200, 300});
    GestureOptions options;
    GestureHarness h(board, options);
    h.down(1, {200, 300}, 0);
    h.frame(0);
    const std::int64_t end = h.glide(1, {200, 300}, {400, 300}, 0, 200, 4); // 1000 mm/s
    h.up(1, {400, 300}, end);
    EXPECT_TRUE(h.frame(end)) << "a thrown card animates";
    EXPECT_TRUE(h.engine().animating());
    const std::int64_t stopped = h.settle(end + 16);
    EXPECT_FALSE(h.engine().animating());

    // It glides v/k · (1 − vstop/v) = 1000/4 · 0.98 = 245 mm past the release point, in ln(1000/20)/4 ≈ 0.98
    // s.
    const core::Pose& pose = h.board().findCard(id)->pose;
    EXPECT_NEAR(pose.centre.x, 400 + 245, 10);
    EXPECT_NEAR(pose.centre.y, 300, 0.5);
    EXPECT_NEAR(static_cast<double>(stopped - end), 980, 40);
    EXPECT_EQ(h.replayed(), h.board()) << "the final pose of a throw is logged";
}

TEST(GestureThrow, AThrowStopsAtTheTableEdge) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {1000, 300});
    GestureOptions options;
    GestureHarness h(board, options);
    h.down(1, {1000, 300}, 0);
    h.frame(0);
    const std::int64_t end = h.glide(1, {1000, 300}, {1150, 240}, 0, 60, 4); // ~2700 mm/s towards the right
    h.up(1, {1150, 240}, end);
    h.frame(end);
    h.settle(end + 16);
    const core::Pose& pose = h.board().findCard(id)->pose;
    EXPECT_EQ(pose.centre.x, options.surfaceMm.x);
    EXPECT_GT(pose.centre.y, 0);
    EXPECT_FALSE(h.engine().animating());
    EXPECT_EQ(h.replayed(), h.board());
}

TEST(GestureThrow, TheGlideDoesNotDependOnTheFrameRate) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {200, 300});
    core::Pose finals[2];
    const std::int64_t steps[2] = {4, 33};
    for (int i = 0; i < 2; ++i) {
        GestureHarness h(board);
        h.down(1, {200, 300}, 0);
        h.frame(0);
        const std::int64_t end = h.glide(1, {200, 300}, {320, 360}, 0, 120, 4);
        h.up(1, {320, 360}, end);
        h.frame(end);
        h.settle(end + steps[i], steps[i]);
        finals[i] = h.board().findCard(id)->pose;
    }
    EXPECT_EQ(finals[0], finals[1]);
}

TEST(GestureThrow, ASlowReleaseOnlyDropsTheCard) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {200, 300});
    GestureHarness h(board);
    h.down(1, {200, 300}, 0);
    h.frame(0);
    const std::int64_t end = h.glide(1, {200, 300}, {230, 300}, 0, 300, 10); // 100 mm/s
    h.up(1, {230, 300}, end);
    EXPECT_FALSE(h.frame(end));
    EXPECT_EQ(h.board().findCard(id)->pose.centre, (core::Vec2{230, 300}));
}

TEST(GestureThrow, AGlidingCardIsCaughtByAFinger) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {200, 300});
    GestureHarness h(board);
    h.down(1, {200, 300}, 0);
    h.frame(0);
    const std::int64_t end = h.glide(1, {200, 300}, {400, 300}, 0, 200, 4);
    h.up(1, {400, 300}, end);
    h.frame(end);
    h.frame(end + 100);
    h.frame(end + 116);
    const core::Vec2 where = h.board().findCard(id)->pose.centre;
    h.down(2, where, end + 120);
    h.frame(end + 120);
    h.frame(end + 400);
    EXPECT_FALSE(h.engine().animating());
    EXPECT_NEAR(h.board().findCard(id)->pose.centre.x, where.x, 30) << "it stops under the finger";
    h.up(2, where, end + 500);
    h.frame(end + 500);
    EXPECT_EQ(h.replayed(), h.board());
}

} // namespace
} // namespace atelier::input::testing
