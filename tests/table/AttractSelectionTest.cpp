// The attract loop's choices: which past session it may show (privacy) and its idle time.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "TempDir.hpp"
#include "core/Apply.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include "store/Timestamps.hpp"
#include "table/AttractLoop.hpp"

namespace atelier::table {
namespace {

store::SessionSummary session(std::int64_t id, store::SessionStatus status, std::string startedAt,
                              std::optional<std::string> endedAt, std::int64_t events = 200) {
    store::SessionSummary summary;
    summary.id = id;
    summary.workshopId = "expo";
    summary.startedAt = std::move(startedAt);
    summary.endedAt = std::move(endedAt);
    summary.status = status;
    summary.eventCount = events;
    return summary;
}

/// 2026-11-26T12:00:00Z.
constexpr std::int64_t kNoon = 1795694400;

AttractPolicy policyAtNoon() {
    AttractPolicy policy;
    policy.workshopId = "expo";
    policy.nowUnixS = kNoon;
    return policy;
}

TEST(AttractSelectionTest, ReadsTheStoresTimestamps) {
    EXPECT_EQ(store::parseUtcSeconds("2026-11-26T12:00:00.000Z"), kNoon);
    EXPECT_EQ(store::parseUtcSeconds("2026-11-26T12:00:00Z"), kNoon);
    EXPECT_EQ(store::parseUtcSeconds("1970-01-01T00:00:01.999Z"), 1);
    EXPECT_EQ(store::parseUtcSeconds("2026-11-26 12:00:00"), std::nullopt);
    EXPECT_EQ(store::parseUtcSeconds("2026-13-26T12:00:00Z"), std::nullopt);
    EXPECT_EQ(store::parseUtcSeconds(""), std::nullopt);
    EXPECT_EQ(store::parseUtcSeconds("2026-11-2xT12:00:00.000Z"), std::nullopt);
}

TEST(AttractSelectionTest, NeverShowsASessionThatEndedLessThanADayAgo) {
    const std::vector<store::SessionSummary> sessions = {
        session(3, store::SessionStatus::Archived, "2026-11-26T10:00:00.000Z", "2026-11-26T11:00:00.000Z"),
        session(2, store::SessionStatus::Archived, "2026-11-25T09:00:00.000Z", "2026-11-25T12:30:00.000Z"),
    };
    // Session 2 ended 23.5 h ago: still too recent. Nothing qualifies.
    EXPECT_EQ(selectAttractSession(sessions, policyAtNoon()), std::nullopt);

    // Half an hour later session 2 is a day old and becomes the one shown; 3 still is not.
    AttractPolicy later = policyAtNoon();
    later.nowUnixS += 30 * 60;
    EXPECT_EQ(selectAttractSession(sessions, later), 2);
}

TEST(AttractSelectionTest, ShowsRecentSessionsOnlyWhenTheConfigSaysSo) {
    const std::vector<store::SessionSummary> sessions = {
        session(3, store::SessionStatus::Archived, "2026-11-26T10:00:00.000Z", "2026-11-26T11:00:00.000Z"),
    };
    AttractPolicy policy = policyAtNoon();
    policy.allowRecent = true;
    EXPECT_EQ(selectAttractSession(sessions, policy), 3);
}

TEST(AttractSelectionTest, SkipsLiveEmptyForeignAndUndatedSessions) {
    std::vector<store::SessionSummary> sessions = {
        session(9, store::SessionStatus::Live, "2026-11-01T10:00:00.000Z", std::nullopt),
        session(8, store::SessionStatus::Ended, "2026-11-01T10:00:00.000Z", "2026-11-01T11:00:00.000Z", 4),
        session(7, store::SessionStatus::Ended, "garbled", std::nullopt),
        session(6, store::SessionStatus::Ended, "2026-11-01T10:00:00.000Z", "2026-11-01T11:00:00.000Z"),
    };
    sessions.push_back(
        session(10, store::SessionStatus::Ended, "2026-11-01T10:00:00.000Z", "2026-11-01T11:00:00.000Z"));
    sessions.back().workshopId = "another";
    AttractPolicy policy = policyAtNoon();
    EXPECT_EQ(selectAttractSession(sessions, policy), 6);
    // Even with recent sessions allowed, a live one (people are at the table) is never shown.
    policy.allowRecent = true;
    sessions.erase(sessions.begin() + 1, sessions.end());
    EXPECT_EQ(selectAttractSession(sessions, policy), std::nullopt);
}

TEST(AttractSelectionTest, PrefersTheConfiguredSessionWhenItIsOldEnough) {
    const std::vector<store::SessionSummary> sessions = {
        session(5, store::SessionStatus::Archived, "2026-11-20T10:00:00.000Z", "2026-11-20T11:00:00.000Z"),
        session(4, store::SessionStatus::Ended, "2026-11-10T10:00:00.000Z", "2026-11-10T11:00:00.000Z"),
        session(12, store::SessionStatus::Archived, "2026-11-26T10:00:00.000Z", "2026-11-26T11:00:00.000Z"),
    };
    AttractPolicy policy = policyAtNoon();
    EXPECT_EQ(selectAttractSession(sessions, policy), 5) << "the newest old-enough session by default";
    policy.preferredId = 4;
    EXPECT_EQ(selectAttractSession(sessions, policy), 4);
    policy.preferredId = 12; // chosen, but ended an hour ago: the privacy rule still wins
    EXPECT_EQ(selectAttractSession(sessions, policy), 5);
}

TEST(AttractSelectionTest, IdleTimeStartsTheLoopAndATouchEndsIt) {
    AttractLoop off(0, 0);
    EXPECT_FALSE(off.idleExpired(1'000'000));
    EXPECT_EQ(off.nextWakeMs(), std::nullopt);

    AttractLoop loop(5000, 1000);
    EXPECT_EQ(loop.nextWakeMs(), 6000);
    EXPECT_FALSE(loop.idleExpired(5999));
    loop.noteActivity(4000);
    EXPECT_FALSE(loop.idleExpired(8999));
    EXPECT_TRUE(loop.idleExpired(9000));
    core::Board board;
    board.title = "Place Carnot";
    loop.begin(std::make_unique<EmptyTableSource>(board), 9000);
    EXPECT_TRUE(loop.active());
    EXPECT_FALSE(loop.idleExpired(20000)) << "already showing";
    EXPECT_EQ(loop.board(30000).title, "Place Carnot");
    // A still board wakes the loop only for the invitation's next calm ripple (every 6 s from 9000).
    EXPECT_EQ(loop.nextWakeMs(), 33000);
    loop.end(31000);
    EXPECT_FALSE(loop.active());
    EXPECT_EQ(loop.nextWakeMs(), 36000);
}

TEST(AttractSelectionTest, TheInvitationRipplesCalmlyThenDrawsNothingUntilTheNextRipple) {
    AttractLoop loop(5000, 0);
    core::Board board;
    loop.begin(std::make_unique<EmptyTableSource>(board), 10000);
    // Draw every frame the loop asks for over two ripple periods, as the frame loop would.
    int frames = 0;
    std::int64_t now = 10000;
    const std::int64_t end = 10000 + 2 * AttractLoop::kRippleEveryMs;
    while (now < end) {
        if (loop.frameDue(now)) {
            (void)loop.board(now);
            ++frames;
        }
        const std::optional<std::int64_t> wake = loop.nextWakeMs();
        ASSERT_TRUE(wake);
        ASSERT_GT(*wake, now - 1);
        now = std::max(now + 1, *wake);
    }
    // ~13 frames per ripple at 10 a second, then sleep: far from 25 frames a second over 12 s.
    EXPECT_GE(frames, 20);
    EXPECT_LE(frames, 2 * (AttractLoop::kRippleMs / AttractLoop::kRippleFrameMs + 3));
    EXPECT_TRUE(loop.ripple(10000 + AttractLoop::kRippleMs / 2));
    EXPECT_FALSE(loop.ripple(10000 + AttractLoop::kRippleMs + 500)) << "calm between ripples";
    loop.end(30000);
    EXPECT_FALSE(loop.ripple(30100));
}

TEST(AttractSelectionTest, WithoutADataFileTheLoopShowsTheFreshTable) {
    core::Board fresh;
    fresh.title = "Place Carnot";
    const std::vector<store::SessionSummary> sessions = {
        session(4, store::SessionStatus::Ended, "2026-11-10T10:00:00.000Z", "2026-11-10T11:00:00.000Z"),
    };
    std::unique_ptr<AttractSource> source = makeAttractSource(sessions, policyAtNoon(), fresh);
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->boardAt(0), fresh);
    EXPECT_EQ(source->boardAt(90'000), fresh);
    EXPECT_FALSE(source->animates()) << "a still table costs no frames";
}

using DataDir = atelier::testing::TempDir;

/// Session "expo": its table at t = 0, then one card appears at 1 s at x = 100 mm and is dragged to
/// x = 200 mm at 2 s and x = 300 mm at 3 s. Returns the session id.
std::int64_t recordCardSession(const DataDir& dir) {
    store::Database database = store::Database::open(dir.path());
    database.ensureWorkshop(store::Workshop{"expo", "Place Carnot", "site", "{}", ""});
    const std::int64_t id = database.createSession("expo");
    core::Board board;
    store::EventLog log(database, id, board, 0);
    auto add = [&](std::int64_t tMs, const core::Event& event) {
        EXPECT_TRUE(core::apply(board, event));
        log.append(tMs, event);
    };
    add(0, core::SessionConfigured{6, 5, "Place Carnot", 0});
    core::CardCreated card;
    card.id = 7;
    card.pose.centre = {100, 300};
    card.size = {80, 50};
    card.text = "un banc";
    card.seat = 1;
    add(1000, card);
    for (const double x : {200.0, 300.0}) {
        core::CardMoved moved{7, card.pose, 1};
        moved.pose.centre.x = x;
        add(x == 200.0 ? 2000 : 3000, moved);
    }
    EXPECT_TRUE(log.flush());
    database.archiveSession(id);
    return id;
}

/// Where the card is on the board (-1: no card).
double cardX(const core::Board& board) {
    const auto card = board.cards.find(7);
    return card == board.cards.end() ? -1 : card->second.pose.centre.x;
}

TEST(AttractReplayTest, PlaysTheSessionFastHoldsItsEndThenStartsAgain) {
    const DataDir dir;
    const std::int64_t id = recordCardSession(dir);
    ReplayAttractSource source(dir.dataFile(), id, 10.0, 500); // 3 s of table time in 300 ms, then 500 ms
    EXPECT_TRUE(source.animates());
    EXPECT_EQ(source.periodMs(), 800);
    EXPECT_EQ(source.boardAt(0).title, "Place Carnot") << "the session's table from the first frame";
    EXPECT_EQ(cardX(source.boardAt(50)), -1) << "0.5 s in: the card is not written yet";
    EXPECT_EQ(cardX(source.boardAt(150)), 100);
    EXPECT_EQ(cardX(source.boardAt(250)), 200);
    EXPECT_EQ(cardX(source.boardAt(300)), 300);
    EXPECT_EQ(cardX(source.boardAt(790)), 300) << "the final board stays a moment";
    EXPECT_EQ(cardX(source.boardAt(800)), -1) << "then the replay starts again";
    EXPECT_EQ(cardX(source.boardAt(960)), 100);
    EXPECT_EQ(cardX(source.boardAt(8 * 800 + 260)), 200) << "and again, as long as nobody comes";
}

TEST(AttractReplayTest, SpeedIsClampedToThePlayersRange) {
    const DataDir dir;
    const std::int64_t id = recordCardSession(dir);
    EXPECT_EQ(ReplayAttractSource(dir.dataFile(), id, 1000.0, 0).periodMs(), 94)
        << "3000 ms / 32, rounded up";
    EXPECT_EQ(ReplayAttractSource(dir.dataFile(), id, 0.01, 0).periodMs(), 6000);
}

/// Session "expo" with two cards typed at 1 s: card 8 hidden by the facilitator at 2 s for good, card 9
/// hidden at 2 s and brought back at 3 s; a last move at 4 s. Returns the session id.
std::int64_t recordModeratedSession(const DataDir& dir) {
    store::Database database = store::Database::open(dir.path());
    database.ensureWorkshop(store::Workshop{"expo", "Place Carnot", "site", "{}", ""});
    const std::int64_t id = database.createSession("expo");
    core::Board board;
    store::EventLog log(database, id, board, 0);
    auto add = [&](std::int64_t tMs, const core::Event& event) {
        EXPECT_TRUE(core::apply(board, event));
        log.append(tMs, event);
    };
    add(0, core::SessionConfigured{6, 5, "Place Carnot", 0});
    for (const core::ItemId cardId : {8, 9}) {
        core::CardCreated card;
        card.id = cardId;
        card.pose.centre = {100.0 * static_cast<double>(cardId), 300};
        card.size = {80, 50};
        card.text = cardId == 8 ? "Appelez le 06 12 34 56 78" : "un banc";
        card.seat = 1;
        add(1000, card);
    }
    add(2000, core::CardHidden{8, 0});
    add(2000, core::CardHidden{9, 0});
    add(3000, core::CardRestored{9, 0});
    core::CardMoved moved{9, {}, 1};
    moved.pose.centre = {900, 400};
    add(4000, moved);
    EXPECT_TRUE(log.flush());
    database.archiveSession(id);
    return id;
}

/// True when the board holds this card on the table (not deleted, not hidden).
bool shows(const core::Board& board, core::ItemId id) {
    const core::Card* card = board.findCard(id);
    return card != nullptr && !card->deleted;
}

TEST(AttractReplayTest, AHiddenCardNeverShowsNotEvenBeforeItsHide) {
    const DataDir dir;
    const std::int64_t id = recordModeratedSession(dir);
    ReplayAttractSource source(dir.dataFile(), id, 10.0, 500); // 4 s of table time in 400 ms, then 500 ms
    for (std::int64_t t = 0; t < 2 * source.periodMs(); t += 10) {
        EXPECT_FALSE(shows(source.boardAt(t), 8)) << "the hidden card shows " << t << " ms into the loop";
    }
    EXPECT_TRUE(shows(source.boardAt(150), 9))
        << "a card brought back is the facilitator's choice to show it";
    EXPECT_FALSE(shows(source.boardAt(250), 9)) << "while it was hidden, it was hidden";
    EXPECT_TRUE(shows(source.boardAt(450), 9));

    replay::Player facilitator(dir.dataFile(), id, replay::Audience::Facilitator);
    facilitator.seek(1500);
    EXPECT_TRUE(shows(facilitator.board(), 8)) << "the facilitator's replay shows the table as it was";
    EXPECT_EQ(facilitator.recording().moderatedCards(), std::vector<core::ItemId>{8});
}

TEST(AttractReplayTest, MakesAReplayOfTheChosenSessionOrFallsBackOnTheFreshTable) {
    const DataDir dir;
    const std::int64_t id = recordCardSession(dir);
    core::Board fresh;
    fresh.title = "Table du jour";
    std::vector<store::SessionSummary> sessions = {
        session(id, store::SessionStatus::Archived, "2026-11-10T10:00:00.000Z", "2026-11-10T11:00:00.000Z"),
    };
    AttractReplay replay;
    replay.dataFile = dir.dataFile();
    replay.speed = 10.0;
    replay.holdMs = 500;
    std::unique_ptr<AttractSource> played = makeAttractSource(sessions, policyAtNoon(), fresh, replay);
    EXPECT_TRUE(played->animates());
    EXPECT_EQ(cardX(played->boardAt(400)), 300) << "the chosen session's own board";

    // The file lost the session (or never had it): the fresh table, still, and no exception.
    sessions[0].id = id + 40;
    std::unique_ptr<AttractSource> missing = makeAttractSource(sessions, policyAtNoon(), fresh, replay);
    EXPECT_FALSE(missing->animates());
    EXPECT_EQ(missing->boardAt(400), fresh);

    // An unreadable file: the same.
    const DataDir other;
    std::ofstream(other.dataFile()) << "not a database";
    replay.dataFile = other.dataFile();
    sessions[0].id = id;
    std::unique_ptr<AttractSource> unreadable = makeAttractSource(sessions, policyAtNoon(), fresh, replay);
    EXPECT_FALSE(unreadable->animates());
    EXPECT_EQ(unreadable->boardAt(0), fresh);
}

TEST(AttractReplayTest, AReplayDrawsAtMostTwentyFiveFramesASecond) {
    const DataDir dir;
    const std::int64_t id = recordCardSession(dir);
    AttractLoop loop(5000, 0);
    loop.begin(std::make_unique<ReplayAttractSource>(dir.dataFile(), id, 16.0, 4000), 6000);
    EXPECT_TRUE(loop.animating());
    EXPECT_TRUE(loop.frameDue(6000)) << "the first frame at once";
    loop.board(6000);
    EXPECT_FALSE(loop.frameDue(6039));
    EXPECT_TRUE(loop.frameDue(6040));
    EXPECT_EQ(loop.nextWakeMs(), 6040) << "the idle wait wakes for the next frame";
    loop.end(7000);
    EXPECT_FALSE(loop.frameDue(9000));
    EXPECT_EQ(loop.nextWakeMs(), 12000);
}

} // namespace
} // namespace atelier::table
