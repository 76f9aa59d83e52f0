// `atelier check [--repair]`: plain sentences about a healthy, gappy, orphaned or damaged file, and repairs.
#include "store/DatabaseCheck.hpp"
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"
#include "store/SessionLoader.hpp"

#include <fstream>
#include <gtest/gtest.h>

namespace atelier::store {
namespace {

using atelier::testing::TempDir;
using testing::queryInt;

bool saysSomething(const CheckReport& report, const std::string& text) {
    for (const std::string& sentence : report.sentences) {
        if (sentence.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

std::string allOf(const CheckReport& report) {
    std::string text;
    for (const std::string& sentence : report.sentences) {
        text += sentence + "\n";
    }
    return text;
}

class DatabaseCheckTest : public ::testing::Test {
protected:
    // A data file with one ended and one live session of `events` events each.
    void makeFile(int events) {
        Database db = Database::open(m_dir.path());
        for (int i = 0; i < 2; ++i) {
            const std::int64_t session = i == 0 ? testing::startSession(db) : db.createSession("demo");
            testing::WorkshopSimulator simulator(static_cast<std::uint64_t>(i + 1));
            core::Board live;
            EventLog log(db, session, core::Board{}, 0, testing::quickOptions());
            testing::feed(log, simulator, live, events);
        }
        db.endSession(1);
    }

    TempDir m_dir;
};

TEST_F(DatabaseCheckTest, AHealthyFileIsSaidToBeHealthy) {
    makeFile(200);
    const CheckReport report = checkDatabase(m_dir.dataFile(), false);
    EXPECT_TRUE(report.found);
    EXPECT_TRUE(report.intact) << allOf(report);
    EXPECT_EQ(report.gaps, 0);
    EXPECT_EQ(report.liveSessions, std::vector<std::int64_t>{2});
    EXPECT_TRUE(saysSomething(report, "integrity_check: ok")) << allOf(report);
    EXPECT_TRUE(saysSomething(report, "foreign_key_check: ok")) << allOf(report);
    EXPECT_TRUE(saysSomething(report, "without gaps")) << allOf(report);
    EXPECT_TRUE(saysSomething(report, "400 events")) << allOf(report);
    EXPECT_TRUE(saysSomething(report, "Session 2 of 'Place Carnot'")) << allOf(report);
    const CheckReport repair = checkDatabase(m_dir.dataFile(), true);
    EXPECT_FALSE(repair.repaired);
    EXPECT_TRUE(saysSomething(repair, "Nothing to repair")) << allOf(repair);
}

TEST_F(DatabaseCheckTest, AMissingFileIsSaidSo) {
    const CheckReport report = checkDatabase(m_dir.dataFile(), true);
    EXPECT_FALSE(report.found);
    EXPECT_TRUE(saysSomething(report, "There is no data file")) << allOf(report);
}

TEST_F(DatabaseCheckTest, GapsInSeqAreReportedPerSession) {
    makeFile(200);
    {
        SQLite::Database raw(m_dir.dataFile(), SQLite::OPEN_READWRITE);
        raw.exec("DELETE FROM events WHERE session_id = 2 AND seq BETWEEN 50 AND 59");
    }
    const CheckReport report = checkDatabase(m_dir.dataFile(), false);
    EXPECT_TRUE(report.intact);
    EXPECT_EQ(report.gaps, 1);
    EXPECT_TRUE(saysSomething(report, "Session 2: 10 events missing (seq 50 to 59)")) << allOf(report);
}

TEST_F(DatabaseCheckTest, OrphanRowsAreReportedAndRepairedWithAPlaceholderSession) {
    makeFile(100);
    {
        SQLite::Database raw(m_dir.dataFile(), SQLite::OPEN_READWRITE);
        raw.exec("DELETE FROM snapshots WHERE session_id = 1; DELETE FROM sessions WHERE id = 1");
    }
    const CheckReport report = checkDatabase(m_dir.dataFile(), false);
    EXPECT_FALSE(report.intact);
    EXPECT_TRUE(saysSomething(report, "100 rows point to a missing parent (events → sessions)"))
        << allOf(report);
    EXPECT_TRUE(saysSomething(report, "--repair")) << allOf(report);

    const CheckReport repair = checkDatabase(m_dir.dataFile(), true);
    EXPECT_TRUE(repair.repaired) << allOf(repair);
    EXPECT_TRUE(repair.intact) << allOf(repair);
    ASSERT_TRUE(repair.originalKeptAt);
    EXPECT_TRUE(std::filesystem::exists(*repair.originalKeptAt));
    EXPECT_EQ(repair.originalKeptAt->filename().string().rfind("atelier.db.before-repair-", 0), 0u);
    EXPECT_TRUE(saysSomething(repair, "were recreated")) << allOf(repair);

    Database db = Database::open(m_dir.path());
    EXPECT_FALSE(db.notice());
    EXPECT_EQ(db.findSession(1)->status, SessionStatus::Ended);
    EXPECT_EQ(loadSession(db, 1).lastSeq, 100);
    EXPECT_EQ(db.findLiveSession("demo"), 2);
}

TEST_F(DatabaseCheckTest, ADamagedFileIsRebuiltFromWhatCanBeRead) {
    makeFile(3000);
    std::string bytes;
    {
        std::ifstream in(m_dir.dataFile(), std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::size_t pageSize = static_cast<std::size_t>(queryInt(m_dir.dataFile(), "PRAGMA page_size"));
    const std::size_t pages = bytes.size() / pageSize;
    ASSERT_GT(pages, 20u);
    for (std::size_t i = (pages / 2) * pageSize; i < (pages / 2 + 3) * pageSize; ++i) {
        bytes[i] = static_cast<char>(i * 13 + 5);
    }
    {
        std::ofstream out(m_dir.dataFile(), std::ios::binary | std::ios::trunc);
        out << bytes;
    }
    const CheckReport report = checkDatabase(m_dir.dataFile(), false);
    EXPECT_FALSE(report.intact) << allOf(report);
    EXPECT_TRUE(saysSomething(report, "damaged")) << allOf(report);

    const CheckReport repair = checkDatabase(m_dir.dataFile(), true);
    EXPECT_TRUE(repair.repaired) << allOf(repair);
    EXPECT_TRUE(repair.intact) << allOf(repair);
    EXPECT_TRUE(saysSomething(repair, "the original was kept as")) << allOf(repair);
    ASSERT_TRUE(repair.originalKeptAt);

    Database db = Database::open(m_dir.path());
    EXPECT_FALSE(db.notice()) << "the repaired file opens as a healthy one";
    const std::int64_t kept = db.connection().execAndGet("SELECT count(*) FROM events").getInt64();
    EXPECT_GT(kept, 3000) << "most of the 6000 events survive three damaged pages";
    for (const SessionSummary& session : db.listSessions()) {
        EXPECT_NO_THROW(loadSession(db, session.id));
    }
}

TEST_F(DatabaseCheckTest, PhotosThatNoLongerMatchTheirHashAreNamedWithTheSessionsThatUseThem) {
    std::string first, second, sound;
    {
        Database db = Database::open(m_dir.path());
        const std::int64_t session = testing::startSession(db);
        first = db.putAsset(std::vector<std::uint8_t>(4096, 1), "image/png", 64, 64);
        second = db.putAsset(std::vector<std::uint8_t>(4096, 2), "image/jpeg", 64, 64);
        sound = db.putAsset(std::vector<std::uint8_t>(4096, 3), "image/jpeg", 64, 64);
        EventLog log(db, session, core::Board{}, 0, testing::quickOptions());
        core::ItemId id = 1;
        for (const std::string& hash : {first, second, sound}) {
            core::PhotoPlaced placed;
            placed.id = id++;
            placed.assetHash = hash;
            placed.size = {100, 100};
            log.append(static_cast<std::int64_t>(id) * 100, placed);
        }
    }
    {
        // Pages overwritten inside the blobs: the file's structure stays intact, the photos do not.
        SQLite::Database raw(m_dir.dataFile(), SQLite::OPEN_READWRITE);
        raw.exec("UPDATE assets SET bytes = zeroblob(4096) WHERE hash IN ('" + first + "', '" + second +
                 "')");
    }
    const CheckReport report = checkDatabase(m_dir.dataFile(), false);
    EXPECT_FALSE(report.intact) << allOf(report);
    EXPECT_TRUE(saysSomething(report, first.substr(0, 12))) << allOf(report);
    EXPECT_TRUE(saysSomething(report, second.substr(0, 12))) << allOf(report);
    EXPECT_FALSE(saysSomething(report, sound.substr(0, 12))) << allOf(report);
    EXPECT_TRUE(saysSomething(report, "session 1")) << allOf(report);

    const CheckReport repair = checkDatabase(m_dir.dataFile(), true);
    EXPECT_FALSE(repair.intact) << allOf(repair);
    EXPECT_FALSE(saysSomething(repair, "Nothing to repair")) << allOf(repair);
    EXPECT_TRUE(saysSomething(repair, "cannot be restored")) << allOf(repair);
    EXPECT_TRUE(saysSomething(repair, first.substr(0, 12))) << allOf(repair);
}

TEST_F(DatabaseCheckTest, AForeignFileIsNotRepaired) {
    {
        std::ofstream out(m_dir.dataFile(), std::ios::binary);
        out << "plain text, not a database at all, but long enough to look like something";
    }
    const CheckReport report = checkDatabase(m_dir.dataFile(), true);
    EXPECT_FALSE(report.intact);
    EXPECT_FALSE(report.repaired);
    EXPECT_TRUE(saysSomething(report, "cannot be read as an SQLite database")) << allOf(report);
    EXPECT_TRUE(saysSomething(report, "left as it was")) << allOf(report);
}

} // namespace
} // namespace atelier::store
