// Per-seat undo and redo: a seat takes back only its own actions; drags, typing and strokes are one step
// each.
#include "WorkshopTestSupport.hpp"

#include <gtest/gtest.h>

namespace atelier::workshop::testing {
namespace {

core::ItemId writtenCard(TestTable& table, int seat, std::string_view text) {
    const core::ItemId card = table.workshop().newCard(seat);
    table.flush();
    table.type(seat, text);
    table.tap("seat." + std::to_string(seat) + ".keyboard.enter");
    return card;
}

TEST(SeatUndo, UndoTakesBackOnlyTheSeatsOwnAction) {
    TestTable table(6);
    const core::ItemId mine = writtenCard(table, 1, "Un jardin partagé");
    const core::ItemId theirs = writtenCard(table, 4, "Plus d'arbres");
    table.tap("seat.1.dock.undo");
    EXPECT_TRUE(table.board().findCard(mine)->deleted) << "the new card and its typing are one step";
    EXPECT_FALSE(table.board().findCard(theirs)->deleted);
    EXPECT_EQ(table.board().findCard(theirs)->text, "Plus d'arbres");
    const auto* undone = std::get_if<core::CardDeleted>(&table.log().back());
    ASSERT_NE(undone, nullptr) << "undo appends the inverse event";
    EXPECT_EQ(undone->seat, 1);
    EXPECT_FALSE(table.workshop().canUndo(1));
    table.tap("seat.1.dock.undo");
    EXPECT_FALSE(table.board().findCard(theirs)->deleted) << "seat 1 has nothing left; seat 4's card stays";
    table.tap("seat.4.dock.undo");
    EXPECT_TRUE(table.board().findCard(theirs)->deleted);
    EXPECT_TRUE(table.refusals().empty());
    EXPECT_EQ(table.replayed(), table.board()) << "undo is in the log: a replay shows it";
}

TEST(SeatUndo, RedoPutsBackAndANewActionForgetsIt) {
    TestTable table(4);
    const core::ItemId card = writtenCard(table, 2, "Fontaine");
    table.tap("seat.2.dock.undo");
    ASSERT_TRUE(table.board().findCard(card)->deleted);
    EXPECT_TRUE(table.workshop().canRedo(2));
    table.tap("seat.2.dock.redo");
    EXPECT_FALSE(table.board().findCard(card)->deleted);
    EXPECT_EQ(table.board().findCard(card)->text, "Fontaine");
    EXPECT_NE(std::get_if<core::CardRestored>(&table.log().back()), nullptr);
    EXPECT_FALSE(table.workshop().canRedo(2));
    table.tap("seat.2.dock.undo");
    EXPECT_TRUE(table.board().findCard(card)->deleted) << "undo after redo";
    writtenCard(table, 2, "Banc");
    EXPECT_FALSE(table.workshop().canRedo(2)) << "a new action forgets what was undone";
    EXPECT_TRUE(table.refusals().empty());
}

TEST(SeatUndo, AWholeDragIsOneStep) {
    TestTable table(4);
    const core::ItemId card = writtenCard(table, 1, "Pergola");
    const core::Pose start = table.board().findCard(card)->pose;
    const core::Vec2 middle{start.centre.x + 150, start.centre.y - 120};
    table.drag(90, start.centre, middle, 30);
    const core::Pose afterFirst = table.board().findCard(card)->pose;
    ASSERT_NE(afterFirst.centre, start.centre);
    EXPECT_GT(table.logged("card.moved"), 3U) << "a drag logs many moves";
    table.drag(91, middle, core::Vec2{middle.x + 80, middle.y + 30}, 15);
    ASSERT_NE(table.board().findCard(card)->pose.centre, afterFirst.centre);

    table.tap("seat.1.dock.undo");
    EXPECT_EQ(table.board().findCard(card)->pose, afterFirst) << "the second drag, whole";
    table.tap("seat.1.dock.undo");
    EXPECT_EQ(table.board().findCard(card)->pose, start) << "the first drag, whole";
    EXPECT_FALSE(table.board().findCard(card)->deleted);
    table.tap("seat.1.dock.redo");
    EXPECT_EQ(table.board().findCard(card)->pose, afterFirst);
    EXPECT_TRUE(table.refusals().empty());
}

TEST(SeatUndo, AnotherSeatsDragIsNotMine) {
    TestTable table(6);
    const core::ItemId card = writtenCard(table, 1, "Préau");
    const core::Vec2 from = table.board().findCard(card)->pose.centre;
    table.submit(core::CardMoved{card, core::Pose{{from.x + 200, from.y - 100}, 0, 1}, 4}); // seat 4 moved it
    const core::Pose moved = table.board().findCard(card)->pose;
    EXPECT_FALSE(table.workshop().undo(5)) << "seat 5 did nothing";
    table.tap("seat.4.dock.undo");
    EXPECT_EQ(table.board().findCard(card)->pose.centre, from) << "seat 4 takes back its move";
    table.submit(core::CardMoved{card, moved, 4});
    table.tap("seat.1.dock.undo");
    EXPECT_TRUE(table.board().findCard(card)->deleted) << "seat 1's own step was the creation";
}

TEST(SeatUndo, ATypingSessionIsOneStep) {
    TestTable table(4);
    const core::ItemId card = writtenCard(table, 1, "Bancs");
    table.workshop().onDoubleTap(card, 1);
    table.type(1, " verts");
    table.tap("seat.1.keyboard.enter");
    EXPECT_EQ(table.board().findCard(card)->text, "Bancs verts");
    table.tap("seat.1.dock.undo");
    EXPECT_EQ(table.board().findCard(card)->text, "Bancs");
    EXPECT_FALSE(table.board().findCard(card)->deleted);
    table.tap("seat.1.dock.redo");
    EXPECT_EQ(table.board().findCard(card)->text, "Bancs verts");
}

TEST(SeatUndo, UndoWhileTypingRewindsTheOpenKeyboard) {
    TestTable table(4);
    const core::ItemId card = writtenCard(table, 1, "Jeux");
    table.workshop().onDoubleTap(card, 1);
    table.type(1, " d'eau");
    table.tap("seat.1.dock.undo");
    EXPECT_EQ(table.board().findCard(card)->text, "Jeux");
    ASSERT_TRUE(table.workshop().keyboard(1)->isOpen());
    EXPECT_EQ(table.workshop().keyboard(1)->editor()->text(), "Jeux")
        << "the keyboard types on from the card";
    table.type(1, "!");
    EXPECT_EQ(table.board().findCard(card)->text, "Jeux!");
    table.tap("seat.1.dock.undo");
    table.tap("seat.1.dock.undo");
    EXPECT_TRUE(table.board().findCard(card)->deleted);
    EXPECT_FALSE(table.workshop().keyboard(1)->isOpen()) << "a keyboard on a deleted card closes";
}

TEST(SeatUndo, BinDeleteIsUndoneByTheSeat) {
    TestTable table(4);
    const core::ItemId card = writtenCard(table, 2, "Marché");
    table.drag(92, table.board().findCard(card)->pose.centre, table.at("seat.2.dock.bin"));
    ASSERT_TRUE(table.board().findCard(card)->deleted);
    table.tap("seat.2.dock.undo");
    EXPECT_FALSE(table.board().findCard(card)->deleted);
    EXPECT_NE(std::get_if<core::CardRestored>(&table.log().back()), nullptr);
}

TEST(SeatUndo, StepsOthersMadeMootAreSkipped) {
    TestTable table(4);
    const core::ItemId first = writtenCard(table, 1, "Un");
    const core::ItemId second = writtenCard(table, 1, "Deux");
    table.submit(core::CardDeleted{second, 3}); // seat 3 threw seat 1's second card away
    table.tap("seat.1.dock.undo");
    EXPECT_TRUE(table.board().findCard(first)->deleted) << "the step that still applies";
    EXPECT_TRUE(table.refusals().empty()) << "no undo event that apply would refuse";
}

TEST(SeatUndo, StrokesAreOneStepAndUndoLogsAnErase) {
    TestTable table(4);
    const core::ItemId stroke = table.board().nextId;
    table.submit(core::StrokeBegun{stroke, core::kNoItem, 0x000000FF, 3, {{100, 100}}, 2});
    table.submit(core::StrokeExtended{stroke, {{110, 100}, {120, 105}}, 2});
    table.submit(core::StrokeExtended{stroke, {{130, 110}}, 2});
    table.submit(core::StrokeEnded{stroke, 2});
    table.tap("seat.2.dock.undo");
    EXPECT_TRUE(table.board().findStroke(stroke)->erased);
    EXPECT_NE(std::get_if<core::StrokeErased>(&table.log().back()), nullptr);
    EXPECT_FALSE(table.workshop().canUndo(2));
    table.tap("seat.2.dock.redo");
    EXPECT_FALSE(table.board().findStroke(stroke)->erased);
}

TEST(SeatUndo, HistoryIsBounded) {
    WorkshopOptions options;
    options.historyLimit = 3;
    TestTable table(4, options);
    for (int i = 0; i < 5; ++i) {
        writtenCard(table, 1, "c");
    }
    int undone = 0;
    while (table.workshop().undo(1)) {
        table.flush();
        ++undone;
    }
    EXPECT_EQ(undone, 3);
    std::size_t live = 0;
    for (const auto& [id, card] : table.board().cards) {
        live += card.deleted ? 0 : 1;
    }
    EXPECT_EQ(live, 2U) << "the two oldest cards are beyond the history";
}

} // namespace
} // namespace atelier::workshop::testing
