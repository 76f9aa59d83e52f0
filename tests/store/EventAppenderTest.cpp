// Appending from a tool (atelier import): the live writer's numbering, one transaction, nothing half-kept.
#include "store/EventAppender.hpp"
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"
#include "core/BoardHash.hpp"
#include "core/Sha256.hpp"
#include "store/SessionLoader.hpp"
#include "store/StoreError.hpp"

#include <gtest/gtest.h>

namespace atelier::store {
namespace {

using atelier::testing::TempDir;

const std::vector<std::uint8_t> kPhotoBytes = {0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3};

core::PhotoPlaced photoOn(const core::Board& board) {
    core::PhotoPlaced photo;
    photo.id = board.nextId;
    photo.assetHash = core::sha256Hex(kPhotoBytes);
    photo.pose.centre = core::Vec2{300.0, 200.0};
    photo.size = core::Size{160.0, 120.0};
    return photo;
}

class EventAppenderTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_session = testing::startSession(m_db);
        EventLog log(m_db, m_session, core::Board{}, 0, testing::quickOptions());
        testing::feed(log, m_simulator, m_live, 250);
        ASSERT_TRUE(log.flush());
    }

    TempDir m_dir;
    Database m_db = Database::open(m_dir.path());
    std::int64_t m_session = 0;
    testing::WorkshopSimulator m_simulator{31};
    core::Board m_live;
};

TEST_F(EventAppenderTest, ItContinuesAfterTheLiveWritersLastSeqOnTheBoardTheLogHolds) {
    EventAppender appender(m_db, m_session);
    EXPECT_EQ(appender.lastSeq(), 250);
    EXPECT_EQ(appender.lastTMs(), m_simulator.tMs());
    EXPECT_EQ(core::boardHash(appender.board()), core::boardHash(m_live));

    const core::PhotoPlaced first = photoOn(appender.board());
    ASSERT_TRUE(appender.append(appender.lastTMs(), first));
    ASSERT_TRUE(appender.append(appender.lastTMs(), photoOn(appender.board())));
    EXPECT_EQ(appender.lastSeq(), 252);
    appender.putAsset(kPhotoBytes, "image/jpeg", 4, 3);
    appender.commit();

    const std::vector<std::int64_t> seqs = testing::storedSeqs(m_dir.dataFile(), m_session);
    EXPECT_EQ(seqs.size(), 252u);
    EXPECT_TRUE(testing::contiguousFromOne(seqs));
    EXPECT_TRUE(m_db.hasAsset(first.assetHash));
    const LoadedSession loaded = loadSession(m_db, m_session);
    EXPECT_EQ(loaded.lastSeq, 252);
    EXPECT_EQ(loaded.rejected, 0);
    EXPECT_EQ(loaded.board.photos.size(), m_live.photos.size() + 2);
}

TEST_F(EventAppenderTest, TheLiveWriterResumesAfterTheAppendedEvents) {
    {
        EventAppender appender(m_db, m_session);
        ASSERT_TRUE(appender.append(appender.lastTMs(), photoOn(appender.board())));
        appender.commit();
    }
    const LoadedSession loaded = loadSession(m_db, m_session);
    core::Board live = loaded.board;
    testing::WorkshopSimulator simulator(32, live, loaded.lastTMs);
    {
        EventLog log(m_db, m_session, loaded.board, loaded.lastSeq, testing::quickOptions());
        testing::feed(log, simulator, live, 20);
        ASSERT_TRUE(log.flush());
        EXPECT_EQ(log.status().problem, WriteProblem::None) << log.status().lastError;
    }
    const std::vector<std::int64_t> seqs = testing::storedSeqs(m_dir.dataFile(), m_session);
    EXPECT_EQ(seqs.size(), 271u);
    EXPECT_TRUE(testing::contiguousFromOne(seqs));
}

TEST_F(EventAppenderTest, AnEventTheBoardRefusesIsNotWrittenAndTakesNoSeq) {
    EventAppender appender(m_db, m_session);
    core::PhotoPlaced reused = photoOn(appender.board());
    reused.id = 1;
    const core::ApplyResult refused = appender.append(appender.lastTMs(), reused);
    EXPECT_FALSE(refused);
    EXPECT_FALSE(refused.reason.empty());
    EXPECT_EQ(appender.lastSeq(), 250);
    ASSERT_TRUE(appender.append(appender.lastTMs(), photoOn(appender.board())));
    appender.commit();
    EXPECT_TRUE(testing::contiguousFromOne(testing::storedSeqs(m_dir.dataFile(), m_session)));
    EXPECT_EQ(testing::storedSeqs(m_dir.dataFile(), m_session).size(), 251u);
}

TEST_F(EventAppenderTest, NothingIsKeptUnlessCommitted) {
    {
        EventAppender appender(m_db, m_session);
        ASSERT_TRUE(appender.append(appender.lastTMs(), photoOn(appender.board())));
        appender.putAsset(kPhotoBytes, "image/jpeg", 4, 3);
    }
    EXPECT_EQ(testing::storedSeqs(m_dir.dataFile(), m_session).size(), 250u);
    EXPECT_FALSE(m_db.hasAsset(core::sha256Hex(kPhotoBytes)));
}

TEST_F(EventAppenderTest, ASessionThatDoesNotExistIsRefusedWithASentence) {
    try {
        EventAppender appender(m_db, m_session + 1);
        FAIL() << "a missing session must be refused";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreErrorKind::NotFound);
        EXPECT_NE(std::string(error.what()).find("no session"), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace atelier::store
