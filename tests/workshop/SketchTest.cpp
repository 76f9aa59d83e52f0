// Pens and erasers at the table: strokes on photos in their own frame, several at once, palm guard, per-seat
// undo, colours and widths from the dock, phases.
#include "WorkshopTestSupport.hpp"

#include "core/Apply.hpp"
#include "workshop/PenStyle.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace atelier::workshop::testing {
namespace {

using input::Phase;

constexpr core::ItemId kPhoto = 1;
const std::string kHash(64, 'a');

/// A table of six seats with one photo of 400 × 250 mm lying across seats 1 and 2 (bottom edge, split at x =
/// 605), turned a little so that its own frame differs from the table's.
TestTable& withPhoto(TestTable& table, double rotation = 0.3) {
    EXPECT_TRUE(
        table.submit(core::PhotoPlaced{kPhoto, kHash, core::Pose{{605, 470}, rotation, 1}, {400, 250}, 0})
            .applied);
    return table;
}

void penOn(TestTable& table, int seat) {
    table.tap("seat." + std::to_string(seat) + ".dock.pen");
    ASSERT_EQ(table.workshop().toolOf(seat), SeatTool::Pen);
}

std::vector<const core::Stroke*> liveStrokes(const core::Board& board) {
    std::vector<const core::Stroke*> strokes;
    for (const auto& [id, stroke] : board.strokes) {
        if (!stroke.erased) {
            strokes.push_back(&stroke);
        }
    }
    return strokes;
}

double distance(core::Vec2 a, core::Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

TEST(Sketch, TwoSeatsDrawOnOnePhotoAtOnceWithoutJoiningTheirLines) {
    TestTable table(6);
    withPhoto(table);
    penOn(table, 1);
    penOn(table, 2);
    const core::Pose before = table.board().findPhoto(kPhoto)->pose;
    // Seat 1 draws a horizontal line on the left half, seat 2 a vertical one on the right, interleaved.
    table.touch(1, Phase::Down, {450, 470});
    table.touch(2, Phase::Down, {700, 420});
    for (int i = 1; i <= 30; ++i) {
        table.advance(10);
        table.touch(1, Phase::Move, {450.0 + 3 * i, 470});
        table.touch(2, Phase::Move, {700, 420.0 + 3 * i});
    }
    table.touch(1, Phase::Up, {540, 470});
    table.touch(2, Phase::Up, {700, 510});
    table.frame();

    const std::vector<const core::Stroke*> strokes = liveStrokes(table.board());
    ASSERT_EQ(strokes.size(), 2U);
    const core::Pose pose = table.board().findPhoto(kPhoto)->pose;
    EXPECT_EQ(pose, before) << "a pen does not move the photo";
    for (const core::Stroke* stroke : strokes) {
        EXPECT_EQ(stroke->parent, kPhoto);
        EXPECT_TRUE(stroke->ended);
        EXPECT_GT(stroke->points.size(), 20U);
        const core::Vec2 first = core::localToTable(pose, stroke->points.front());
        const core::Vec2 last = core::localToTable(pose, stroke->points.back());
        if (stroke->seat == 1) {
            EXPECT_LT(distance(first, {450, 470}), 0.5);
            EXPECT_LT(distance(last, {540, 470}), 0.5) << "the line ends where the finger lifted";
        } else {
            EXPECT_EQ(stroke->seat, 2);
            EXPECT_LT(distance(first, {700, 420}), 0.5);
            EXPECT_LT(distance(last, {700, 510}), 0.5);
        }
        for (const core::Vec2 point : stroke->points) { // never a point of the other line
            const core::Vec2 onTable = core::localToTable(pose, point);
            if (stroke->seat == 1) {
                EXPECT_NEAR(onTable.y, 470, 0.5);
            } else {
                EXPECT_NEAR(onTable.x, 700, 0.5);
            }
        }
    }
    EXPECT_EQ(table.logged("stroke.begun"), 2U);
    EXPECT_EQ(table.logged("stroke.ended"), 2U);
    EXPECT_TRUE(table.refusals().empty());
    EXPECT_EQ(table.replayed(), table.board());
}

TEST(Sketch, StrokesLieInThePhotosFrameAndFollowIt) {
    TestTable table(6);
    withPhoto(table, 0.5);
    penOn(table, 1);
    table.drag(1, {450, 450}, {510, 480}, 10);
    ASSERT_EQ(liveStrokes(table.board()).size(), 1U);
    const core::Stroke stroke = *liveStrokes(table.board()).front();
    const core::Pose old = table.board().findPhoto(kPhoto)->pose;
    EXPECT_LT(distance(core::localToTable(old, stroke.points.front()), {450, 450}), 0.5);
    // The photo is moved and turned: the stroke's points stay the same, so the sketch goes with it.
    ASSERT_TRUE(table.submit(core::PhotoMoved{kPhoto, core::Pose{{700, 300}, 1.4, 1.5}, 0}).applied);
    EXPECT_EQ(liveStrokes(table.board()).front()->points, stroke.points);
    const core::Pose moved = table.board().findPhoto(kPhoto)->pose;
    const core::Vec2 local = core::tableToLocal(old, {450, 450});
    EXPECT_LT(distance(core::localToTable(moved, stroke.points.front()), core::localToTable(moved, local)),
              0.5);
}

TEST(Sketch, ExtensionsAreLoggedAtMostTwentyTimesASecond) {
    TestTable table(6);
    withPhoto(table);
    penOn(table, 1);
    table.touch(1, Phase::Down, {450, 470});
    for (int i = 1; i <= 100; ++i) { // 500 ms of drawing at 200 Hz
        table.advance(5);
        table.touch(1, Phase::Move, {450.0 + i, 470});
    }
    table.advance(5);
    table.touch(1, Phase::Up, {550, 470});
    EXPECT_LE(table.logged("stroke.extended"), 11U);
    EXPECT_GE(table.logged("stroke.extended"), 9U);
    EXPECT_EQ(table.replayed(), table.board()) << "every point drawn is in the log";
}

TEST(Sketch, ASlowFingersPointsAreSentByTheClock) {
    TestTable table(6);
    withPhoto(table);
    penOn(table, 1);
    table.touch(1, Phase::Down, {450, 470});
    ASSERT_TRUE(table.workshop().nextDeadlineMs().has_value()) << "a pen held still starts its line on time";
    table.advance(130);
    table.frame();
    ASSERT_EQ(liveStrokes(table.board()).size(), 1U) << "a dot where the pen rests";
    table.advance(10);
    table.touch(1, Phase::Move, {460, 470});
    ASSERT_TRUE(table.workshop().nextDeadlineMs().has_value());
    const std::size_t points = liveStrokes(table.board()).front()->points.size();
    table.advance(60);
    table.frame();
    EXPECT_GT(liveStrokes(table.board()).front()->points.size(), points)
        << "shown without waiting for a move";
    table.touch(1, Phase::Up, {460, 470});
}

TEST(Sketch, TwoFingersOfOneSeatMoveAndTurnThePhotoInPenMode) {
    TestTable table(6);
    withPhoto(table, 0);
    penOn(table, 1);
    // Two fingers land 20 ms apart, 100 mm apart, then turn a quarter of a radian and slide 30 mm right.
    table.touch(1, Phase::Down, {500, 470});
    table.advance(20);
    table.touch(2, Phase::Down, {600, 470});
    for (int i = 1; i <= 10; ++i) {
        table.advance(16);
        const double a = 0.025 * i;
        const core::Vec2 mid{550.0 + 3 * i, 470};
        table.touch(1, Phase::Move, {mid.x - 50 * std::cos(a), mid.y - 50 * std::sin(a)});
        table.touch(2, Phase::Move, {mid.x + 50 * std::cos(a), mid.y + 50 * std::sin(a)});
    }
    table.touch(1, Phase::Up, {580 - 50 * std::cos(0.25), 470 - 50 * std::sin(0.25)});
    table.touch(2, Phase::Up, {580 + 50 * std::cos(0.25), 470 + 50 * std::sin(0.25)});
    table.frame();
    EXPECT_TRUE(table.board().strokes.empty()) << "two fingers hold the photo; they do not draw";
    const core::Pose pose = table.board().findPhoto(kPhoto)->pose;
    EXPECT_NEAR(pose.rotation, 0.25, 0.01);
    // Turned about the fingers' midpoint (550, 470), 55 mm left of its centre, then carried 30 mm right.
    EXPECT_NEAR(pose.centre.x, 580 + 55 * std::cos(0.25), 0.5);
    EXPECT_NEAR(pose.centre.y, 470 + 55 * std::sin(0.25), 0.5);
    EXPECT_TRUE(table.refusals().empty());
    EXPECT_EQ(table.replayed(), table.board()) << "the final pose is logged";
    table.tap("seat.1.dock.undo");
    EXPECT_EQ(table.board().findPhoto(kPhoto)->pose.centre.x, 605) << "the move is the seat's undo step";
    // One finger alone still draws, even held still first.
    table.drag(3, {500, 450}, {540, 450}, 5);
    EXPECT_EQ(liveStrokes(table.board()).size(), 1U);
}

TEST(Sketch, APalmDoesNotDrawNorMoveThePhoto) {
    TestTable table(6);
    withPhoto(table);
    penOn(table, 1);
    const core::Pose before = table.board().findPhoto(kPhoto)->pose;
    table.touch(1, Phase::Down, {450, 470}, 60);
    table.advance(20);
    table.touch(1, Phase::Move, {490, 470}, 60);
    table.touch(1, Phase::Up, {490, 470}, 60);
    EXPECT_TRUE(table.board().strokes.empty());
    EXPECT_EQ(table.board().findPhoto(kPhoto)->pose, before);
    table.touch(2, Phase::Down, {450, 470}, 12); // a fingertip draws
    table.advance(20);
    table.touch(2, Phase::Move, {490, 470}, 12);
    table.touch(2, Phase::Up, {490, 470}, 12);
    EXPECT_EQ(liveStrokes(table.board()).size(), 1U);
}

TEST(Sketch, MoveModeStillMovesThePhoto) {
    TestTable table(6);
    withPhoto(table);
    table.drag(1, {450, 470}, {490, 470}, 5);
    EXPECT_TRUE(table.board().strokes.empty());
    EXPECT_NEAR(table.board().findPhoto(kPhoto)->pose.centre.x, 645, 0.5);
    penOn(table, 1);
    table.tap("seat.1.dock.pen");
    EXPECT_EQ(table.workshop().toolOf(1), SeatTool::Move) << "tapping the pen again puts it down";
}

TEST(Sketch, ColoursAndWidthsComeFromTheDock) {
    TestTable table(6);
    withPhoto(table);
    EXPECT_FALSE(table.has("seat.1.dock.color.1")) << "shown only while the pen is on";
    penOn(table, 1);
    for (int k = 1; k <= 6; ++k) {
        EXPECT_TRUE(table.has("seat.1.dock.color." + std::to_string(k)));
    }
    table.tap("seat.1.dock.color.4");
    table.tap("seat.1.dock.width.3");
    EXPECT_EQ(table.workshop().penStyleOf(1).rgba(), kPenColours[3]);
    table.drag(1, {450, 450}, {510, 480}, 5);
    const core::Stroke* stroke = liveStrokes(table.board()).front();
    EXPECT_EQ(stroke->colour, kPenColours[3]);
    EXPECT_DOUBLE_EQ(stroke->width, kPenWidthsMm[2]);
    EXPECT_EQ(table.workshop().penStyleOf(2).rgba(), PenStyle{}.rgba()) << "each seat has its own pen";
    bool shown = false;
    for (const Widget& widget : table.workshop().widgets()) {
        if (widget.kind == WidgetKind::PenColour && widget.seat == 1 && widget.active) {
            shown = true;
            EXPECT_EQ(widget.name, "seat.1.dock.color.4");
        }
    }
    EXPECT_TRUE(shown);
}

TEST(Sketch, EraserRemovesTheStrokesItCrossesAndUndoIsPerSeat) {
    TestTable table(6);
    withPhoto(table);
    penOn(table, 1);
    penOn(table, 2);
    table.drag(1, {450, 430}, {530, 430}, 8); // seat 1's line
    table.drag(2, {650, 430}, {730, 430}, 8); // seat 2's line
    table.drag(3, {660, 500}, {720, 500}, 8); // seat 2's second line (seat 2's zone)
    ASSERT_EQ(liveStrokes(table.board()).size(), 3U);
    // Seat 1 undoes: its stroke goes (logged as stroke.erased by seat 1), seat 2's stay.
    table.tap("seat.1.dock.undo");
    ASSERT_EQ(liveStrokes(table.board()).size(), 2U);
    for (const core::Stroke* stroke : liveStrokes(table.board())) {
        EXPECT_EQ(stroke->seat, 2);
    }
    const auto* undone = std::get_if<core::StrokeErased>(&table.log().back());
    ASSERT_NE(undone, nullptr);
    EXPECT_EQ(undone->seat, 1);
    // Seat 2's eraser crosses its first line only.
    table.tap("seat.2.dock.eraser");
    ASSERT_EQ(table.workshop().toolOf(2), SeatTool::Eraser);
    table.drag(4, {690, 400}, {690, 460}, 6);
    ASSERT_EQ(liveStrokes(table.board()).size(), 1U);
    EXPECT_NEAR(core::localToTable(table.board().findPhoto(kPhoto)->pose,
                                   liveStrokes(table.board()).front()->points.front())
                    .y,
                500, 0.5);
    EXPECT_EQ(table.board().findPhoto(kPhoto)->pose.centre.x, 605) << "an eraser does not move the photo";
    table.tap("seat.2.dock.undo");
    EXPECT_EQ(liveStrokes(table.board()).size(), 2U) << "undo of an erase restores the stroke";
    EXPECT_TRUE(table.refusals().empty());
    EXPECT_EQ(table.replayed(), table.board());
}

TEST(Sketch, APhaseWithoutSketchPutsThePensDown) {
    TestTable table(6);
    withPhoto(table);
    penOn(table, 1);
    ASSERT_TRUE(table.submit(core::PhaseStarted{1, "Idées", {"cards"}, 0, 0}).applied);
    EXPECT_EQ(table.workshop().toolOf(1), SeatTool::Move);
    table.tap("seat.1.dock.pen");
    EXPECT_EQ(table.workshop().toolOf(1), SeatTool::Move) << "the pen is not offered";
    table.drag(1, {450, 470}, {490, 470}, 5);
    EXPECT_TRUE(table.board().strokes.empty());
}

} // namespace
} // namespace atelier::workshop::testing
