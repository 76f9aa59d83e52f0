// One-contact drags: capture, z-order and rotated hit tests, raising, table limits, 20 Hz persistence.
#include "GestureHarness.hpp"

#include "core/Apply.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace atelier::input::testing {
namespace {

const core::Card& card(const GestureHarness& h, core::ItemId id) {
    return *h.board().findCard(id);
}

TEST(GestureDrag, OneFingerDragsACardAndTheLogEndsAtTheExactFinalPose) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    GestureHarness h(board);

    h.down(1, {310, 305}, 0);
    h.frame(0);
    const std::int64_t end = h.glide(1, {310, 305}, {510, 405}, 0, 500, 4);
    h.move(1, {510, 405}, end + 200); // rests before lifting: no throw
    h.frame(end + 200);
    h.up(1, {510, 405}, end + 300);
    EXPECT_FALSE(h.frame(end + 300));

    EXPECT_EQ(card(h, id).pose.centre, (core::Vec2{500, 400}));
    EXPECT_EQ(card(h, id).pose.rotation, 0);
    EXPECT_EQ(card(h, id).pose.scale, 1);
    EXPECT_EQ(h.replayed(), h.board()) << "the persisted events alone must rebuild the same board";
    EXPECT_TRUE(h.refusals().empty());
    EXPECT_EQ(h.engine().contactCount(), 0U);
}

TEST(GestureDrag, MotionIsAppliedEveryFrameButPersistedAtMostTwentyTimesASecond) {
    core::Board board = tableBoard();
    addCard(board, {300, 300});
    GestureHarness h(board);

    h.down(1, {300, 300}, 0);
    h.frame(0);
    const std::int64_t end = h.glide(1, {300, 300}, {700, 500}, 0, 1000, 4); // 240 Hz for a second
    h.up(1, {700, 500}, end + 100);
    h.frame(end + 100);

    // 250 frames each moved the card; the log holds the first pose, one per 50 ms, then the final pose.
    EXPECT_GE(h.emitted().size(), 250U);
    EXPECT_LE(h.persistedCount("card.moved"), 1000U / 50U + 2U);
    EXPECT_GE(h.persistedCount("card.moved"), 1000U / 50U);
    EXPECT_EQ(h.replayed(), h.board());
}

TEST(GestureDrag, AFingerRestingAfterAMoveHasItsPoseLoggedWithinAnInterval) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.frame(0);
    h.move(1, {320, 300}, 10);
    h.frame(10);
    h.move(1, {340, 300}, 20); // not persisted: 20 ms after the first
    h.frame(20);
    h.frame(80); // the finger rests: its pose reaches the log anyway
    const core::Board replayed = h.replayed();
    EXPECT_EQ(replayed.findCard(id)->pose.centre, (core::Vec2{340, 300}));
}

TEST(GestureDrag, TheContactKeepsItsCardWhenItSlidesOverAnother) {
    core::Board board = tableBoard();
    const core::ItemId dragged = addCard(board, {200, 300});
    const core::ItemId other = addCard(board, {400, 300});
    GestureHarness h(board);
    h.down(1, {200, 300}, 0);
    h.frame(0);
    const std::int64_t end = h.glide(1, {200, 300}, {600, 300}, 0, 800, 8); // right across the other card
    h.up(1, {600, 300}, end + 200);
    h.frame(end + 200);
    EXPECT_EQ(card(h, dragged).pose.centre, (core::Vec2{600, 300}));
    EXPECT_EQ(card(h, other).pose.centre, (core::Vec2{400, 300}));
}

TEST(GestureDrag, TheTopmostCardIsHitAndATouchedCardComesToTheTop) {
    core::Board board = tableBoard();
    const core::ItemId below = addCard(board, {300, 300}, {100, 60});
    const core::ItemId above = addCard(board, {340, 300}, {100, 60});
    GestureHarness h(board);

    h.down(1, {320, 300}, 0); // both cover this point: the upper one is taken
    h.frame(0);
    h.glide(1, {320, 300}, {320, 400}, 0, 100, 10);
    EXPECT_EQ(card(h, above).pose.centre, (core::Vec2{340, 400}));
    EXPECT_EQ(card(h, below).pose.centre, (core::Vec2{300, 300}));
    EXPECT_EQ(h.persistedCount("item.raised"), 0U) << "already on top";

    h.down(2, {260, 300}, 200); // only the lower card is here now; it comes to the top
    h.frame(200);
    EXPECT_EQ(h.persistedCount("item.raised"), 1U);
    EXPECT_EQ(card(h, below).z, h.board().zCounter);
}

TEST(GestureDrag, HitTestingFollowsTheRotationOfTheCard) {
    core::Board board = tableBoard();
    const core::ItemId id =
        addCard(board, {400, 300}, {200, 20}, std::numbers::pi / 2); // now 20 wide, 200 tall
    GestureHarness h(board);

    h.down(1, {480, 300}, 0); // inside the unrotated card, outside the rotated one: the board
    h.frame(0);
    h.up(1, {480, 300}, 50);
    h.frame(50);
    EXPECT_EQ(h.count(GestureKind::Tap), 1U);
    EXPECT_EQ(h.notifications().back().item, core::kNoItem);

    h.down(2, {400, 380}, 1000); // inside the rotated card only
    h.frame(1000);
    h.up(2, {400, 380}, 1050);
    h.frame(1050);
    EXPECT_EQ(h.notifications().back().item, id);
}

TEST(GestureDrag, ASmallCardIsTouchableOverFifteenMillimetres) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {400, 300}, {6, 6});
    GestureHarness h(board);
    h.down(1, {407, 300}, 0);
    h.frame(0);
    h.up(1, {407, 300}, 50);
    h.frame(50);
    EXPECT_EQ(h.notifications().back().item, id);
}

TEST(GestureDrag, ACardDraggedOffTheTableKeepsItsCentreOnIt) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {1180, 300});
    GestureOptions options;
    GestureHarness h(board, options);
    h.down(1, {1150, 300}, 0); // grabbed 30 mm left of its centre
    h.frame(0);
    const std::int64_t end = h.glide(1, {1150, 300}, {1209, 300}, 0, 100, 10);
    h.move(1, {1209, 300}, end + 200);
    h.frame(end + 200);
    h.up(1, {1209, 300}, end + 300);
    h.frame(end + 300);
    EXPECT_EQ(card(h, id).pose.centre.x, options.surfaceMm.x);
}

TEST(GestureDrag, ACardDeletedWhileHeldIsLetGoWithoutErrors) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.frame(0);
    h.glide(1, {300, 300}, {350, 300}, 0, 100, 10);
    core::Board edited = h.board();
    ASSERT_TRUE(core::apply(edited, core::CardDeleted{id, 2}));
    // Another seat deleted it: the engine sees the new board and drops the item.
    GestureResult result;
    h.engine().update(200, edited, result);
    h.engine().handle(contact(1, Phase::Move, {400, 300}, 210), edited, result);
    h.engine().handle(contact(1, Phase::Up, {400, 300}, 220), edited, result);
    h.engine().update(230, edited, result);
    EXPECT_TRUE(result.outputs.empty());
    EXPECT_EQ(h.engine().contactCount(), 0U);
}

} // namespace
} // namespace atelier::input::testing
