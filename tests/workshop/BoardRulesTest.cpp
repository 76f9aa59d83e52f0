// The board's rules in front of every live event: a locked phase, bounded cards, nothing unchanged logged,
// free spots for cards.
#include "WorkshopTestSupport.hpp"

#include "workshop/BoardRules.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/FreeSpot.hpp"
#include "workshop/KeyboardLayout.hpp"

#include <gtest/gtest.h>

namespace atelier::workshop::testing {
namespace {

core::CardCreated card(core::ItemId id, core::Vec2 centre, int seat = 1) {
    core::CardCreated created;
    created.id = id;
    created.pose.centre = centre;
    created.size = {110, 72};
    created.text = "idée";
    created.seat = seat;
    return created;
}

core::PhaseStarted lockedPhase() {
    return core::PhaseStarted{4, "Restitution", {"locked"}, 900, 0};
}

TEST(BoardRulesTest, InALockedPhaseASeatsActionsAreRefusedAndTheFacilitatorStillActs) {
    TestTable table;
    ASSERT_TRUE(table.submit(card(1, {400, 300})).applied);
    ASSERT_TRUE(table.submit(lockedPhase()).applied);
    EXPECT_FALSE(table.submit(core::CardMoved{1, {{500, 300}, 0, 1}, 1}).applied);
    EXPECT_FALSE(table.submit(core::ItemRaised{1, 2}).applied);
    EXPECT_FALSE(table.submit(core::CardEdited{1, "autre", 1}).applied);
    EXPECT_FALSE(table.submit(card(2, {700, 300})).applied);
    EXPECT_TRUE(table.submit(card(3, {605, 340}, 0)).applied) << "the facilitator's question";
    EXPECT_EQ(table.board().findCard(1)->pose.centre.x, 400);
    EXPECT_EQ(table.logged("card.moved"), 0U);
}

TEST(BoardRulesTest, ADragStillRunningWhenThePhaseLocksStopsWhereItIsShownAndTheLogHoldsThatPose) {
    TestTable table;
    ASSERT_TRUE(table.submit(card(1, {400, 300})).applied);
    table.touch(1, input::Phase::Down, {400, 300});
    for (int i = 1; i <= 5; ++i) {
        table.advance(5);
        table.touch(1, input::Phase::Move, {400.0 + 10 * i, 300});
    }
    const core::Pose shown = table.board().findCard(1)->pose;
    ASSERT_TRUE(table.submit(lockedPhase()).applied);
    table.advance(100);
    table.touch(1, input::Phase::Move, {600, 400});
    table.touch(1, input::Phase::Up, {600, 400});
    table.frame();
    EXPECT_EQ(table.board().findCard(1)->pose, shown);
    EXPECT_EQ(table.replayed().findCard(1)->pose, shown) << "the log ends where the card is shown";
}

TEST(BoardRulesTest, AMoveThatChangesNothingIsNeitherLoggedNorAnUndoStep) {
    TestTable table;
    ASSERT_TRUE(table.submit(card(1, {400, 300})).applied);
    const std::size_t before = table.log().size();
    EXPECT_FALSE(table.submit(core::CardMoved{1, {{400, 300}, 0, 1}, 2}).applied);
    EXPECT_FALSE(table.submit(core::CardEdited{1, "idée", 2}).applied);
    EXPECT_EQ(table.log().size(), before);
    EXPECT_FALSE(table.workshop().canUndo(2));
}

TEST(BoardRulesTest, ACardIsNeverScaledPastTwiceItsSizeNorOffTheTable) {
    TestTable table;
    ASSERT_TRUE(table.submit(card(1, {400, 300})).applied);
    ASSERT_TRUE(table.submit(core::CardMoved{1, {{20, 670}, 0, 3}, 1}).applied);
    const core::Pose pose = table.board().findCard(1)->pose;
    EXPECT_EQ(pose.scale, kCardMaxScale);
    EXPECT_EQ(pose.centre.x, 110) << "half its 220 mm width from the left edge";
    EXPECT_EQ(pose.centre.y, 680 - 72);
}

TEST(BoardRulesTest, TheNearestFreeSpotClearsWhatIsTakenAndStaysOnTheTable) {
    const core::Pose wanted{{300, 300}, 0, 1};
    const std::vector<Area> taken = {areaOf(wanted, {110, 72})};
    const std::optional<core::Pose> spot = nearestFreeSpot(wanted, {110, 72}, taken, {1210, 680});
    ASSERT_TRUE(spot);
    EXPECT_FALSE(areaOf(*spot, {110, 72}).overlaps(taken.front(), kSpotGapMm));
    EXPECT_EQ(spot->centre.x, 300) << "nearest: straight above or below";
    EXPECT_EQ(std::abs(spot->centre.y - 300), 80);
    const std::optional<core::Pose> edge = nearestFreeSpot({{0, 0}, 0, 1}, {110, 72}, {}, {1210, 680});
    ASSERT_TRUE(edge);
    EXPECT_EQ(edge->centre.x, 55);
    EXPECT_EQ(edge->centre.y, 40);
}

Area keyboardOf(TestTable& table, int seat) {
    return areaOf(table.workshop().layout().keyboardPose(seat), KeyboardLayout::french().panelSize());
}

TEST(BoardRulesTest, AThrownCardStopsAtTheEdgeOfAnOpenKeyboardWhateverTheFrames) {
    TestTable table;
    ASSERT_TRUE(table.submit(card(1, {900, 240})).applied);
    table.workshop().newCard(2); // seat 2's keyboard opens, 548–652 mm down the table
    table.flush();
    const Area keyboard = keyboardOf(table, 2);
    table.touch(1, input::Phase::Down, {900, 240});
    for (int i = 1; i <= 6; ++i) { // 2 m/s straight at it: a glide of about 500 mm
        table.advance(10);
        table.touch(1, i == 6 ? input::Phase::Up : input::Phase::Move, {900, 240.0 + 20 * i});
    }
    for (int i = 0; i < 40; ++i) { // coarse frames: the glide is cut where it meets the keyboard, not after
        table.advance(70);
        table.frame();
    }
    const core::Card& thrown = *table.board().findCard(1);
    const Area box = areaOf(thrown.pose, thrown.size);
    EXPECT_FALSE(box.overlaps(keyboard)) << box.max.y << " over " << keyboard.min.y;
    EXPECT_NEAR(box.max.y, keyboard.min.y - 1, 0.05) << "it stops 1 mm short of the keyboard";
    EXPECT_EQ(table.replayed().findCard(1)->pose, thrown.pose) << "the log holds where it stopped";
}

TEST(BoardRulesTest, AKeyboardThatOpensOverACardPushesItOffAndUndoLeavesItThere) {
    TestTable table;
    ASSERT_TRUE(table.submit(card(1, {900, 600}, 3)).applied); // where seat 2's keyboard opens
    const core::ItemId fresh = table.workshop().newCard(2);
    table.flush();
    const Area keyboard = keyboardOf(table, 2);
    const core::Card& pushed = *table.board().findCard(1);
    EXPECT_FALSE(areaOf(pushed.pose, pushed.size).overlaps(keyboard));
    EXPECT_FALSE(areaOf(pushed.pose, pushed.size)
                     .overlaps(areaOf(table.board().findCard(fresh)->pose, dims::kCardSize)))
        << "nor onto the new card";
    const core::Pose away = pushed.pose;
    ASSERT_EQ(table.logged("card.moved"), 1U);
    EXPECT_TRUE(table.workshop().undo(2));
    table.flush();
    EXPECT_TRUE(table.board().findCard(fresh)->deleted) << "seat 2's undo takes back its new card";
    EXPECT_EQ(table.board().findCard(1)->pose, away) << "and leaves the pushed card in sight";
    EXPECT_FALSE(table.workshop().canUndo(2));
}

TEST(BoardRulesTest, ThePresentingPhasePushesCardsOffEveryRanking) {
    TestTable table;
    ASSERT_TRUE(table.submit(card(1, {302, 600})).applied);  // seat 1's ranking
    ASSERT_TRUE(table.submit(card(2, {1125, 330})).applied); // seat 3's, on the right edge
    ASSERT_TRUE(table.submit(card(3, {605, 340})).applied);  // the middle: it stays
    ASSERT_TRUE(table.submit(lockedPhase()).applied);
    table.flush();
    for (const Seat& seat : table.seats().seats()) {
        const Area ranking = areaOf(table.workshop().layout().keyboardPose(seat.number), dims::kRankingSize);
        for (const auto& [id, placed] : table.board().cards) {
            EXPECT_FALSE(areaOf(placed.pose, placed.size).overlaps(ranking))
                << "card " << id << ", seat " << seat.number;
        }
    }
    EXPECT_EQ(table.logged("card.moved"), 2U);
    EXPECT_EQ(table.board().findCard(3)->pose.centre.x, 605);
}

} // namespace
} // namespace atelier::workshop::testing
