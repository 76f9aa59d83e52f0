// The Player replays a recorded session exactly: board hashes at many times equal the events applied
// directly.
#include "replay/Player.hpp"
#include "RecordedSession.hpp"
#include "TempDir.hpp"
#include "core/Apply.hpp"
#include "core/BoardHash.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>
#include <random>

namespace atelier::replay {
namespace {

using testing::RecordedSession;
using testing::recordSimulatedSession;

constexpr int kEvents = 6000;
constexpr int kSnapshotEvery = 500;

class PlayerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new atelier::testing::TempDir();
        s_recorded = new RecordedSession(recordSimulatedSession(s_dir->path(), 7, kEvents, kSnapshotEvery));
    }
    static void TearDownTestSuite() {
        delete s_recorded;
        delete s_dir;
    }

    /// The reference hash of the board at session time t: after the last event at or before t.
    std::string expectedAt(std::int64_t tMs) { return m_reference.hashAtTime(tMs); }
    /// The reference hash after the last event.
    std::string expectedAtEnd() { return m_reference.hashAtSeq(kEvents); }

    testing::ReferenceBoards m_reference{*s_recorded};

    static atelier::testing::TempDir* s_dir;
    static RecordedSession* s_recorded;
};

atelier::testing::TempDir* PlayerTest::s_dir = nullptr;
RecordedSession* PlayerTest::s_recorded = nullptr;

TEST_F(PlayerTest, KnowsTheSessionsLengthPhasesAndSnapshots) {
    Player player(s_dir->dataFile(), s_recorded->session);
    EXPECT_EQ(player.recording().eventCount(), kEvents);
    EXPECT_EQ(player.durationMs(), s_recorded->times.back());
    EXPECT_EQ(player.recording().info().workshopTitle, "Place Carnot");
    EXPECT_GE(player.recording().snapshotSeqs().size(), 5u)
        << "the seek must be able to start from snapshots";
    ASSERT_FALSE(player.recording().phases().empty());
    for (const PhaseMarker& marker : player.recording().phases()) {
        EXPECT_EQ(player.recording().timeOfSeq(marker.seq), marker.tMs);
        EXPECT_FALSE(marker.name.empty());
    }
    EXPECT_EQ(player.positionMs(), 0);
    EXPECT_EQ(player.seq(), 0);
}

TEST_F(PlayerTest, GoldenSeeksInAnyOrderLandOnTheBoardTheEventsBuilt) {
    Player player(s_dir->dataFile(), s_recorded->session);
    const std::int64_t duration = player.durationMs();
    std::vector<std::int64_t> times = {duration,     0, duration / 2, duration / 3,
                                       duration - 1, 1, duration / 7, duration * 9 / 10};
    std::mt19937_64 random(3);
    std::uniform_int_distribution<std::int64_t> anyTime(0, duration);
    for (int i = 0; i < 12; ++i) {
        times.push_back(anyTime(random));
    }
    for (const std::int64_t t : times) {
        player.seek(t);
        EXPECT_EQ(player.positionMs(), t);
        EXPECT_EQ(core::boardHash(player.board()), expectedAt(t)) << "at " << t << " ms";
    }
}

TEST_F(PlayerTest, PlayingForwardInSmallStepsMatchesEverySeek) {
    Player player(s_dir->dataFile(), s_recorded->session);
    player.seek(player.durationMs() / 4);
    player.setSpeed(8);
    player.play();
    int checked = 0;
    while (player.playing() && checked < 60) {
        player.advance(40);
        EXPECT_EQ(core::boardHash(player.board()), expectedAt(player.positionMs())) << player.positionMs();
        ++checked;
    }
    EXPECT_EQ(checked, 60);
    EXPECT_EQ(player.positionMs(), player.durationMs() / 4 + 60 * 40 * 8);
}

TEST_F(PlayerTest, TheClockFollowsTheSpeedWithinItsRangeAndStopsAtTheEnd) {
    Player player(s_dir->dataFile(), s_recorded->session);
    player.setSpeed(100);
    EXPECT_EQ(player.speed(), kMaxSpeed);
    player.setSpeed(0.1);
    EXPECT_EQ(player.speed(), kMinSpeed);
    EXPECT_FALSE(player.advance(1000)) << "a paused clock does not move";
    EXPECT_EQ(player.positionMs(), 0);
    player.play();
    player.advance(3);
    player.advance(3);
    EXPECT_EQ(player.positionMs(), 3) << "half speed: 6 ms of wall time are 3 ms of session";
    player.seek(player.durationMs() - 10);
    player.setSpeed(2);
    player.advance(1000);
    EXPECT_EQ(player.positionMs(), player.durationMs());
    EXPECT_FALSE(player.playing());
    EXPECT_EQ(core::boardHash(player.board()), expectedAtEnd());
    player.play();
    EXPECT_EQ(player.positionMs(), 0) << "play at the end starts over";
}

