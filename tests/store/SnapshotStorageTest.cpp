// Compact snapshots in the data file: old JSON files still open, resume and replay; deltas load exactly;
// ended sessions thin; a standalone copy carries one snapshot.
#include "SchemaOneFile.hpp"
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"

#include "core/BoardHash.hpp"
#include "core/CompactBoard.hpp"
#include "store/RecordingReader.hpp"
#include "store/Schema.hpp"
#include "store/SessionCopy.hpp"
#include "store/SessionLoader.hpp"
#include "store/SnapshotThinning.hpp"

#include <gtest/gtest.h>
#include <map>

namespace atelier::store {
namespace {

using atelier::testing::TempDir;

struct Row {
    std::int64_t seq = 0;
    int format = 0;
    bool delta = false;
    std::int64_t bytes = 0;
};

std::vector<Row> snapshotRows(const std::filesystem::path& file, std::int64_t session) {
    SQLite::Database db(file, SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT seq, format, base_seq IS NOT NULL, length(board) FROM snapshots "
                                "WHERE session_id = ? ORDER BY seq");
    query.bind(1, session);
    std::vector<Row> rows;
    while (query.executeStep()) {
        rows.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt(),
                        query.getColumn(2).getInt() != 0, query.getColumn(3).getInt64()});
    }
    return rows;
}

/// Appends `count` simulated events through `log`, recording the board hash after each seq.
void appendRecorded(EventLog& log, testing::WorkshopSimulator& simulator, core::Board& live,
                    std::int64_t& seq, int count, std::map<std::int64_t, std::string>& hashes) {
    for (int i = 0; i < count; ++i) {
        const core::Event event = simulator.next();
        ASSERT_TRUE(core::apply(live, event));
        log.append(simulator.tMs(), event);
        hashes[++seq] = core::boardHash(live);
    }
}

TEST(SnapshotStorage, AFileOfSchemaOneOpensResumesAndReplaysUnchanged) {
    TempDir dir;
    const testing::SchemaOneSession old =
        testing::writeSchemaOneFile(dir.dataFile(), 19, 1500, 400, false, {800, 900});
    {
        // Replay and exports read a file read-only, so they may meet it before any table migrated it.
        RecordingReader reader(dir.dataFile(), old.session);
        EXPECT_EQ(reader.snapshotSeqs(), old.snapshots);
        std::string error;
        const std::optional<core::Board> board = reader.snapshotBoard(800, error);
        ASSERT_TRUE(board) << error;
        EXPECT_EQ(core::boardHash(*board), old.boardHashes.at(800));
        EXPECT_EQ(testing::queryInt(dir.dataFile(), "PRAGMA user_version"), 1);
    }
    Database db = Database::open(dir.path());
    EXPECT_EQ(schemaVersionOf(db.connection()), currentSchemaVersion());
    EXPECT_EQ(db.findLiveSession("demo"), old.session) << "the live session is resumed";
    for (const Row& row : snapshotRows(dir.dataFile(), old.session)) {
        EXPECT_EQ(row.format, 1) << "the JSON snapshots stay as they were";
    }
    const LoadedSession loaded = loadSession(db, old.session);
    EXPECT_EQ(loaded.snapshotSeq, 1200);
    EXPECT_EQ(loaded.lastSeq, 1500);
    EXPECT_EQ(core::boardHash(loaded.board), old.boardHashes.rbegin()->second);
    EXPECT_TRUE(loaded.warnings.empty());
    EXPECT_EQ(core::boardHash(loadSession(db, old.session, 900).board), old.boardHashes.at(900));

    std::map<std::int64_t, std::string> hashes;
    core::Board live = loaded.board;
    std::int64_t seq = loaded.lastSeq;
    {
        EventLog log(db, old.session, loaded.board, loaded.lastSeq, testing::quickOptions());
        testing::WorkshopSimulator simulator(23, live, loaded.lastTMs);
        appendRecorded(log, simulator, live, seq, 700, hashes);
        ASSERT_TRUE(log.flush());
    }
    const std::vector<Row> rows = snapshotRows(dir.dataFile(), old.session);
    std::size_t compact = 0;
    std::size_t deltas = 0;
    for (const Row& row : rows) {
        if (row.seq > 1500) {
            EXPECT_EQ(row.format, 2) << "seq " << row.seq;
            compact += 1;
            deltas += row.delta ? 1 : 0;
        }
    }
    EXPECT_GE(compact, 6U) << "a snapshot every 100 events was asked for";
    EXPECT_GE(deltas, 4U) << "after the first whole board, snapshots are deltas";
    EXPECT_FALSE(rows[3].delta) << "the first compact snapshot after the resume is a whole board";
    for (const Row& row : rows) {
        if (row.seq > 1500) {
            EXPECT_EQ(core::boardHash(loadSession(db, old.session, row.seq).board), hashes.at(row.seq))
                << row.seq;
        }
    }
    const LoadedSession again = loadSession(db, old.session);
    EXPECT_EQ(again.lastSeq, seq);
    EXPECT_EQ(core::boardHash(again.board), core::boardHash(live));
    EXPECT_GT(again.snapshotSeq, 1500);
}

