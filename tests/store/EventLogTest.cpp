// Appending through the EventLog: seq, durability, snapshots, reloading to the same board, resume.
#include "store/EventLog.hpp"
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"
#include "core/BoardHash.hpp"
#include "store/SessionLoader.hpp"
#include "store/StoreError.hpp"

#include <cstdio>
#include <gtest/gtest.h>

namespace atelier::store {
namespace {

using atelier::testing::TempDir;
using testing::WorkshopSimulator;

class EventLogTest : public ::testing::Test {
protected:
    TempDir m_dir;
    Database m_db = Database::open(m_dir.path());
    std::int64_t m_session = testing::startSession(m_db);
};

TEST_F(EventLogTest, AppendReturnsSeqFromOneAndAResumedLogContinuesIt) {
    WorkshopSimulator simulator(7);
    {
        EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
        for (std::int64_t expected = 1; expected <= 5; ++expected) {
            const core::Event event = simulator.next();
            EXPECT_EQ(log.append(simulator.tMs(), event), expected);
        }
        EXPECT_EQ(log.sessionId(), m_session);
    }
    const LoadedSession loaded = loadSession(m_db, m_session);
    EventLog log(m_db, m_session, loaded.board, loaded.lastSeq, testing::quickOptions());
    EXPECT_EQ(log.append(simulator.tMs(), simulator.next()), 6);
}

TEST_F(EventLogTest, FlushMakesEverythingDurableAndTheReloadHashesEqual) {
    WorkshopSimulator simulator(11);
    core::Board live;
    EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
    testing::feed(log, simulator, live, 1000);
    ASSERT_TRUE(log.flush());
    const EventLogStatus status = log.status();
    EXPECT_EQ(status.appendedSeq, 1000);
    EXPECT_EQ(status.durableSeq, 1000);
    EXPECT_EQ(status.backlog, 0);
    EXPECT_EQ(status.problem, WriteProblem::None);
    EXPECT_TRUE(status.lastError.empty());

    const std::vector<std::int64_t> seqs = testing::storedSeqs(m_db.path(), m_session);
    EXPECT_EQ(seqs.size(), 1000u);
    EXPECT_TRUE(testing::contiguousFromOne(seqs));

    const LoadedSession loaded = loadSession(m_db, m_session);
    EXPECT_EQ(loaded.lastSeq, 1000);
    EXPECT_EQ(loaded.lastTMs, simulator.tMs());
    EXPECT_EQ(loaded.rejected, 0);
    EXPECT_EQ(loaded.skippedUnknown, 0);
    EXPECT_EQ(core::boardHash(loaded.board), core::boardHash(live));
}

TEST_F(EventLogTest, TheWriterSavesSnapshotsAndLoadingUsesThem) {
    WorkshopSimulator simulator(12);
    core::Board live;
    {
        EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
        for (int batch = 0; batch < 10; ++batch) {
            testing::feed(log, simulator, live, 105);
            ASSERT_TRUE(log.flush());
            // The snapshot at the batch's hundredth event is made on its own thread and saved by the
            // writer: waited for here, so that the next batch cannot supersede it on a slow machine.
            const std::int64_t due = 100 * (batch + 1);
            ASSERT_TRUE(log.waitFor([&](const EventLogStatus& status) { return status.snapshotSeq >= due; }))
                << "no snapshot at seq " << due << "; the last one saved is at " << log.status().snapshotSeq;
        }
        testing::feed(log, simulator, live, 7);
    }
    // Snapshots are taken every 100 events of the session, and once more on close.
    SQLite::Database raw(m_db.path(), SQLite::OPEN_READONLY);
    SQLite::Statement seqs(raw, "SELECT seq FROM snapshots ORDER BY seq");
    std::vector<std::int64_t> snapshotSeqs;
    while (seqs.executeStep()) {
        snapshotSeqs.push_back(seqs.getColumn(0).getInt64());
    }
    EXPECT_EQ(snapshotSeqs,
              (std::vector<std::int64_t>{100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1057}));
    EXPECT_EQ(testing::queryInt(m_db.path(), "SELECT max(seq) FROM snapshots"), 1057);

    const LoadedSession withSnapshots = loadSession(m_db, m_session);
    EXPECT_EQ(withSnapshots.snapshotSeq, 1057);
    m_db.connection().exec("DELETE FROM snapshots");
    const LoadedSession withoutSnapshots = loadSession(m_db, m_session);
    EXPECT_EQ(withoutSnapshots.snapshotSeq, 0);
    EXPECT_EQ(core::boardHash(withSnapshots.board), core::boardHash(live));
    EXPECT_EQ(core::boardHash(withoutSnapshots.board), core::boardHash(live));
    EXPECT_EQ(withSnapshots.lastTMs, withoutSnapshots.lastTMs);
}

TEST_F(EventLogTest, LoadingUpToASeqGivesTheBoardAtThatSeq) {
    WorkshopSimulator simulator(13);
    core::Board live;
    std::vector<std::string> hashes{core::boardHash(live)};
    {
        EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
        for (int i = 0; i < 450; ++i) {
            const core::Event event = simulator.next();
            core::apply(live, event);
            log.append(simulator.tMs(), event);
            hashes.push_back(core::boardHash(live));
        }
    }
    for (const std::int64_t seq : {0, 1, 99, 100, 101, 250, 399, 449, 450}) {
        const LoadedSession loaded = loadSession(m_db, m_session, seq);
        EXPECT_EQ(loaded.lastSeq, seq);
        EXPECT_LE(loaded.snapshotSeq, seq);
        EXPECT_EQ(core::boardHash(loaded.board), hashes[static_cast<std::size_t>(seq)]) << "at seq " << seq;
    }
    EXPECT_EQ(loadSession(m_db, m_session, 10'000).lastSeq, 450);
}

TEST_F(EventLogTest, ResumingContinuesTheSeqAndTheBoard) {
    WorkshopSimulator first(21);
    core::Board live;
    {
        EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, first, live, 230);
    }
    LoadedSession resumed = loadSession(m_db, m_session);
    ASSERT_EQ(resumed.lastSeq, 230);
    WorkshopSimulator second(22, resumed.board, resumed.lastTMs);
    {
        EventLog log(m_db, m_session, resumed.board, resumed.lastSeq, testing::quickOptions());
        EXPECT_EQ(log.status().appendedSeq, 230);
        testing::feed(log, second, live, 170);
        EXPECT_EQ(log.status().appendedSeq, 400);
    }
    const std::vector<std::int64_t> seqs = testing::storedSeqs(m_db.path(), m_session);
    EXPECT_EQ(seqs.size(), 400u);
    EXPECT_TRUE(testing::contiguousFromOne(seqs));
    const LoadedSession again = loadSession(m_db, m_session);
    EXPECT_EQ(again.rejected, 0);
    EXPECT_EQ(core::boardHash(again.board), core::boardHash(live));
}

TEST_F(EventLogTest, UnknownEventTypesAreKeptVerbatimAndSkippedWithOneWarningPerType) {
    WorkshopSimulator simulator(31);
    core::Board live;
    {
        EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, simulator, live, 50);
        log.append(simulator.tMs(), core::UnknownEvent{"card.levitated", R"({"id":3,"height_mm":12.5})", 2});
        log.append(simulator.tMs(), core::UnknownEvent{"card.levitated", R"({"id":4,"height_mm":1})", 3});
        log.append(simulator.tMs(), core::UnknownEvent{"table.tilted", R"({"degrees":5})", 0});
        testing::feed(log, simulator, live, 50);
    }
    SQLite::Database raw(m_db.path(), SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("SELECT payload FROM events WHERE seq = 51").getString(),
              R"({"id":3,"height_mm":12.5})");
    EXPECT_EQ(raw.execAndGet("SELECT type || ':' || seat FROM events WHERE seq = 51").getString(),
              "card.levitated:2");

    m_db.connection().exec("DELETE FROM snapshots");
    const LoadedSession loaded = loadSession(m_db, m_session);
    EXPECT_EQ(loaded.lastSeq, 103);
    EXPECT_EQ(loaded.skippedUnknown, 3);
    EXPECT_EQ(loaded.rejected, 0);
    EXPECT_EQ(core::boardHash(loaded.board), core::boardHash(live));
    ASSERT_EQ(loaded.warnings.size(), 2u) << "one warning per unknown type";
    EXPECT_NE(loaded.warnings[0].find("card.levitated"), std::string::npos);
    EXPECT_NE(loaded.warnings[1].find("table.tilted"), std::string::npos);
}

TEST_F(EventLogTest, EventsThatDoNotFitAreCountedAsRejectedNotFatal) {
    WorkshopSimulator simulator(41);
    core::Board live;
    {
        EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, simulator, live, 20);
        log.append(simulator.tMs(), core::CardMoved{999'999, {{10, 10}, 0, 1}, 1});
    }
    m_db.connection().exec("INSERT INTO events VALUES (" + std::to_string(m_session) +
                           ", 22, 99999, 1, 'card.moved', 'not json at all')");
    m_db.connection().exec("DELETE FROM snapshots");
    const LoadedSession loaded = loadSession(m_db, m_session);
    EXPECT_EQ(loaded.lastSeq, 22);
    EXPECT_EQ(loaded.rejected, 2);
    EXPECT_EQ(core::boardHash(loaded.board), core::boardHash(live));
}

TEST_F(EventLogTest, AnUnreadableSnapshotFallsBackToAnOlderOne) {
    WorkshopSimulator simulator(51);
    core::Board live;
    {
        EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, simulator, live, 330);
    }
    m_db.connection().exec("UPDATE snapshots SET board = '{\"from\":\"the future\"}' WHERE seq = "
                           "(SELECT max(seq) FROM snapshots)");
    const LoadedSession loaded = loadSession(m_db, m_session);
    EXPECT_LT(loaded.snapshotSeq, 330);
    EXPECT_EQ(core::boardHash(loaded.board), core::boardHash(live));
    EXPECT_FALSE(loaded.warnings.empty());
}

TEST_F(EventLogTest, AppendNeverWaitsForTheDisk) {
    WorkshopSimulator simulator(61);
    core::Board live;
    EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
    // Hold the write lock from another connection: commits cannot happen, appends must still return.
    SQLite::Database blocker(m_db.path(), SQLite::OPEN_READWRITE);
    blocker.exec("BEGIN IMMEDIATE");
    testing::feed(log, simulator, live, 2000);
    EXPECT_EQ(log.status().appendedSeq, 2000);
    blocker.exec("COMMIT");
    EXPECT_TRUE(log.flush());
    EXPECT_TRUE(testing::contiguousFromOne(testing::storedSeqs(m_db.path(), m_session)));
}

TEST_F(EventLogTest, TheWriteAheadLogIsCheckpointedWhileTheSessionRuns) {
    WorkshopSimulator simulator(71);
    core::Board live;
    EventLogOptions options = testing::quickOptions();
    options.checkpointEvery = std::chrono::milliseconds(1);
    EventLog log(m_db, m_session, core::Board{}, 0, options);
    for (int batch = 0; batch < 40; ++batch) {
        testing::feed(log, simulator, live, 500);
        ASSERT_TRUE(log.flush());
        // The snapshot thread copies the write-ahead log into the file on its own (every checkpointEvery,
        // also when no event comes): waited for, not raced, so that the next batch starts the log afresh.
        const std::int64_t durable = log.status().durableSeq;
        ASSERT_TRUE(log.waitFor([&](const EventLogStatus& status) {
            return status.checkpointedSeq >= durable;
        })) << "events up to seq "
            << durable << " never copied into the file; up to " << log.status().checkpointedSeq << " were";
    }
    const std::filesystem::path wal = m_db.path().string() + "-wal";
    const auto walBytes = std::filesystem::file_size(wal);
    const auto fileBytes = std::filesystem::file_size(m_db.path());
    std::printf("wal %ju bytes, file %ju bytes\n", static_cast<std::uintmax_t>(walBytes),
                static_cast<std::uintmax_t>(fileBytes));
    EXPECT_GT(fileBytes, walBytes) << "most of what was written has been copied into the file already";
}

TEST_F(EventLogTest, LoadingAMissingSessionIsAClearError) {
    try {
        loadSession(m_db, 4242);
        FAIL() << "must throw";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreErrorKind::NotFound);
        EXPECT_NE(std::string(error.what()).find("4242"), std::string::npos);
    }
}

} // namespace
} // namespace atelier::store
