// A session's phases as reports and the timeline show them: one entry per phase, its pauses inside it.
#include "replay/PhaseRuns.hpp"

#include <gtest/gtest.h>

namespace atelier::replay {
namespace {

using Kind = PhaseLogEntry::Kind;

PhaseLogEntry started(std::int64_t seq, std::int64_t t, int index, std::vector<std::string> tools) {
    return PhaseLogEntry{Kind::Started, seq, t, index, "Phase " + std::to_string(index), std::move(tools)};
}

PhaseLogEntry paused(std::int64_t seq, std::int64_t t) {
    return PhaseLogEntry{Kind::Paused, seq, t, 0, {}, {}};
}

PhaseLogEntry resumed(std::int64_t seq, std::int64_t t) {
    return PhaseLogEntry{Kind::Resumed, seq, t, 0, {}, {}};
}

TEST(PhaseRunsTest, APauseAndItsResumeStayInsideTheOnePhase) {
    const auto phases = foldPhaseRuns(
        {started(2, 0, 0, {"cards"}), paused(10, 71400), resumed(11, 77300), started(20, 90000, 1, {"vote"})},
        120000);
    ASSERT_EQ(phases.size(), 2u);
    EXPECT_EQ(phases[0].seq, 2);
    ASSERT_EQ(phases[0].pauses.size(), 1u);
    EXPECT_EQ(phases[0].pauses[0].seq, 10);
    EXPECT_EQ(phases[0].pauses[0].startMs, 71400);
    EXPECT_EQ(phases[0].pauses[0].endMs, 77300);
    EXPECT_TRUE(phases[1].pauses.empty());
}

TEST(PhaseRunsTest, AnOldLogsLockLoggedAsARestartIsFoldedIntoAPause) {
    // Before pauses had events of their own: lock = the phase started again with ["locked"], unlock = again
    // with its planned tools; "Atelier créatif" ran 71.4 s, 5.9 s and 1.3 s.
    const auto phases =
        foldPhaseRuns({started(2, 0, 1, {"cards", "pens"}), started(30, 71400, 1, {"locked"}),
                       started(31, 77300, 1, {"cards", "pens"}), started(40, 78600, 2, {"vote"})},
                      90000);
    ASSERT_EQ(phases.size(), 2u);
    EXPECT_EQ(phases[0].index, 1);
    EXPECT_EQ(phases[0].tMs, 0);
    ASSERT_EQ(phases[0].pauses.size(), 1u);
    EXPECT_EQ(phases[0].pauses[0].startMs, 71400);
    EXPECT_EQ(phases[0].pauses[0].endMs, 77300);
    EXPECT_EQ(phases[1].index, 2);
}

TEST(PhaseRunsTest, APresentingPhaseStartedAgainIsNoPause) {
    // Restitution is planned ["locked"]; the old panel's "unlock" there logged the same start again.
    const auto phases = foldPhaseRuns(
        {started(2, 0, 0, {"cards"}), started(5, 1000, 4, {"locked"}), started(6, 2000, 4, {"locked"})},
        3000);
    ASSERT_EQ(phases.size(), 2u);
    EXPECT_TRUE(phases[1].pauses.empty());
}

TEST(PhaseRunsTest, APauseRunningAtAPhaseChangeGoesOnInTheNextPhaseAndEndsAtTheSessionsEnd) {
    const auto phases =
        foldPhaseRuns({started(2, 0, 0, {"cards"}), paused(3, 1000), started(4, 3000, 1, {"vote"})}, 8000);
    ASSERT_EQ(phases.size(), 2u);
    ASSERT_EQ(phases[0].pauses.size(), 1u);
    EXPECT_EQ(phases[0].pauses[0].endMs, 3000);
    ASSERT_EQ(phases[1].pauses.size(), 1u);
    EXPECT_EQ(phases[1].pauses[0].startMs, 3000);
    EXPECT_EQ(phases[1].pauses[0].endMs, 8000);
}

TEST(PhaseRunsTest, AnUnlockedLegacyLockEndsWhenTheNextPhaseStarts) {
    const auto phases = foldPhaseRuns({started(2, 0, 0, {"cards"}), started(3, 500, 0, {"locked"}),
                                       started(4, 900, 1, {"vote"}), resumed(5, 950)},
                                      1000);
    ASSERT_EQ(phases.size(), 2u);
    ASSERT_EQ(phases[0].pauses.size(), 1u);
    EXPECT_EQ(phases[0].pauses[0].endMs, 900);
    EXPECT_TRUE(phases[1].pauses.empty()) << "a lock of the old phase ends with it";
}

TEST(PhaseRunsTest, AGoBackToAnEarlierPhaseIsANewEntry) {
    const auto phases = foldPhaseRuns(
        {started(2, 0, 0, {"cards"}), started(3, 100, 1, {"vote"}), started(4, 200, 0, {"cards"})}, 300);
    ASSERT_EQ(phases.size(), 3u);
    EXPECT_EQ(phases[2].index, 0);
}

} // namespace
} // namespace atelier::replay
