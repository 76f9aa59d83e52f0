// Reading a recording for replay and exports: everything the session holds, and the file left as it was.
#include "store/RecordingReader.hpp"
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"
#include "core/Sha256.hpp"
#include "store/SessionLoader.hpp"
#include "store/StoreError.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <iterator>

namespace atelier::store {
namespace {

using atelier::testing::TempDir;

std::string fileDigest(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in),
                                          std::istreambuf_iterator<char>()};
    return core::sha256Hex(bytes);
}

class RecordingReaderTest : public ::testing::Test {
protected:
    void SetUp() override {
        Database db = Database::open(m_dir.path());
        m_session = testing::startSession(db);
        testing::WorkshopSimulator simulator(41);
        core::Board live;
        EventLog log(db, m_session, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, simulator, live, 450);
        ASSERT_TRUE(log.flush());
    }

    TempDir m_dir;
    std::int64_t m_session = 0;
};

TEST_F(RecordingReaderTest, ItReadsTheSessionItsEventsAndItsSnapshots) {
    RecordingReader reader(m_dir.dataFile(), m_session);
    EXPECT_EQ(reader.session().id, m_session);
    EXPECT_EQ(reader.session().workshop.id, "demo");
    EXPECT_EQ(reader.session().workshop.title, "Place Carnot");
    EXPECT_EQ(reader.session().status, "live");
    EXPECT_TRUE(reader.session().endedAt.empty());

    std::vector<std::int64_t> seqs;
    reader.forEachEventTime([&](std::int64_t seq, std::int64_t) { seqs.push_back(seq); });
    EXPECT_EQ(seqs, testing::storedSeqs(m_dir.dataFile(), m_session));

    std::int64_t folded = 0;
    reader.forEachEvent(100, 200, [&](const StoredEventView& row) {
        EXPECT_EQ(row.seq, 101 + folded);
        EXPECT_FALSE(row.type.empty());
        ++folded;
    });
    EXPECT_EQ(folded, 100);

    const std::vector<std::int64_t> snapshots = reader.snapshotSeqs();
    ASSERT_FALSE(snapshots.empty()) << "a snapshot every 100 events was asked for";
    std::string error;
    EXPECT_TRUE(reader.snapshotBoard(snapshots.back(), error).has_value()) << error;
    EXPECT_FALSE(reader.snapshotBoard(snapshots.back() + 1, error).has_value());
    EXPECT_FALSE(reader.asset(std::string(64, '0')).has_value());
}

TEST_F(RecordingReaderTest, ReadingEverythingLeavesTheDataFileAsItWas) {
    const std::string before = fileDigest(m_dir.dataFile());
    {
        RecordingReader reader(m_dir.dataFile(), m_session);
        reader.forEachEventTime([](std::int64_t, std::int64_t) {});
        reader.forEachEvent(0, 450, [](const StoredEventView&) {});
        reader.forEachPhaseEvent([](const StoredEventView&) {});
        for (const std::int64_t seq : reader.snapshotSeqs()) {
            std::string error;
            EXPECT_TRUE(reader.snapshotBoard(seq, error).has_value()) << error;
        }
        reader.moves(0, 450);
        reader.cardEventTimes();
    }
    EXPECT_EQ(fileDigest(m_dir.dataFile()), before);
    EXPECT_EQ(testing::storedSeqs(m_dir.dataFile(), m_session).size(), 450u);
}

TEST_F(RecordingReaderTest, ALiveWriterCommitsWhileARecordingIsBeingRead) {
    Database db = Database::open(m_dir.path());
    const LoadedSession loaded = loadSession(db, m_session);
    core::Board live = loaded.board;
    testing::WorkshopSimulator simulator(42, live, loaded.lastTMs);
    EventLog log(db, m_session, loaded.board, loaded.lastSeq, testing::quickOptions());
    RecordingReader reader(m_dir.dataFile(), m_session);
    std::int64_t seen = 0;
    bool flushed = false;
    reader.forEachEvent(0, 1000, [&](const StoredEventView&) {
        if (seen++ == 0) {
            testing::feed(log, simulator, live, 10);
            flushed = log.flush();
        }
    });
    EXPECT_TRUE(flushed) << "a reader never holds the table's writer back";
    EXPECT_EQ(seen, 450) << "one read sees one moment of the file";
    std::int64_t later = 0;
    RecordingReader(m_dir.dataFile(), m_session).forEachEventTime([&](std::int64_t, std::int64_t) {
        ++later;
    });
    EXPECT_EQ(later, 460);
}

TEST_F(RecordingReaderTest, AFileThatIsNotAtelierIsRefusedWithASentence) {
    const std::filesystem::path foreign = m_dir.path() / "other.db";
    {
        SQLite::Database other(foreign.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t(x)");
    }
    try {
        RecordingReader reader(foreign, 1);
        FAIL() << "a foreign file must be refused";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreErrorKind::CannotOpen);
        EXPECT_NE(std::string(error.what()).find("not an Atelier data file"), std::string::npos)
            << error.what();
    }
}

TEST_F(RecordingReaderTest, AMissingSessionIsRefusedWithASentence) {
    try {
        RecordingReader reader(m_dir.dataFile(), m_session + 7);
        FAIL() << "a missing session must be refused";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreErrorKind::NotFound);
    }
}

} // namespace
} // namespace atelier::store
