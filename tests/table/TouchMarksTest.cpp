// Touch rings: one per contact while down, fading after it lifts, then nothing left to draw.
#include <gtest/gtest.h>

#include "table/TouchMarks.hpp"

namespace atelier::table {
namespace {

input::Contact contact(input::ContactId id, input::Phase phase, double x, double y) {
    input::Contact c;
    c.id = id;
    c.phase = phase;
    c.posMm = {x, y};
    return c;
}

TEST(TouchMarksTest, ARingFollowsEachContactAndFadesAfterItLifts) {
    TouchMarks marks;
    marks.observe(contact(1, input::Phase::Down, 100, 200), 3, 0);
    marks.observe(contact(2, input::Phase::Down, 500, 300), 1, 0);
    marks.observe(contact(1, input::Phase::Move, 110, 205), 4, 10);
    render::Overlays now = marks.overlays(20);
    ASSERT_EQ(now.contacts.size(), 2U);
    EXPECT_EQ(now.contacts[0].positionMm.x, 110);
    EXPECT_EQ(now.contacts[0].seat, 3) << "a ring keeps the seat its contact started in";
    EXPECT_FLOAT_EQ(now.contacts[0].opacity, 1.0f);
    EXPECT_FALSE(marks.fading()) << "a finger held still asks for no frames";

    marks.observe(contact(1, input::Phase::Up, 110, 205), 4, 100);
    EXPECT_TRUE(marks.fading());
    const render::Overlays half = marks.overlays(100 + TouchMarks::kFadeMs / 2);
    ASSERT_EQ(half.contacts.size(), 2U);
    EXPECT_NEAR(half.contacts[0].opacity, 0.5, 0.05);
    EXPECT_EQ(marks.overlays(100 + TouchMarks::kFadeMs + 1).contacts.size(), 1U) << "faded: gone";
    EXPECT_FALSE(marks.fading()) << "nothing fades any more: the table goes still";
    marks.observe(contact(2, input::Phase::Cancel, 500, 300), 1, 400);
    EXPECT_TRUE(marks.fading());
    EXPECT_TRUE(marks.overlays(400 + TouchMarks::kFadeMs + 1).contacts.empty());
    EXPECT_EQ(marks.size(), 0U);
}

} // namespace
} // namespace atelier::table
