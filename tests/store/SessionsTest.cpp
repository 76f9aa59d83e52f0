// Workshops and sessions: live until ended, the newest live one resumed, the list `atelier sessions` shows.
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"
#include "store/Database.hpp"
#include "store/StoreError.hpp"

#include <gtest/gtest.h>

namespace atelier::store {
namespace {

using atelier::testing::TempDir;

class SessionsTest : public ::testing::Test {
protected:
    TempDir m_dir;
    Database m_db = Database::open(m_dir.path());
};

TEST_F(SessionsTest, EnsureWorkshopInsertsThenUpdatesButKeepsCreation) {
    m_db.ensureWorkshop(testing::demoWorkshop());
    const Workshop first = m_db.findWorkshop("demo").value();
    EXPECT_EQ(first.title, "Place Carnot");
    EXPECT_EQ(first.site, "Saint-Étienne");
    EXPECT_EQ(first.configJson, R"({"seats":6})");
    EXPECT_EQ(first.createdAt.size(), 24u) << first.createdAt;
    Workshop renamed = testing::demoWorkshop();
    renamed.title = "Place Carnot, second round";
    m_db.ensureWorkshop(renamed);
    const Workshop second = m_db.findWorkshop("demo").value();
    EXPECT_EQ(second.title, "Place Carnot, second round");
    EXPECT_EQ(second.createdAt, first.createdAt);
    EXPECT_FALSE(m_db.findWorkshop("elsewhere"));
}

TEST_F(SessionsTest, ANewSessionIsLiveAndIsTheOneResumed) {
    m_db.ensureWorkshop(testing::demoWorkshop());
    EXPECT_FALSE(m_db.findLiveSession("demo"));
    const std::int64_t older = m_db.createSession("demo");
    const std::int64_t newer = m_db.createSession("demo");
    EXPECT_EQ(m_db.findLiveSession("demo"), newer);
    m_db.endSession(newer);
    EXPECT_EQ(m_db.findLiveSession("demo"), older);
    m_db.endSession(older);
    EXPECT_FALSE(m_db.findLiveSession("demo"));
}

TEST_F(SessionsTest, ASessionStaysLiveThroughQuitAndReopen) {
    std::int64_t session = 0;
    {
        Database db = Database::open(m_dir.path() / "other");
        session = testing::startSession(db);
        testing::WorkshopSimulator simulator(1);
        core::Board live;
        EventLog log(db, session, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, simulator, live, 10);
    }
    Database reopened = Database::open(m_dir.path() / "other");
    EXPECT_EQ(reopened.findLiveSession("demo"), session);
    EXPECT_EQ(reopened.findSession(session)->status, SessionStatus::Live);
}

TEST_F(SessionsTest, EndingASessionStampsItAndIsIdempotent) {
    const std::int64_t session = testing::startSession(m_db);
    m_db.endSession(session);
    const SessionSummary ended = m_db.findSession(session).value();
    EXPECT_EQ(ended.status, SessionStatus::Ended);
    ASSERT_TRUE(ended.endedAt);
    m_db.endSession(session);
    EXPECT_EQ(m_db.findSession(session)->endedAt, ended.endedAt);
}

TEST_F(SessionsTest, MissingWorkshopsAndSessionsAreClearErrors) {
    try {
        m_db.createSession("nowhere");
        FAIL() << "must throw";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreErrorKind::NotFound);
        EXPECT_NE(std::string(error.what()).find("nowhere"), std::string::npos);
    }
    EXPECT_THROW(m_db.endSession(77), StoreError);
    EXPECT_FALSE(m_db.findSession(77));
}

TEST_F(SessionsTest, TheListShowsCountsPhaseAndDurationNewestFirst) {
    const std::int64_t first = testing::startSession(m_db);
    const std::int64_t second = m_db.createSession("demo");
    testing::WorkshopSimulator simulator(2);
    core::Board live;
    {
        EventLog log(m_db, second, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, simulator, live, 300);
    }
    m_db.endSession(first);
    const std::vector<SessionSummary> sessions = m_db.listSessions();
    ASSERT_EQ(sessions.size(), 2u);
    const SessionSummary& newest = sessions[0];
    EXPECT_EQ(newest.id, second);
    EXPECT_EQ(newest.workshopId, "demo");
    EXPECT_EQ(newest.workshopTitle, "Place Carnot");
    EXPECT_EQ(newest.status, SessionStatus::Live);
    EXPECT_FALSE(newest.endedAt);
    EXPECT_EQ(newest.eventCount, 300);
    EXPECT_EQ(newest.durationMs, simulator.tMs());
    EXPECT_EQ(newest.lastPhase, live.phase.name);
    EXPECT_FALSE(newest.lastPhase.empty());
    const SessionSummary& oldest = sessions[1];
    EXPECT_EQ(oldest.id, first);
    EXPECT_EQ(oldest.status, SessionStatus::Ended);
    EXPECT_EQ(oldest.eventCount, 0);
    EXPECT_EQ(oldest.lastPhase, "");
}

TEST_F(SessionsTest, StatusesConvertBothWays) {
    for (SessionStatus status : {SessionStatus::Live, SessionStatus::Ended, SessionStatus::Archived}) {
        EXPECT_EQ(sessionStatusFromText(toText(status)), status);
    }
    EXPECT_FALSE(sessionStatusFromText("paused"));
}

} // namespace
} // namespace atelier::store
