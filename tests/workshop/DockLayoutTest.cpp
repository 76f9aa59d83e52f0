// Seats, docks and keyboards on the table: which seat a contact belongs to, sizes, places, targets, widgets.
#include "WorkshopTestSupport.hpp"

#include "input/HitTest.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/KeyboardLayout.hpp"

#include <gtest/gtest.h>

#include <string>

namespace atelier::workshop::testing {
namespace {

bool overlap(const input::Bounds& a, const input::Bounds& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

TEST(SeatAssignment, ContactsBelongToTheSeatWhoseZoneTheyStartIn) {
    TestTable table(6); // bottom 1, 2; right 3; top 4, 5 (right to left); left 6
    const auto seatOf = [&](core::Vec2 pos) {
        static input::ContactId id = 300;
        const input::ClaimDecision decision = table.claimDown(++id, pos);
        table.claimUp(id, pos);
        return decision.seat;
    };
    EXPECT_EQ(seatOf({1, 679}), 1) << "bottom-left corner";
    EXPECT_EQ(seatOf({1209, 679}), 2) << "bottom-right corner";
    EXPECT_EQ(seatOf({1209, 1}), 4) << "top-right corner";
    EXPECT_EQ(seatOf({1, 1}), 5) << "top-left corner";
    EXPECT_EQ(seatOf({605, 340}), 1) << "the centre is equally near four seats: the first wins, every time";
    EXPECT_EQ(seatOf({300, 660}), 1) << "bottom edge, left";
    EXPECT_EQ(seatOf({900, 660}), 2) << "bottom edge, right";
    EXPECT_EQ(seatOf({1190, 340}), 3) << "right edge";
    EXPECT_EQ(seatOf({900, 20}), 4) << "top edge, right";
    EXPECT_EQ(seatOf({300, 20}), 5) << "top edge, left";
    EXPECT_EQ(seatOf({20, 340}), 6) << "left edge";
    // A claimed contact (a dock button) answers its zone too, and an unclaimed one on the empty board.
    const input::ClaimDecision onDock = table.claimDown(400, table.at("seat.3.dock.undo"));
    EXPECT_TRUE(onDock.claimed);
    EXPECT_EQ(onDock.seat, 3);
    const input::ClaimDecision onBoard = table.claimDown(401, {605, 300});
    EXPECT_FALSE(onBoard.claimed);
    EXPECT_GE(onBoard.seat, 1);
}

TEST(DockLayout, ButtonsAreBigFacingAndOnTheTableForEveryTable) {
    for (int seats = 2; seats <= 8; ++seats) {
        const SeatLayout layout(seats, core::Vec2{1210, 680});
        const DockLayout docks(layout);
        std::vector<input::Bounds> boxes;
        for (const Seat& seat : layout.seats()) {
            ASSERT_EQ(docks.buttons(seat.number).size(), 6U);
            for (const DockPlace& place : docks.buttons(seat.number)) {
                EXPECT_GE(place.size.width, dims::kMinTargetMm);
                EXPECT_GE(place.size.height, dims::kMinTargetMm);
                EXPECT_DOUBLE_EQ(place.pose.rotation, seat.facing);
                boxes.push_back(input::rotatedBounds(place.pose, place.size));
            }
            for (int k = 1; k <= dims::kMaxDotsShown; ++k) {
                const DockPlace dot = docks.dot(seat.number, k, dims::kMaxDotsShown);
                EXPECT_GE(dot.size.width, dims::kMinTargetMm);
                boxes.push_back(input::rotatedBounds(dot.pose, dot.size));
            }
            boxes.push_back(
                input::rotatedBounds(docks.keyboardPose(seat.number), KeyboardLayout::french().panelSize()));
            EXPECT_EQ(layout.seatAt(docks.keyboardPose(seat.number).centre).number, seat.number)
                << seats << " seats: the keyboard lies in its seat's zone";
        }
        for (const input::Bounds& box : boxes) {
            EXPECT_GE(box.min.x, 0) << seats << " seats";
            EXPECT_GE(box.min.y, 0) << seats << " seats";
            EXPECT_LE(box.max.x, 1210) << seats << " seats";
            EXPECT_LE(box.max.y, 680) << seats << " seats";
        }
        // No two seats' docks, dots or keyboards overlap (within a seat, the dock rows sit beside each
        // other).
        const std::size_t perSeat = 6 + dims::kMaxDotsShown + 1;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                if (i / perSeat != j / perSeat) {
                    EXPECT_FALSE(overlap(boxes[i], boxes[j]))
                        << seats << " seats: seat " << i / perSeat + 1 << " meets seat " << j / perSeat + 1;
                }
            }
        }
    }
}

TEST(DockLayout, ThePhaseTimerLiesBesideTheDockClearOfEveryKeyboardButtonAndDot) {
    for (int seats = 2; seats <= 8; ++seats) {
        const SeatLayout layout(seats, core::Vec2{1210, 680});
        const DockLayout docks(layout);
        std::vector<input::Bounds> timers;
        std::vector<input::Bounds> others;
        for (const Seat& seat : layout.seats()) {
            const core::Pose timer = docks.timerPose(seat.number);
            EXPECT_DOUBLE_EQ(timer.rotation, seat.facing);
            EXPECT_EQ(layout.seatAt(timer.centre).number, seat.number) << seats << " seats";
            timers.push_back(input::rotatedBounds(timer, DockLayout::timerSize()));
            for (const DockPlace& place : docks.buttons(seat.number)) {
                others.push_back(input::rotatedBounds(place.pose, place.size));
            }
            for (int k = 1; k <= dims::kMaxDotsShown; ++k) {
                const DockPlace dot = docks.dot(seat.number, k, dims::kMaxDotsShown);
                others.push_back(input::rotatedBounds(dot.pose, dot.size));
            }
            for (int k = 1; k <= 6; ++k) {
                const DockPlace colour = docks.penChoice(seat.number, DockButton::Colour, k, true);
                others.push_back(input::rotatedBounds(colour.pose, colour.size));
            }
            // The keyboard, and the ranking that stands where it lies in a presenting phase.
            others.push_back(
                input::rotatedBounds(docks.keyboardPose(seat.number), KeyboardLayout::french().panelSize()));
        }
        for (std::size_t i = 0; i < timers.size(); ++i) {
            const input::Bounds& box = timers[i];
            EXPECT_GE(box.min.x, 0) << seats << " seats";
            EXPECT_GE(box.min.y, 0) << seats << " seats";
            EXPECT_LE(box.max.x, 1210) << seats << " seats";
            EXPECT_LE(box.max.y, 680) << seats << " seats";
            for (const input::Bounds& other : others) {
                EXPECT_FALSE(overlap(box, other))
                    << seats << " seats: seat " << i + 1 << "'s timer covers something";
            }
            for (std::size_t j = i + 1; j < timers.size(); ++j) {
                EXPECT_FALSE(overlap(box, timers[j])) << seats << " seats: timers " << i + 1 << ", " << j + 1;
            }
        }
    }
}

TEST(DockLayout, TargetsNameEveryButtonAndOpenKeyboardKey) {
    TestTable table(6);
    for (int seat = 1; seat <= 6; ++seat) {
        for (const char* button : {"new_card", "pen", "eraser", "undo", "redo", "bin"}) {
            const std::string name = "seat." + std::to_string(seat) + ".dock." + button;
            EXPECT_TRUE(table.has(name)) << name;
        }
        EXPECT_FALSE(table.has("seat." + std::to_string(seat) + ".keyboard.a"));
    }
    table.workshop().newCard(2);
    table.flush();
    for (const Key& key : KeyboardLayout::french().keys()) {
        const std::string name = "seat.2.keyboard." + key.name;
        ASSERT_TRUE(table.has(name)) << name;
    }
    EXPECT_TRUE(table.has("seat.2.keyboard.é"));
    EXPECT_TRUE(table.has("seat.2.keyboard.space"));
    EXPECT_TRUE(table.has("seat.2.keyboard.backspace"));
    EXPECT_TRUE(table.has("seat.2.keyboard.enter"));
    EXPECT_TRUE(table.has("seat.2.keyboard.shift"));
    EXPECT_FALSE(table.has("seat.2.keyboard.ê")) << "accents reached by a long press are not keys";
    EXPECT_FALSE(table.has("seat.1.keyboard.a"));
}

TEST(Widgets, DescribeDocksAndKeyboardsAndChangeOnlyWithTheVersion) {
    TestTable table(4);
    const std::uint64_t before = table.workshop().version();
    const std::vector<Widget>* first = &table.workshop().widgets();
    EXPECT_EQ(first->size(), 4U * 6U) << "four docks of six buttons, no keyboard open";
    EXPECT_EQ(&table.workshop().widgets(), first);
    EXPECT_EQ(table.workshop().version(), before) << "asking twice rebuilds nothing";
    for (const Widget& widget : *first) {
        EXPECT_EQ(widget.kind, WidgetKind::DockButton);
        EXPECT_FALSE(widget.icon.empty());
        EXPECT_TRUE(widget.label.empty()) << "buttons carry icons, not words";
        EXPECT_EQ(widget.colour, table.seats().seat(widget.seat)->colour);
        EXPECT_DOUBLE_EQ(widget.pose.rotation, table.seats().seat(widget.seat)->facing);
        if (widget.icon == "undo" || widget.icon == "redo") {
            EXPECT_FALSE(widget.enabled) << "nothing to undo yet";
        }
    }
    table.tap("seat.3.dock.new_card");
    EXPECT_NE(table.workshop().version(), before);
    const std::vector<Widget>& now = table.workshop().widgets();
    std::size_t keys = 0;
    bool keyboard = false;
    for (const Widget& widget : now) {
        if (widget.kind == WidgetKind::Key) {
            ++keys;
            EXPECT_EQ(widget.seat, 3);
            EXPECT_DOUBLE_EQ(widget.pose.rotation, table.seats().seat(3)->facing);
        }
        if (widget.kind == WidgetKind::Keyboard) {
            keyboard = true;
            EXPECT_NE(widget.card, core::kNoItem);
            EXPECT_EQ(widget.characterLimit, 140);
        }
        if (widget.name == "seat.3.dock.undo") {
            EXPECT_TRUE(widget.enabled) << "the new card can be taken back";
        }
        if (widget.name == "seat.3.keyboard.a") {
            EXPECT_EQ(widget.label, "A") << "shift is on for the first letter";
        }
        if (widget.name == "seat.3.keyboard.backspace") {
            EXPECT_EQ(widget.icon, "backspace");
        }
    }
    EXPECT_TRUE(keyboard);
    EXPECT_EQ(keys, KeyboardLayout::french().keys().size());
}

} // namespace
} // namespace atelier::workshop::testing