TEST(SnapshotStorage, ADeltaWhoseBaseIsGoneFallsBackToAnOlderSnapshotAndLoadsTheSameBoard) {
    TempDir dir;
    Database db = Database::open(dir.path());
    const std::int64_t session = testing::startSession(db);
    std::map<std::int64_t, std::string> hashes;
    core::Board live;
    std::int64_t seq = 0;
    {
        EventLog log(db, session, core::Board{}, 0, testing::quickOptions());
        testing::WorkshopSimulator simulator(29);
        appendRecorded(log, simulator, live, seq, 800, hashes);
        ASSERT_TRUE(log.flush());
    }
    const std::vector<Row> rows = snapshotRows(dir.dataFile(), session);
    ASSERT_GE(rows.size(), 4U);
    ASSERT_TRUE(rows.back().delta);
    db.connection().exec("DELETE FROM snapshots WHERE seq = " + std::to_string(rows[rows.size() - 2].seq));
    const LoadedSession loaded = loadSession(db, session);
    EXPECT_EQ(core::boardHash(loaded.board), core::boardHash(live));
    ASSERT_FALSE(loaded.warnings.empty());
    EXPECT_NE(loaded.warnings.front().find("it builds on is gone"), std::string::npos)
        << loaded.warnings.front();
}

TEST(SnapshotStorage, SnapshotsStoreWhatChangedNotTheWholeBoardEachTime) {
    TempDir dir;
    Database db = Database::open(dir.path());
    const std::int64_t session = testing::startSession(db);
    core::Board live;
    {
        EventLog log(db, session, core::Board{}, 0, testing::quickOptions());
        testing::WorkshopSimulator simulator(31);
        for (int i = 0; i < 180; ++i) { // commits as a live table makes them, so no snapshot is skipped
            testing::feed(log, simulator, live, 50);
            ASSERT_TRUE(log.flush());
        }
    }
    std::int64_t stored = 0;
    std::int64_t wholeEachTime = 0;
    std::int64_t deltas = 0;
    RecordingReader reader(dir.dataFile(), session);
    for (const Row& row : snapshotRows(dir.dataFile(), session)) {
        stored += row.bytes;
        deltas += row.delta ? 1 : 0;
        std::string error;
        const std::optional<core::Board> board = reader.snapshotBoard(row.seq, error);
        ASSERT_TRUE(board) << error;
        wholeEachTime += static_cast<std::int64_t>(core::boardToCompact(*board).size());
    }
    EXPECT_GE(deltas, 60);
    // A whole board per snapshot grows with the square of the session; deltas with the events.
    EXPECT_LT(3 * stored, wholeEachTime)
        << stored << " bytes stored; whole boards would take " << wholeEachTime;
}

