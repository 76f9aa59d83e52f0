// The attract loop's choices: which past session it may show (privacy), idle time, and kiosk shortcuts.
#include <gtest/gtest.h>

#include <SDL.h>

#include "platform/Attract.hpp"
#include "platform/Kiosk.hpp"

namespace atelier::platform {
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
    EXPECT_EQ(parseUtcSeconds("2026-11-26T12:00:00.000Z"), kNoon);
    EXPECT_EQ(parseUtcSeconds("2026-11-26T12:00:00Z"), kNoon);
    EXPECT_EQ(parseUtcSeconds("1970-01-01T00:00:01.999Z"), 1);
    EXPECT_EQ(parseUtcSeconds("2026-11-26 12:00:00"), std::nullopt);
    EXPECT_EQ(parseUtcSeconds("2026-13-26T12:00:00Z"), std::nullopt);
    EXPECT_EQ(parseUtcSeconds(""), std::nullopt);
    EXPECT_EQ(parseUtcSeconds("2026-11-2xT12:00:00.000Z"), std::nullopt);
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
    EXPECT_EQ(loop.nextWakeMs(), std::nullopt);
    loop.end(31000);
    EXPECT_FALSE(loop.active());
    EXPECT_EQ(loop.nextWakeMs(), 36000);
}

TEST(AttractSelectionTest, WithoutAReplaySourceTheLoopShowsTheFreshTable) {
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

SDL_Event key(SDL_Keycode sym, Uint16 mod) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = sym;
    event.key.keysym.mod = mod;
    return event;
}

TEST(AttractSelectionTest, KioskModeDropsEveryWayOutButNotTyping) {
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    EXPECT_TRUE(isEscapeAttempt(quit));
    SDL_Event close{};
    close.type = SDL_WINDOWEVENT;
    close.window.event = SDL_WINDOWEVENT_CLOSE;
    EXPECT_TRUE(isEscapeAttempt(close));
    EXPECT_TRUE(isEscapeAttempt(key(SDLK_F4, KMOD_LALT)));
    EXPECT_TRUE(isEscapeAttempt(key(SDLK_TAB, KMOD_LALT)));
    EXPECT_TRUE(isEscapeAttempt(key(SDLK_q, KMOD_LCTRL)));
    EXPECT_TRUE(isEscapeAttempt(key(SDLK_ESCAPE, KMOD_NONE)));
    // The facilitator's keyboard still types into cards.
    EXPECT_FALSE(isEscapeAttempt(key(SDLK_q, KMOD_NONE)));
    EXPECT_FALSE(isEscapeAttempt(key(SDLK_TAB, KMOD_NONE)));
    EXPECT_FALSE(isEscapeAttempt(key(SDLK_F4, KMOD_NONE)));
    EXPECT_FALSE(isEscapeAttempt(key(SDLK_BACKSPACE, KMOD_NONE)));
}

TEST(AttractSelectionTest, ThePanelsQuitRequestIsSeenOnce) {
    clearQuitRequest();
    EXPECT_FALSE(quitRequested());
    requestQuit();
    EXPECT_TRUE(quitRequested());
    clearQuitRequest();
}

} // namespace
} // namespace atelier::platform
