// What the data file cannot take goes to a rescue journal, and the next start adds it back: nothing typed is
// lost.
#include "store/RescueJournal.hpp"
#include "FaultyVfs.hpp"
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"
#include "core/BoardHash.hpp"
#include "store/SessionLoader.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <optional>
#include <thread>

namespace atelier::store {
namespace {

using namespace std::chrono_literals;
using atelier::testing::TempDir;
using testing::DiskFault;
using testing::WorkshopSimulator;

/// The rescue journals in `dir`.
std::vector<std::filesystem::path> journalsIn(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> found;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
        if (entry.path().filename().string().starts_with("atelier-rescue-")) {
            found.push_back(entry.path());
        }
    }
    return found;
}

class RescueJournalTest : public ::testing::Test {
protected:
    void SetUp() override {
        testing::installFaultyVfs();
        testing::setDiskFault(DiskFault::None);
        m_db.emplace(Database::open(m_dir.path()));
        m_session = testing::startSession(*m_db);
    }
    void TearDown() override { testing::setDiskFault(DiskFault::None); }

    EventLogOptions options() const {
        EventLogOptions options = testing::quickOptions();
        options.rescueDirs = {m_dir.path(), m_fallback.path()};
        return options;
    }

    /// Merges the journals back as the next start does and checks the session holds every event.
    void expectEverythingBack(const core::Board& live, std::size_t events) {
        const std::vector<std::string> sentences =
            mergeRescueJournals(m_db->path(), {m_dir.path(), m_fallback.path()});
        ASSERT_FALSE(sentences.empty());
        EXPECT_NE(sentences.front().find("recovered"), std::string::npos) << sentences.front();
        const std::vector<std::int64_t> seqs = testing::storedSeqs(m_db->path(), m_session);
        EXPECT_EQ(seqs.size(), events);
        EXPECT_TRUE(testing::contiguousFromOne(seqs));
        EXPECT_EQ(core::boardHash(loadSession(*m_db, m_session).board), core::boardHash(live));
        EXPECT_TRUE(journalsIn(m_dir.path()).empty()) << "a merged journal is removed";
        EXPECT_TRUE(journalsIn(m_fallback.path()).empty());
        EXPECT_TRUE(mergeRescueJournals(m_db->path(), {m_dir.path(), m_fallback.path()}).empty());
    }

    TempDir m_dir;
    TempDir m_fallback;
    std::optional<Database> m_db;
    std::int64_t m_session = 0;
};

TEST_F(RescueJournalTest, ClosingOnAFullDiskKeepsTheBacklogInARescueFileThatTheNextStartAddsBack) {
    WorkshopSimulator simulator(9);
    core::Board live;
    std::optional<EventLog> log;
    log.emplace(*m_db, m_session, core::Board{}, 0, options());
    testing::feed(*log, simulator, live, 40);
    ASSERT_TRUE(log->flush());
    testing::setDiskFault(DiskFault::Full);
    testing::feed(*log, simulator, live, 12);
    log.reset();
    ASSERT_EQ(journalsIn(m_dir.path()).size(), 1u) << "the data dir still takes a small plain file";
    testing::setDiskFault(DiskFault::None);
    EXPECT_EQ(testing::storedSeqs(m_db->path(), m_session).size(), 40u);
    expectEverythingBack(live, 52);
}

TEST_F(RescueJournalTest, WhenTheDataFolderRefusesTooTheRescueFileGoesToTheFallbackFolder) {
    const std::filesystem::path notAFolder = m_dir.path() / "plain-file";
    std::ofstream(notAFolder) << "x";
    EventLogOptions refused = options();
    refused.rescueDirs = {notAFolder, m_fallback.path()};
    WorkshopSimulator simulator(4);
    core::Board live;
    std::optional<EventLog> log;
    log.emplace(*m_db, m_session, core::Board{}, 0, refused);
    testing::feed(*log, simulator, live, 10);
    ASSERT_TRUE(log->flush());
    testing::setDiskFault(DiskFault::Full);
    testing::feed(*log, simulator, live, 7);
    log.reset();
    EXPECT_EQ(journalsIn(m_fallback.path()).size(), 1u);
    testing::setDiskFault(DiskFault::None);
    expectEverythingBack(live, 17);
}

TEST_F(RescueJournalTest, TheBacklogInMemoryIsBoundedAndTheRestWaitsInTheRescueFile) {
    EventLogOptions bounded = options();
    bounded.maxBacklog = 100;
    bounded.commitChunk = 25;
    WorkshopSimulator simulator(2);
    core::Board live;
    std::optional<EventLog> log;
    log.emplace(*m_db, m_session, core::Board{}, 0, bounded);
    testing::feed(*log, simulator, live, 30);
    ASSERT_TRUE(log->flush());
    testing::setDiskFault(DiskFault::Full);
    for (int i = 0; i < 10; ++i) {
        testing::feed(*log, simulator, live, 50);
        std::this_thread::sleep_for(20ms);
    }
    ASSERT_TRUE(log->waitFor([](const EventLogStatus& status) { return status.rescuedSeq > 0; }, 5s))
        << "past maxBacklog the events leave memory";
    EXPECT_TRUE(log->flush(5s)) << "events in the rescue file are on disk";
    EXPECT_LE(log->status().backlog, 100);
    EXPECT_NE(log->status().lastError.find("rescue file"), std::string::npos) << log->status().lastError;
    log.reset();
    testing::setDiskFault(DiskFault::None);
    expectEverythingBack(live, 530);
}

TEST_F(RescueJournalTest, ASeqConflictIsNotRetriedForeverAndTheActionsAreKeptForATechnician) {
    WorkshopSimulator simulator(6);
    core::Board live;
    std::optional<EventLog> log;
    log.emplace(*m_db, m_session, core::Board{}, 0, options());
    testing::feed(*log, simulator, live, 20);
    ASSERT_TRUE(log->flush());
    {
        SQLite::Database other(m_db->path(), SQLite::OPEN_READWRITE);
        other.exec("INSERT INTO events(session_id, seq, t_ms, seat, type, payload) VALUES (" +
                   std::to_string(m_session) + ", 21, 0, 1, 'card.deleted', '{\"id\":1}')");
    }
    testing::feed(*log, simulator, live, 5);
    ASSERT_TRUE(log->waitFor([](const EventLogStatus& status) { return status.rescuedSeq == 25; }, 5s))
        << log->status().lastError;
    EXPECT_EQ(log->status().problem, WriteProblem::Failed);
    EXPECT_NE(log->status().lastError.find("another Atelier"), std::string::npos) << log->status().lastError;
    EXPECT_NE(log->status().lastError.find("rescue file"), std::string::npos) << log->status().lastError;
    EXPECT_TRUE(log->flush(1s));
    log.reset();
    const std::vector<std::string> sentences = mergeRescueJournals(m_db->path(), {m_dir.path()});
    ASSERT_EQ(sentences.size(), 1u);
    EXPECT_NE(sentences.front().find("unmerged"), std::string::npos) << sentences.front();
    EXPECT_EQ(testing::storedSeqs(m_db->path(), m_session).size(), 21u) << "the other writer's event stays";
    EXPECT_TRUE(journalsIn(m_dir.path()).size() == 1u &&
                journalsIn(m_dir.path()).front().extension() == ".unmerged");
}

} // namespace
} // namespace atelier::store
