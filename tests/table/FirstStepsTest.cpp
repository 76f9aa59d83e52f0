// First steps: which hints each seat sees at a phase's start, and that one goes once its seat used the tool.
#include <gtest/gtest.h>

#include "table/FirstSteps.hpp"

namespace atelier::table {
namespace {

core::Board boardInPhase(int index, std::vector<std::string> tools) {
    core::Board board;
    board.phase.index = index;
    board.phase.name = "Phase";
    board.phase.tools = std::move(tools);
    return board;
}

TEST(FirstStepsTest, EachSeatSeesTheHintsOfThePhasesToolsUntilItUsesThem) {
    FirstSteps steps(4);
    EXPECT_TRUE(steps.follow(boardInPhase(1, {"cards", "cluster"})));
    for (int seat = 1; seat <= 4; ++seat) {
        EXPECT_EQ(steps.hintsFor(seat), (std::vector<Hint>{Hint::NewCard, Hint::Cluster})) << "seat " << seat;
    }
    core::CardCreated created;
    created.seat = 2;
    EXPECT_TRUE(steps.observe(created));
    EXPECT_EQ(steps.hintsFor(2), std::vector<Hint>{Hint::Cluster}) << "seat 2 wrote an idea";
    EXPECT_EQ(steps.hintsFor(1).size(), 2U) << "the others still see both";
    core::ClusterFormed formed;
    formed.seat = 2;
    EXPECT_TRUE(steps.observe(formed));
    EXPECT_TRUE(steps.hintsFor(2).empty());
    EXPECT_FALSE(steps.observe(formed)) << "nothing left to take away";
    EXPECT_FALSE(steps.follow(boardInPhase(1, {"cards", "cluster"}))) << "the same phase gives nothing again";
}

TEST(FirstStepsTest, ANewPhaseGivesItsOwnHintsAndALockedOrSketchPhaseNone) {
    FirstSteps steps(2);
    steps.follow(boardInPhase(0, {"photos", "sketch"}));
    EXPECT_TRUE(steps.empty());
    steps.follow(boardInPhase(3, {"vote"}));
    EXPECT_EQ(steps.hintsFor(1), std::vector<Hint>{Hint::Vote});
    core::VoteCast cast;
    cast.seat = 1;
    steps.observe(cast);
    EXPECT_TRUE(steps.hintsFor(1).empty());
    EXPECT_EQ(steps.hintsFor(2), std::vector<Hint>{Hint::Vote});
    steps.follow(boardInPhase(4, {"locked"}));
    EXPECT_TRUE(steps.empty());
    EXPECT_EQ(core::text(core::Language::English, hintText(Hint::NewCard)), "Touch + to write an idea");
}

} // namespace
} // namespace atelier::table
