// Which edge the facilitator's panel faces: the one nearest the corner where the gesture was held.
#include <gtest/gtest.h>

#include "table/FacilitatorAccess.hpp"
#include "table/PanelFacing.hpp"

namespace atelier::table {
namespace {

constexpr core::Vec2 kTable{1210, 680};

input::Contact finger(int id, input::Phase phase, double x, double y, std::int64_t t) {
    input::Contact c;
    c.id = static_cast<input::ContactId>(id);
    c.phase = phase;
    c.posMm = {x, y};
    c.tMs = t;
    return c;
}

TEST(PanelFacingTest, TheNearestEdgeOfTheCornerIsFacedAndTheTopOrBottomEdgeIsItsFallback) {
    const PanelFacing top = facingFromGesture(core::Vec2{1150, 30}, kTable); // far side, by the top edge
    EXPECT_EQ(top.facing, ui::TableEdge::Top);
    EXPECT_EQ(top.fallback, ui::TableEdge::Top);
    const PanelFacing left = facingFromGesture(core::Vec2{25, 600}, kTable); // at the left short side
    EXPECT_EQ(left.facing, ui::TableEdge::Left);
    EXPECT_EQ(left.fallback, ui::TableEdge::Bottom);
    const PanelFacing right = facingFromGesture(core::Vec2{1190, 90}, kTable);
    EXPECT_EQ(right.facing, ui::TableEdge::Right);
    EXPECT_EQ(right.fallback, ui::TableEdge::Top);
    const PanelFacing bottom = facingFromGesture(core::Vec2{100, 640}, kTable);
    EXPECT_EQ(bottom.facing, ui::TableEdge::Bottom);
    const PanelFacing tie = facingFromGesture(core::Vec2{40, 40}, kTable);
    EXPECT_EQ(tie.facing, ui::TableEdge::Top) << "a tie goes to the long edge";
}

TEST(PanelFacingTest, TheKeyboardShortcutOpensThePanelUpright) {
    const PanelFacing upright = facingFromGesture(std::nullopt, kTable);
    EXPECT_EQ(upright.facing, ui::TableEdge::Bottom);
    EXPECT_EQ(upright.fallback, ui::TableEdge::Bottom);
}

TEST(PanelFacingTest, TheAccessKeepsWhereTheGestureWasHeldAndForgetsItForTheShortcut) {
    AccessOptions options;
    options.surfaceMm = kTable;
    options.holdMs = 1000;
    FacilitatorAccess access(options);
    const double xs[] = {1150, 1170, 1160};
    for (int i = 0; i < 3; ++i) {
        access.observe(finger(i + 1, input::Phase::Down, xs[i], 30 + 10 * i, 0));
    }
    ASSERT_TRUE(access.update(1000));
    ASSERT_EQ(access.state(), AccessState::AskingPin);
    ASSERT_TRUE(access.gesturePointMm());
    EXPECT_NEAR(access.gesturePointMm()->x, 1160, 1e-9);
    EXPECT_NEAR(access.gesturePointMm()->y, 40, 1e-9);
    access.close();
    access.askPin(2000); // Ctrl+Alt+P
    EXPECT_FALSE(access.gesturePointMm());
}

} // namespace
} // namespace atelier::table