TEST_F(PlayerTest, NextAndPreviousPhaseJumpToTheMarkers) {
    Player player(s_dir->dataFile(), s_recorded->session);
    const auto& phases = player.recording().phases();
    ASSERT_GE(phases.size(), 2u);
    ASSERT_TRUE(player.nextPhase());
    EXPECT_EQ(player.positionMs(), phases[0].tMs == 0 ? phases[1].tMs : phases[0].tMs);
    player.seek(phases[1].tMs + 5000);
    EXPECT_EQ(player.currentPhase(), 1);
    ASSERT_TRUE(player.previousPhase());
    EXPECT_EQ(player.positionMs(), phases[1].tMs) << "previous first goes to the start of the current phase";
    ASSERT_TRUE(player.previousPhase());
    EXPECT_EQ(player.positionMs(), phases[0].tMs);
    player.seek(player.durationMs());
    EXPECT_FALSE(player.nextPhase());
    EXPECT_EQ(core::boardHash(player.board()), expectedAtEnd());
}

TEST_F(PlayerTest, TrailsFollowTheLastSecondsOfMovesAndEndWhereTheItemIs) {
    Player player(s_dir->dataFile(), s_recorded->session);
    player.seek(player.durationMs() / 2);
    const std::vector<Trail> trails = player.trails();
    ASSERT_FALSE(trails.empty()) << "a busy table drags something every few seconds";
    int checked = 0;
    for (const Trail& trail : trails) {
        ASSERT_FALSE(trail.pointsMm.empty());
        EXPECT_GE(trail.seat, 0);
        if (const core::Card* card = player.board().findCard(trail.item)) {
            EXPECT_NEAR(trail.pointsMm.back().x, card->pose.centre.x, 0.01) << trail.item;
            EXPECT_NEAR(trail.pointsMm.back().y, card->pose.centre.y, 0.01) << trail.item;
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
    EXPECT_TRUE(player.trails(0).empty() || player.trails(0).size() <= trails.size());
    player.seek(0);
    EXPECT_TRUE(player.trails().empty());
}

TEST_F(PlayerTest, ADamagedSnapshotIsSkippedForAnOlderOne) {
    atelier::testing::TempDir copy;
    std::filesystem::copy_file(s_dir->dataFile(), copy.dataFile());
    const Player probe(copy.dataFile(), s_recorded->session);
    const std::int64_t damaged = probe.recording().snapshotSeqs().back();
    {
        SQLite::Database db(copy.dataFile().string(), SQLite::OPEN_READWRITE);
        SQLite::Statement update(db,
                                 "UPDATE snapshots SET board = '{not json' WHERE session_id = ? AND seq = ?");
        update.bind(1, s_recorded->session);
        update.bind(2, damaged);
        update.exec();
    }
    Player player(copy.dataFile(), s_recorded->session);
    player.seek(player.durationMs());
    EXPECT_EQ(core::boardHash(player.board()), expectedAtEnd());
}

TEST_F(PlayerTest, ReplayReadsALiveSessionWithoutDisturbingIt) {
    atelier::testing::TempDir dir;
    store::Database db = store::Database::open(dir.path());
    db.ensureWorkshop(store::Workshop{"w", "Live", "site", "{}", ""});
    const std::int64_t session = db.createSession("w");
    core::Board board;
    store::EventLog log(db, session, core::Board{}, 0);
    const core::Event configured = core::SessionConfigured{4, 3, "Live", 0};
    core::apply(board, configured);
    log.append(0, configured);
    ASSERT_TRUE(log.flush());
    Player player(dir.dataFile(), session);
    player.seek(player.durationMs());
    EXPECT_EQ(player.board().title, "Live");
    const core::Event phase = core::PhaseStarted{0, "Idées", {"cards"}, 0, 0};
    log.append(10, phase);
    EXPECT_TRUE(log.flush()) << "the table keeps writing while a replay has the file open";
    EXPECT_EQ(log.status().problem, store::WriteProblem::None);
}

TEST(PlayerErrors, AMissingFileOrSessionIsASentence) {
    atelier::testing::TempDir dir;
    try {
        Player player(dir.dataFile(), 1);
        FAIL() << "no file";
    } catch (const store::StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("no Atelier data file"), std::string::npos) << error.what();
    }
    { store::Database::open(dir.path()); }
    try {
        Player player(dir.dataFile(), 42);
        FAIL() << "no session";
    } catch (const store::StoreError& error) {
        EXPECT_EQ(error.kind(), store::StoreErrorKind::NotFound);
        EXPECT_NE(std::string(error.what()).find("no session 42"), std::string::npos) << error.what();
    }
    std::ofstream(dir.path() / "other.db") << "not a database at all, just text";
    EXPECT_THROW(Player(dir.path() / "other.db", 1), store::StoreError);
}

} // namespace
} // namespace atelier::replay
