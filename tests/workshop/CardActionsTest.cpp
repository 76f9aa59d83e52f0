// What people do to cards besides typing: bin and restore, duplicate, category corner, vote dots, tools.
#include "WorkshopTestSupport.hpp"

#include "core/Apply.hpp"
#include "core/Limits.hpp"

#include <gtest/gtest.h>

namespace atelier::workshop::testing {
namespace {

/// A card written by `seat` with its keyboard closed again.
core::ItemId writtenCard(TestTable& table, int seat, std::string_view text) {
    const core::ItemId card = table.workshop().newCard(seat);
    table.flush();
    table.type(seat, text);
    table.tap("seat." + std::to_string(seat) + ".keyboard.enter");
    return card;
}

const Widget* widgetNamed(TestTable& table, std::string_view name) {
    for (const Widget& widget : table.workshop().widgets()) {
        if (widget.name == name) {
            return &widget;
        }
    }
    return nullptr;
}

TEST(CardActions, CardDroppedOnTheBinIsDeletedAndRestorable) {
    TestTable table(6);
    const core::ItemId card = writtenCard(table, 1, "Parking vélo");
    const core::Vec2 from = table.board().findCard(card)->pose.centre;
    const core::Vec2 bin = table.at("seat.1.dock.bin");

    table.touch(80, input::Phase::Down, from);
    for (int i = 1; i <= 10; ++i) {
        table.advance(16);
        table.touch(80, input::Phase::Move,
                    core::Vec2{from.x + (bin.x - from.x) * i / 10, from.y + (bin.y - from.y) * i / 10});
        table.frame();
    }
    ASSERT_NE(widgetNamed(table, "seat.1.dock.bin"), nullptr);
    EXPECT_TRUE(widgetNamed(table, "seat.1.dock.bin")->active) << "the bin lights up under a dragged card";
    EXPECT_FALSE(table.board().findCard(card)->deleted) << "not before the card is let go";
    table.advance(200);
    table.touch(80, input::Phase::Up, bin);
    table.frame();
    EXPECT_TRUE(table.board().findCard(card)->deleted);
    EXPECT_FALSE(widgetNamed(table, "seat.1.dock.bin")->active);
    const auto* deleted = std::get_if<core::CardDeleted>(&table.log().back());
    ASSERT_NE(deleted, nullptr);
    EXPECT_EQ(deleted->seat, 1);
    EXPECT_FALSE(table.has("card." + std::to_string(card)));

    ASSERT_TRUE(table.workshop().restoreCard(card));
    table.flush();
    EXPECT_FALSE(table.board().findCard(card)->deleted);
    EXPECT_EQ(table.board().findCard(card)->text, "Parking vélo");
    const auto* restored = std::get_if<core::CardRestored>(&table.log().back());
    ASSERT_NE(restored, nullptr);
    EXPECT_EQ(restored->seat, 0) << "the facilitator restores";
    EXPECT_FALSE(table.workshop().restoreCard(card)) << "nothing to restore twice";
    EXPECT_TRUE(table.refusals().empty());
}

TEST(CardActions, DropElsewhereOrTapOnBinDeletesNothing) {
    TestTable table(4);
    const core::ItemId card = writtenCard(table, 1, "Ombre");
    const core::Vec2 from = table.board().findCard(card)->pose.centre;
    table.drag(81, from, core::Vec2{from.x + 100, from.y - 60});
    EXPECT_FALSE(table.board().findCard(card)->deleted);
    table.tap("seat.1.dock.bin");
    EXPECT_FALSE(table.board().findCard(card)->deleted);
    EXPECT_FALSE(table.workshop().onCardDropped(card, 1, core::Vec2{600, 300}));
    EXPECT_TRUE(table.workshop().onCardDropped(card, 1, table.at("seat.1.dock.bin")))
        << "the method the engine's drop notification will call";
}

TEST(CardActions, LongPressDuplicatesFacingTheSeat) {
    WorkshopOptions options;
    options.categories = {{"Nature", 0x009E73}, {"Jeux", 0xE69F00}};
    TestTable table(6, options);
    const core::ItemId card = writtenCard(table, 1, "Jeux d'eau");
    const core::Card original = *table.board().findCard(card);

    table.touch(82, input::Phase::Down, original.pose.centre);
    table.advance(650);
    table.frame();
    table.touch(82, input::Phase::Up, original.pose.centre);
    ASSERT_EQ(table.logged("card.created"), 2U);
    const core::Card* duplicate = nullptr;
    for (const auto& [id, candidate] : table.board().cards) {
        if (id != card) {
            duplicate = &candidate;
        }
    }
    ASSERT_NE(duplicate, nullptr);
    EXPECT_EQ(duplicate->text, "Jeux d'eau");
    EXPECT_EQ(duplicate->size, original.size);
    EXPECT_EQ(duplicate->seat, 1);
    EXPECT_NE(duplicate->pose.centre, original.pose.centre) << "beside the original, not hiding it";

    table.workshop().onLongPress(card, 4);
    table.flush();
    const core::Card& byNorth = table.board().cards.rbegin()->second;
    EXPECT_EQ(byNorth.seat, 4);
    EXPECT_LT(angleBetween(byNorth.pose.rotation, table.seats().seat(4)->facing), 1e-4)
        << "faces who made it";
}

TEST(CardActions, TapOnTheCornerCyclesTheCategories) {
    WorkshopOptions options;
    options.categories = {{"Nature", 0x009E73}, {"Jeux", 0xE69F00}, {"Se poser", 0x56B4E9}};
    TestTable table(4, options);
    const core::ItemId card = writtenCard(table, 3, "Banc");
    const core::Card& written = *table.board().findCard(card);
    const core::Vec2 corner = core::localToTable(
        written.pose, core::Vec2{written.size.width / 2 - 5, -written.size.height / 2 + 5});
    EXPECT_EQ(written.category, core::kNoCategory) << "a new card has no category until someone picks one";
    for (int expected : {0, 1, 2, 0}) {
        table.tapAt(corner, 83);
        table.advance(500); // apart: not a double tap
        EXPECT_EQ(table.board().findCard(card)->category, expected);
    }
    table.tapAt(written.pose.centre, 84);
    table.advance(500);
    const core::Vec2 otherCorner = core::localToTable(
        written.pose, core::Vec2{-written.size.width / 2 + 5, written.size.height / 2 - 5});
    table.tapAt(otherCorner, 85);
    EXPECT_EQ(table.board().findCard(card)->category, 0) << "only the top-right corner recolours";
    const auto* recoloured = std::get_if<core::CardRecoloured>(&table.log().back());
    ASSERT_NE(recoloured, nullptr);
    EXPECT_EQ(recoloured->seat, table.seats().seatAt(corner).number);
}

TEST(CardActions, VoteDotsShowDuringVotingAndCastOnACard) {
    TestTable table(4);
    const core::ItemId card = writtenCard(table, 2, "Kiosque");
    EXPECT_FALSE(table.has("seat.1.dock.dot.1")) << "no dots before voting";
    table.submit(core::PhaseStarted{1, "Vote", {"vote"}, 600, 0});
    for (int k = 1; k <= 5; ++k) {
        EXPECT_TRUE(table.has("seat.1.dock.dot." + std::to_string(k))) << k;
    }
    EXPECT_FALSE(table.has("seat.1.dock.dot.6"));
    const Widget* newCard = widgetNamed(table, "seat.1.dock.new_card");
    ASSERT_NE(newCard, nullptr);
    EXPECT_FALSE(newCard->enabled) << "the vote phase has no new cards";

    const core::Vec2 dot = table.at("seat.1.dock.dot.1");
    const core::Vec2 target = table.board().findCard(card)->pose.centre;
    table.drag(86, dot, target);
    EXPECT_EQ(table.board().dotsLeft(1), 4);
    ASSERT_EQ(table.board().votes.size(), 1U);
    EXPECT_EQ(table.board().votes.begin()->second.target, card);
    EXPECT_EQ(table.board().votes.begin()->second.seat, 1);
    EXPECT_FALSE(table.has("seat.1.dock.dot.5"));

    table.tap("seat.1.dock.new_card");
    EXPECT_EQ(table.logged("card.created"), 1U) << "disabled buttons do nothing";
}

TEST(CardActions, PenAndEraserToggleTheSeatsTool) {
    TestTable table(4);
    EXPECT_EQ(table.workshop().toolOf(2), SeatTool::Move);
    table.tap("seat.2.dock.pen");
    EXPECT_EQ(table.workshop().toolOf(2), SeatTool::Pen);
    EXPECT_TRUE(widgetNamed(table, "seat.2.dock.pen")->active);
    table.tap("seat.2.dock.eraser");
    EXPECT_EQ(table.workshop().toolOf(2), SeatTool::Eraser);
    EXPECT_FALSE(widgetNamed(table, "seat.2.dock.pen")->active);
    table.tap("seat.2.dock.eraser");
    EXPECT_EQ(table.workshop().toolOf(2), SeatTool::Move);
    EXPECT_EQ(table.workshop().toolOf(1), SeatTool::Move) << "each seat has its own tool";
}

TEST(CardActions, DockButtonsActOnReleaseInsideOnly) {
    TestTable table(4);
    const core::Vec2 button = table.at("seat.1.dock.new_card");
    table.touch(87, input::Phase::Down, button);
    EXPECT_TRUE(widgetNamed(table, "seat.1.dock.new_card")->pressed) << "touch-down feedback";
    EXPECT_EQ(table.logged("card.created"), 0U);
    table.touch(87, input::Phase::Move, core::Vec2{button.x, button.y - 60});
    EXPECT_FALSE(widgetNamed(table, "seat.1.dock.new_card")->pressed) << "slid off";
    table.touch(87, input::Phase::Up, core::Vec2{button.x, button.y - 60});
    EXPECT_EQ(table.logged("card.created"), 0U) << "a release outside cancels";
    table.touch(88, input::Phase::Down, button);
    table.touch(88, input::Phase::Cancel, button);
    EXPECT_EQ(table.logged("card.created"), 0U) << "a lost contact cancels";
    table.tap("seat.1.dock.new_card");
    EXPECT_EQ(table.logged("card.created"), 1U);
    EXPECT_TRUE(table.workshop().keyboard(1)->isOpen()) << "a new card opens the seat's keyboard";
}

} // namespace
} // namespace atelier::workshop::testing
