// Taps, double taps and long presses; a tap on a photo brings it to the front.
#include "GestureHarness.hpp"

#include <gtest/gtest.h>

namespace atelier::input::testing {
namespace {

TEST(GestureTap, AShortStillTouchOnACardIsATapOnIt) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.frame(0);
    h.move(1, {302, 301}, 40); // a finger always trembles a little
    h.frame(40);
    h.up(1, {302, 301}, 120);
    h.frame(120);
    ASSERT_EQ(h.count(GestureKind::Tap), 1U);
    EXPECT_EQ(h.notifications()[0].item, id);
    EXPECT_EQ(h.count(GestureKind::DoubleTap), 0U);
}

TEST(GestureTap, ATapOnAPhotoBringsItToTheFrontButADragDoesNot) {
    core::Board board = tableBoard();
    const core::ItemId photo = addPhoto(board, {500, 300});
    addCard(board, {500, 300}); // a card lying on the photo
    addCard(board, {900, 300});
    GestureHarness h(board);

    h.down(1, {400, 250}, 0); // on the photo, beside the card
    h.frame(0);
    h.glide(1, {400, 250}, {420, 250}, 0, 100, 10);
    h.up(1, {420, 250}, 400);
    h.frame(400);
    EXPECT_EQ(h.persistedCount("item.raised"), 0U) << "dragging a photo must not bury its cards";

    h.down(2, {420, 250}, 1000);
    h.frame(1000);
    h.up(2, {420, 250}, 1080);
    h.frame(1080);
    EXPECT_EQ(h.persistedCount("item.raised"), 1U);
    EXPECT_EQ(h.board().findPhoto(photo)->z, h.board().zCounter);
}

TEST(GestureTap, TwoTapsCloseInTimeAndPlaceAreADoubleTap) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.up(1, {300, 300}, 80);
    h.frame(80);
    h.down(2, {305, 302}, 200);
    h.up(2, {305, 302}, 260);
    h.frame(260);
    EXPECT_EQ(h.count(GestureKind::Tap), 2U);
    ASSERT_EQ(h.count(GestureKind::DoubleTap), 1U);
    EXPECT_EQ(h.notifications().back().item, id);

    h.down(3, {305, 302}, 1500); // much later: a tap again, not a double tap
    h.up(3, {305, 302}, 1560);
    h.frame(1560);
    EXPECT_EQ(h.count(GestureKind::DoubleTap), 1U);
}

TEST(GestureTap, AContactHeldStillIsALongPressAndThenNoTap) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.frame(0);
    ASSERT_TRUE(h.engine().nextDeadlineMs().has_value());
    EXPECT_EQ(*h.engine().nextDeadlineMs(), 600);
    h.frame(599);
    EXPECT_EQ(h.count(GestureKind::LongPress), 0U);
    h.frame(600);
    ASSERT_EQ(h.count(GestureKind::LongPress), 1U);
    EXPECT_EQ(h.notifications().back().item, id);
    EXPECT_FALSE(h.engine().nextDeadlineMs().has_value());
    h.up(1, {300, 300}, 900);
    h.frame(900);
    EXPECT_EQ(h.count(GestureKind::Tap), 0U);
    EXPECT_EQ(h.count(GestureKind::LongPress), 1U);
}

TEST(GestureTap, APressHeldLongWhileNoFrameLookedIsStillALongPress) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.up(1, {300, 300}, 900); // a stalled table reads the press and the lift in one frame
    h.frame(900);
    ASSERT_EQ(h.count(GestureKind::LongPress), 1U);
    EXPECT_EQ(h.notifications()[0].item, id);
    EXPECT_EQ(h.notifications()[0].tMs, 600);
    EXPECT_EQ(h.count(GestureKind::Tap), 0U);
}

TEST(GestureTap, AContactThatTravelsIsNeitherATapNorALongPress) {
    core::Board board = tableBoard();
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.move(1, {320, 300}, 50);
    h.move(1, {300, 300}, 100); // back where it started: it travelled all the same
    h.frame(100);
    h.frame(700);
    h.up(1, {300, 300}, 750);
    h.frame(750);
    EXPECT_EQ(h.count(GestureKind::Tap), 0U);
    EXPECT_EQ(h.count(GestureKind::LongPress), 0U);
}

} // namespace
} // namespace atelier::input::testing