TEST(SnapshotStorage, ACompactedAndThinnedSessionReplaysAndExportsToTheGoldenBoards) {
    TempDir dir;
    const testing::SchemaOneSession old = testing::writeSchemaOneFile(dir.dataFile(), 37, 3000, 100, true,
                                                                      {1, 999, 1000, 1001, 1234, 2500, 2999});
    Database db = Database::open(dir.path());
    const ThinReport report = compactDataFile(db, 1000);
    EXPECT_EQ(report.sessions, 1);
    EXPECT_EQ(report.snapshotsBefore, 30);
    EXPECT_EQ(report.snapshotsAfter, 3);
    EXPECT_LT(report.bytesAfter, report.bytesBefore);
    const std::vector<Row> rows = snapshotRows(dir.dataFile(), old.session);
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0].seq, 1000);
    EXPECT_EQ(rows[2].seq, 3000);
    for (const Row& row : rows) {
        EXPECT_EQ(row.format, 2);
    }
    EXPECT_FALSE(rows[0].delta);
    for (const std::int64_t seq : {1, 999, 1000, 1001, 2500, 2999, 3000}) {
        const LoadedSession loaded = loadSession(db, old.session, seq);
        EXPECT_EQ(core::boardHash(loaded.board), old.boardHashes.at(seq)) << seq;
        EXPECT_TRUE(loaded.warnings.empty());
    }
    EXPECT_EQ(compactDataFile(db, 1000).sessions, 0) << "a thinned session is left as it is";

    const std::filesystem::path copy = dir.path() / "copy" / "atelier.db";
    std::filesystem::create_directories(copy.parent_path());
    copySession(dir.dataFile(), old.session, copy);
    EXPECT_EQ(testing::queryInt(copy, "SELECT count(*) FROM events"), 3000);
    EXPECT_EQ(testing::queryInt(copy, "SELECT count(*) FROM assets WHERE hash = '" + old.photoHash + "'"), 1);
    const std::vector<Row> copied = snapshotRows(copy, old.session);
    ASSERT_EQ(copied.size(), 1U) << "a standalone copy carries one snapshot";
    EXPECT_EQ(copied[0].seq, 3000);
    EXPECT_FALSE(copied[0].delta);
    RecordingReader reader(copy, old.session);
    std::string error;
    const std::optional<core::Board> last = reader.snapshotBoard(3000, error);
    ASSERT_TRUE(last) << error;
    EXPECT_EQ(core::boardHash(*last), old.boardHashes.rbegin()->second);
    Database opened = Database::openFile(copy);
    EXPECT_EQ(core::boardHash(loadSession(opened, old.session, 1234).board), old.boardHashes.at(1234));
}

TEST(SnapshotStorage, ThinningLeavesLiveSessionsAlone) {
    TempDir dir;
    const testing::SchemaOneSession old = testing::writeSchemaOneFile(dir.dataFile(), 41, 1000, 100, false);
    Database db = Database::open(dir.path());
    EXPECT_EQ(thinEndedSessions(db, 1000).sessions, 0);
    EXPECT_EQ(snapshotRows(dir.dataFile(), old.session).size(), 10U);
}

TEST(SnapshotStorage, AStandaloneCopyOfASchemaOneFileHoldsOneSnapshotAndTheSameBoards) {
    TempDir dir;
    const testing::SchemaOneSession old = testing::writeSchemaOneFile(dir.dataFile(), 43, 1200, 250, true);
    const std::filesystem::path copy = dir.path() / "standalone.db";
    copySession(dir.dataFile(), old.session, copy);
    EXPECT_EQ(testing::queryInt(dir.dataFile(), "PRAGMA user_version"), 1) << "the source is only read";
    const std::vector<Row> copied = snapshotRows(copy, old.session);
    ASSERT_EQ(copied.size(), 1U);
    EXPECT_EQ(copied[0].seq, 1000);
    EXPECT_EQ(copied[0].format, 2);
    Database opened = Database::openFile(copy);
    const LoadedSession loaded = loadSession(opened, old.session);
    EXPECT_EQ(loaded.snapshotSeq, 1000);
    EXPECT_EQ(core::boardHash(loaded.board), old.boardHashes.rbegin()->second);
}

} // namespace
} // namespace atelier::store
