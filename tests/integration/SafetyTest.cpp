// Left alone with the public: one table per data dir, signals that save before quitting, no session handed
// from one group of visitors to the next, old sessions purged.
#include <gtest/gtest.h>

#include <csignal>
#include <deque>
#include <fstream>
#include <string>

#include "Process.hpp"
#include "SeededSession.hpp"
#include "core/EventCodec.hpp"
#include "store/Database.hpp"
#include "store/RescueJournal.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

/// Runs one statement on the data file, as a technician with the sqlite3 shell would.
void execSql(const std::filesystem::path& dataDir, const std::string& sql) {
    SQLite::Database db((dataDir / store::kDataFileName).string(), SQLite::OPEN_READWRITE, kBusyTimeoutMs);
    db.exec(sql);
}

std::int64_t queryCount(const std::filesystem::path& dataDir, const std::string& sql) {
    SQLite::Database db((dataDir / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    return db.execAndGet(sql).getInt64();
}

class SafetyTest : public ::testing::Test {
protected:
    std::filesystem::path writeConfig(const std::string& extra = {}) {
        const std::filesystem::path file = m_dir.path() / "atelier.toml";
        std::ofstream(file) << "[input]\ntuio = false\n" << extra;
        return file;
    }
    std::filesystem::path dataDir() const { return m_dir.path() / "data"; }
    std::vector<std::string> tableArgs(const std::filesystem::path& config) const {
        return {"--config", config.string(), "--data", dataDir().string(), "--headless", "--size", "320x180"};
    }

    TempDir m_dir;
};

TEST_F(SafetyTest, ASecondTableOnAHeldDataDirRefusesToStartAndNamesTheFirst) {
    const auto config = writeConfig();
    Process first(kAtelier, tableArgs(config), atelierEnvironment());
    ASSERT_TRUE(first.waitForOutput("waiting for touches", std::chrono::seconds(30))) << first.outputSoFar();

    const ProcessResult second =
        runProcess(kAtelier, tableArgs(config), std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(second.exitCode, 1) << second.output;
    EXPECT_NE(second.output.find("process " + std::to_string(first.pid())), std::string::npos)
        << second.output;
    EXPECT_EQ(second.output.find("waiting for touches"), std::string::npos)
        << "the second table must not start";

    const ProcessResult repair = runProcess(kAtelier, {"check", "--repair", "--data", dataDir().string()},
                                            std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(repair.exitCode, 1) << repair.output;
    EXPECT_NE(repair.output.find("process " + std::to_string(first.pid())), std::string::npos)
        << repair.output;
    EXPECT_NE(repair.output.find("nothing was repaired"), std::string::npos) << repair.output;

    first.signal(SIGTERM);
    const std::optional<ProcessResult> stopped = first.wait(std::chrono::seconds(20));
    ASSERT_TRUE(stopped);
    EXPECT_EQ(stopped->exitCode, 0) << stopped->output;

    const ProcessResult again = runProcess(kAtelier, {"check", "--repair", "--data", dataDir().string()},
                                           std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(again.exitCode, 0) << "the lock is free once the table quit: " << again.output;
}

TEST_F(SafetyTest, HangupAndQuitSignalsSaveAndStopTheTableLikeSigterm) {
    const auto config = writeConfig();
    for (const int signal : {SIGHUP, SIGQUIT}) {
        Process table(kAtelier, tableArgs(config), atelierEnvironment());
        ASSERT_TRUE(table.waitForOutput("waiting for touches", std::chrono::seconds(30)))
            << table.outputSoFar();
        table.signal(signal);
        const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(20));
        ASSERT_TRUE(result) << "signal " << signal << " did not stop the table";
        EXPECT_EQ(result->signal, 0) << "signal " << signal << " killed the table without saving";
        EXPECT_EQ(result->exitCode, 0) << result->output;
        EXPECT_NE(result->output.find("the table stops"), std::string::npos) << result->output;
    }
}

TEST_F(SafetyTest, ActionsLeftInARescueFileJoinTheirSessionAtTheNextStart) {
    const std::int64_t session = seedDemoSession(dataDir(), {cardAt(100, 300, 300)});
    const std::int64_t before = countEvents(dataDir(), session);
    std::deque<store::PendingEvent> refused;
    for (core::ItemId id : {201, 202, 203}) {
        const core::Event event = cardAt(id, 200.0 + 100.0 * static_cast<double>(id - 200), 400);
        refused.push_back(store::PendingEvent{before + static_cast<std::int64_t>(refused.size()) + 1, 5000,
                                              core::eventSeat(event), std::string(core::eventType(event)),
                                              core::encodePayload(event), event});
    }
    store::RescueJournal journal(dataDir() / store::kDataFileName, session, {dataDir()});
    ASSERT_TRUE(journal.append(refused));

    auto args = tableArgs(writeConfig());
    args.insert(args.end(), {"--frames", "2"});
    const ProcessResult result = runProcess(kAtelier, args, std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("3 actions of session " + std::to_string(session)), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("recovered"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("resumed session " + std::to_string(session)), std::string::npos)
        << result.output;
    const core::Board board = boardOf(dataDir(), session);
    EXPECT_EQ(board.cards.count(201) + board.cards.count(202) + board.cards.count(203), 3u);
    EXPECT_FALSE(std::filesystem::exists(*journal.file())) << "a merged rescue file is removed";
}

TEST_F(SafetyTest, KioskModeArchivesALiveSessionLeftIdleTooLongInsteadOfResumingIt) {
    const std::int64_t evening = seedDemoSession(dataDir(), {cardAt(100, 300, 300)});
    execSql(dataDir(), "UPDATE sessions SET started_at = '2020-01-01T18:00:00.000Z' WHERE id = " +
                           std::to_string(evening));
    auto args = tableArgs(writeConfig("[kiosk]\nenabled = true\nidle_timeout_s = 600\n"));
    args.insert(args.end(), {"--frames", "3"});
    const ProcessResult result = runProcess(kAtelier, args, std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("archived instead of resumed"), std::string::npos) << result.output;
    EXPECT_EQ(result.output.find("resumed session " + std::to_string(evening)), std::string::npos)
        << result.output;
    EXPECT_EQ(queryCount(dataDir(), "SELECT count(*) FROM sessions WHERE status = 'archived' AND id = " +
                                        std::to_string(evening)),
              1);
    EXPECT_EQ(boardOf(dataDir(), evening).cards.count(100), 1u) << "archived, not deleted";
}

TEST_F(SafetyTest, PurgeDeletesOldSessionsTheirPhotosAndGivesTheSpaceBackButKeepsTheLiveOne) {
    auto args = tableArgs(writeConfig());
    args.insert(args.end(), {"--frames", "2"});
    ASSERT_EQ(runProcess(kAtelier, args, std::chrono::seconds(60), atelierEnvironment()).exitCode, 0);
    ASSERT_GT(queryCount(dataDir(), "SELECT count(*) FROM assets"), 0) << "the demo places its site photos";
    execSql(dataDir(), "UPDATE sessions SET status = 'archived', started_at = '2020-01-01T09:00:00.000Z', "
                       "ended_at = '2020-01-01T10:00:00.000Z' WHERE id = 1");
    const std::int64_t live = seedDemoSession(dataDir(), {cardAt(7, 300, 300)});
    const auto sizeBefore = std::filesystem::file_size(dataDir() / store::kDataFileName);

    const ProcessResult purge =
        runProcess(kAtelier, {"purge", "--older-than", "30", "--data", dataDir().string()},
                   std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(purge.exitCode, 0) << purge.output;
    EXPECT_NE(purge.output.find("Purged 1 sessions"), std::string::npos) << purge.output;
    EXPECT_EQ(queryCount(dataDir(), "SELECT count(*) FROM sessions WHERE id = 1"), 0);
    EXPECT_EQ(queryCount(dataDir(), "SELECT count(*) FROM events WHERE session_id = 1"), 0);
    EXPECT_EQ(queryCount(dataDir(), "SELECT count(*) FROM snapshots WHERE session_id = 1"), 0);
    EXPECT_EQ(queryCount(dataDir(), "SELECT count(*) FROM assets"), 0) << "no remaining session places them";
    EXPECT_LT(std::filesystem::file_size(dataDir() / store::kDataFileName), sizeBefore) << "space given back";
    EXPECT_EQ(boardOf(dataDir(), live).cards.count(7), 1u) << "the live session is never purged";

    const ProcessResult listed = runProcess(kAtelier, {"sessions", "--json", "--data", dataDir().string()},
                                            std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(listed.output.find("\"id\":1,"), std::string::npos) << "the attract loop picks from this list";
}

TEST_F(SafetyTest, KeepSessionsDaysPurgesAtTheTablesStart) {
    auto args = tableArgs(writeConfig("[data]\nkeep_sessions_days = 30\n"));
    args.insert(args.end(), {"--frames", "2"});
    ASSERT_EQ(runProcess(kAtelier, args, std::chrono::seconds(60), atelierEnvironment()).exitCode, 0);
    execSql(dataDir(),
            "UPDATE sessions SET status = 'archived', ended_at = '2020-01-01T10:00:00.000Z' WHERE id = 1");
    const ProcessResult again = runProcess(kAtelier, args, std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(again.exitCode, 0) << again.output;
    EXPECT_NE(again.output.find("Purged 1 sessions"), std::string::npos) << again.output;
    EXPECT_EQ(queryCount(dataDir(), "SELECT count(*) FROM sessions WHERE ended_at LIKE '2020-%'"), 0);
    EXPECT_EQ(queryCount(dataDir(), "SELECT count(*) FROM sessions"), 1) << "only the fresh live session";
}

} // namespace
} // namespace atelier::testing
