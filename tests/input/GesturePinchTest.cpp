// Two or more contacts on one item: translate, rotate and scale about their centroid, within the scale
// limits.
#include "GestureHarness.hpp"

#include <gtest/gtest.h>

#include <numbers>

namespace atelier::input::testing {
namespace {

constexpr double kMm = 0.011; // the board's grid is 0.01 mm
constexpr double kRad = 2e-5; // and 1e-5 rad

class GesturePinch : public ::testing::Test {
protected:
    GesturePinch() : m_board(tableBoard()), m_id(addCard(m_board, {600, 300}, {200, 120})) {}

    /// Two fingers down at `a` and `b`, moved in `steps` to `a2` and `b2`.
    void pinch(GestureHarness& h, core::Vec2 a, core::Vec2 b, core::Vec2 a2, core::Vec2 b2, int steps = 10) {
        h.down(1, a, m_t);
        h.down(2, b, m_t);
        h.frame(m_t);
        for (int i = 1; i <= steps; ++i) {
            const double f = static_cast<double>(i) / steps;
            m_t += 10;
            h.move(1, {a.x + (a2.x - a.x) * f, a.y + (a2.y - a.y) * f}, m_t);
            h.move(2, {b.x + (b2.x - b.x) * f, b.y + (b2.y - b.y) * f}, m_t);
            h.frame(m_t);
        }
    }

    const core::Pose& pose(const GestureHarness& h) const { return h.board().findCard(m_id)->pose; }

    core::Board m_board;
    core::ItemId m_id;
    std::int64_t m_t = 0;
};

TEST_F(GesturePinch, SpreadingTwoFingersScalesAboutTheirCentroid) {
    GestureHarness h(m_board);
    pinch(h, {560, 300}, {640, 300}, {520, 300}, {680, 300});
    EXPECT_NEAR(pose(h).scale, 2.0, 1e-4);
    EXPECT_NEAR(pose(h).centre.x, 600, kMm);
    EXPECT_NEAR(pose(h).centre.y, 300, kMm);
    EXPECT_NEAR(pose(h).rotation, 0, kRad);
}

TEST_F(GesturePinch, TurningTwoFingersRotatesTheCard) {
    GestureHarness h(m_board);
    // A quarter turn clockwise on screen (y points down): left finger goes up, right finger goes down.
    pinch(h, {560, 300}, {640, 300}, {600, 260}, {600, 340}, 20);
    EXPECT_NEAR(pose(h).rotation, std::numbers::pi / 2, kRad);
    EXPECT_NEAR(pose(h).scale, 1.0, 1e-4);
    EXPECT_NEAR(pose(h).centre.x, 600, kMm);
    EXPECT_NEAR(pose(h).centre.y, 300, kMm);
}

TEST_F(GesturePinch, TheItemScalesAboutTheFingersNotAboutItsCentre) {
    GestureHarness h(m_board);
    // Both fingers on the right half: centroid (660, 300), 60 mm right of the centre; spread doubles.
    pinch(h, {640, 300}, {680, 300}, {620, 300}, {700, 300});
    EXPECT_NEAR(pose(h).scale, 2.0, 1e-4);
    EXPECT_NEAR(pose(h).centre.x, 660 - 2 * 60, kMm);
    EXPECT_NEAR(pose(h).centre.y, 300, kMm);
}

TEST_F(GesturePinch, ScaleStopsAtTheLimits) {
    GestureOptions options;
    options.minScale = 0.5;
    options.maxScale = 3.0;
    GestureHarness grow(m_board, options);
    pinch(grow, {590, 300}, {610, 300}, {500, 300}, {700, 300}); // ten times wider
    EXPECT_NEAR(pose(grow).scale, kCardMaxScale, 1e-4) << "a card stops at its own bound, below the options'";
    EXPECT_NEAR(pose(grow).centre.x, 600, kMm);

    m_t = 0;
    GestureHarness shrink(m_board, options);
    pinch(shrink, {500, 300}, {700, 300}, {590, 300}, {610, 300});
    EXPECT_NEAR(pose(shrink).scale, 0.5, 1e-4);
}

TEST_F(GesturePinch, LiftingOneFingerDoesNotMakeTheCardJumpAndTheOtherDragsOn) {
    GestureHarness h(m_board);
    pinch(h, {560, 300}, {640, 300}, {520, 300}, {680, 300});
    const core::Pose pinched = pose(h);
    h.up(2, {680, 300}, m_t + 100);
    h.frame(m_t + 100);
    EXPECT_EQ(pose(h), pinched);
    h.glide(1, {520, 300}, {520, 350}, m_t + 100, 100, 10);
    EXPECT_NEAR(pose(h).centre.y, pinched.centre.y + 50, kMm);
    EXPECT_EQ(pose(h).scale, pinched.scale);
    EXPECT_EQ(pose(h).rotation, pinched.rotation);
}

TEST_F(GesturePinch, ThreeFingersMovingTogetherOnlyTranslate) {
    GestureHarness h(m_board);
    h.down(1, {560, 280}, 0);
    h.down(2, {640, 280}, 0);
    h.down(3, {600, 330}, 0);
    h.frame(0);
    for (int i = 1; i <= 10; ++i) {
        const std::int64_t t = i * 10;
        const double d = 5.0 * i;
        h.move(1, {560 + d, 280 + d / 2}, t);
        h.move(2, {640 + d, 280 + d / 2}, t);
        h.move(3, {600 + d, 330 + d / 2}, t);
        h.frame(t);
    }
    EXPECT_NEAR(pose(h).centre.x, 650, kMm);
    EXPECT_NEAR(pose(h).centre.y, 325, kMm);
    EXPECT_NEAR(pose(h).scale, 1.0, 1e-4);
    EXPECT_NEAR(pose(h).rotation, 0, kRad);
}

TEST_F(GesturePinch, TwoPeopleOnOneCardPinchItAndTheLogEndsExactly) {
    GestureHarness h(m_board);
    pinch(h, {560, 300}, {640, 300}, {500, 250}, {700, 350}, 30);
    h.up(1, {500, 250}, m_t + 300);
    h.up(2, {700, 350}, m_t + 300);
    h.frame(m_t + 300);
    h.settle(m_t + 300);
    EXPECT_EQ(h.replayed(), h.board());
    EXPECT_TRUE(h.refusals().empty());
}

} // namespace
} // namespace atelier::input::testing
