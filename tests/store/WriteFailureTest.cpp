// The disk refuses (full, read-only, locked): events wait in memory, one warning, then all are saved in
// order.
#include "FaultyVfs.hpp"
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"
#include "core/BoardHash.hpp"
#include "store/SessionLoader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <gtest/gtest.h>
#include <optional>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>
#include <sys/mount.h>
#include <thread>

namespace atelier::store {
namespace {

using namespace std::chrono_literals;
using atelier::testing::TempDir;
using testing::DiskFault;
using testing::WorkshopSimulator;

class WriteFailureTest : public ::testing::Test {
protected:
    void SetUp() override {
        testing::installFaultyVfs();
        testing::setDiskFault(DiskFault::None);
        m_db.emplace(Database::open(m_dir.path()));
        m_session = testing::startSession(*m_db);
        m_log = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(256);
        spdlog::default_logger()->sinks().push_back(m_log);
    }

    void TearDown() override {
        testing::setDiskFault(DiskFault::None);
        auto& sinks = spdlog::default_logger()->sinks();
        sinks.erase(std::remove(sinks.begin(), sinks.end(), m_log), sinks.end());
    }

    // Waits (up to 5 s) until the log reports `problem`.
    static bool waitForProblem(const EventLog& log, WriteProblem problem) {
        for (int i = 0; i < 500; ++i) {
            if (log.status().problem == problem) {
                return true;
            }
            std::this_thread::sleep_for(10ms);
        }
        return false;
    }

    int logLinesContaining(const std::string& text) const {
        const std::vector<std::string> lines = m_log->last_formatted();
        return static_cast<int>(std::count_if(lines.begin(), lines.end(), [&](const std::string& line) {
            return line.find(text) != std::string::npos;
        }));
    }

    // Runs the whole story for one fault: saving, refusal, backlog, recovery, everything in order.
    void expectBacklogSurvives(DiskFault fault, WriteProblem expected, const std::string& logged) {
        WorkshopSimulator simulator(3);
        core::Board live;
        EventLog log(*m_db, m_session, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, simulator, live, 50);
        ASSERT_TRUE(log.flush());

        testing::setDiskFault(fault);
        testing::feed(log, simulator, live, 200);
        ASSERT_TRUE(waitForProblem(log, expected));
        std::this_thread::sleep_for(450ms); // several retries, each failing
        testing::feed(log, simulator, live, 100);
        EventLogStatus status = log.status();
        EXPECT_EQ(status.appendedSeq, 350);
        EXPECT_EQ(status.durableSeq, 50);
        EXPECT_EQ(status.backlog, 300);
        EXPECT_FALSE(status.lastError.empty());
        EXPECT_NE(status.lastError.find("kept in memory"), std::string::npos) << status.lastError;
        EXPECT_FALSE(log.flush(200ms)) << "cannot be durable while the disk refuses";
        EXPECT_EQ(logLinesContaining(logged), 1) << "warned once, not at every retry";

        testing::setDiskFault(DiskFault::None);
        ASSERT_TRUE(log.flush(5s));
        status = log.status();
        EXPECT_EQ(status.durableSeq, 350);
        EXPECT_EQ(status.backlog, 0);
        EXPECT_EQ(status.problem, WriteProblem::None);
        EXPECT_TRUE(status.lastError.empty());
        EXPECT_EQ(logLinesContaining("Saving works again"), 1);

        const std::vector<std::int64_t> seqs = testing::storedSeqs(m_db->path(), m_session);
        EXPECT_EQ(seqs.size(), 350u);
        EXPECT_TRUE(testing::contiguousFromOne(seqs));
        EXPECT_EQ(core::boardHash(loadSession(*m_db, m_session).board), core::boardHash(live));
    }

    TempDir m_dir;
    std::optional<Database> m_db;
    std::int64_t m_session = 0;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> m_log;
};

TEST_F(WriteFailureTest, DiskFullKeepsEventsInMemoryAndWritesThemWhenSpaceReturns) {
    expectBacklogSurvives(DiskFault::Full, WriteProblem::DiskFull, "is full");
}

TEST_F(WriteFailureTest, ReadOnlyDiskKeepsEventsInMemoryAndWritesThemWhenWritable) {
    expectBacklogSurvives(DiskFault::ReadOnly, WriteProblem::ReadOnly, "cannot be written");
}

TEST_F(WriteFailureTest, AnotherProgramsLockIsWaitedOut) {
    WorkshopSimulator simulator(5);
    core::Board live;
    EventLog log(*m_db, m_session, core::Board{}, 0, testing::quickOptions());
    testing::feed(log, simulator, live, 20);
    ASSERT_TRUE(log.flush());
    SQLite::Database other(m_db->path(), SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    testing::feed(log, simulator, live, 30);
    ASSERT_TRUE(waitForProblem(log, WriteProblem::Busy));
    EXPECT_NE(log.status().lastError.find("locked"), std::string::npos) << log.status().lastError;
    other.exec("ROLLBACK");
    ASSERT_TRUE(log.flush(5s));
    EXPECT_EQ(log.status().problem, WriteProblem::None);
    EXPECT_TRUE(testing::contiguousFromOne(testing::storedSeqs(m_db->path(), m_session)));
    EXPECT_EQ(testing::storedSeqs(m_db->path(), m_session).size(), 50u);
}

TEST_F(WriteFailureTest, ClosingWhileTheDiskRefusesGivesUpAfterTheGraceAndSaysWhatWasLost) {
    WorkshopSimulator simulator(9);
    core::Board live;
    std::optional<EventLog> log;
    log.emplace(*m_db, m_session, core::Board{}, 0, testing::quickOptions());
    testing::feed(*log, simulator, live, 40);
    ASSERT_TRUE(log->flush());
    testing::setDiskFault(DiskFault::Full);
    testing::feed(*log, simulator, live, 10);
    const auto start = std::chrono::steady_clock::now();
    log.reset();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s) << "shutdownGrace is 500 ms in these tests";
    EXPECT_EQ(logLinesContaining("could not be saved"), 1);
    testing::setDiskFault(DiskFault::None);
    const std::vector<std::int64_t> seqs = testing::storedSeqs(m_db->path(), m_session);
    EXPECT_EQ(seqs.size(), 40u);
    EXPECT_TRUE(testing::contiguousFromOne(seqs));
}

TEST_F(WriteFailureTest, ARealTinyFilesystemFillsUpAndFreesUp) {
    const std::filesystem::path tiny = m_dir.path() / "tiny";
    std::filesystem::create_directory(tiny);
    if (mount("tmpfs", tiny.c_str(), "tmpfs", 0, "size=4m") != 0) {
        GTEST_SKIP() << "cannot mount a 4 MB tmpfs here (needs root or CAP_SYS_ADMIN): "
                     << std::strerror(errno);
    }
    struct Unmount {
        std::filesystem::path path;
        ~Unmount() { umount2(path.c_str(), MNT_DETACH); }
    } unmount{tiny};
    Database db = Database::open(tiny);
    const std::int64_t session = testing::startSession(db);
    WorkshopSimulator simulator(17);
    core::Board live;
    EventLog log(db, session, core::Board{}, 0, testing::quickOptions());
    testing::feed(log, simulator, live, 100);
    ASSERT_TRUE(log.flush());
    {
        std::ofstream filler(tiny / "filler", std::ios::binary);
        const std::string chunk(64 * 1024, 'x');
        while (filler.write(chunk.data(), static_cast<std::streamsize>(chunk.size())) && filler.flush()) {
        }
    }
    testing::feed(log, simulator, live, 4000);
    ASSERT_TRUE(waitForProblem(log, WriteProblem::DiskFull)) << log.status().lastError;
    EXPECT_LT(log.status().durableSeq, 4100);
    std::filesystem::remove(tiny / "filler");
    ASSERT_TRUE(log.flush(5s));
    EXPECT_EQ(log.status().problem, WriteProblem::None);
    const std::vector<std::int64_t> seqs = testing::storedSeqs(db.path(), session);
    EXPECT_EQ(seqs.size(), 4100u);
    EXPECT_TRUE(testing::contiguousFromOne(seqs));
    EXPECT_EQ(core::boardHash(loadSession(db, session).board), core::boardHash(live));
}

} // namespace
} // namespace atelier::store
