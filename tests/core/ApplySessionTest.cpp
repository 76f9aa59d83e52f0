// apply() on the session's configuration and phases, seats, and events of newer versions.
#include "TestBoards.hpp"
#include "core/BoardCodec.hpp"
#include "core/Undo.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::configuredBoard;
using testing::expectRejected;
using testing::sampleBoard;

TEST(ApplySession, ConfigurationSetsSeatsDotsAndTitle) {
    Board board;
    EXPECT_FALSE(board.configured());
    applyOrFail(board, SessionConfigured{6, 5, "Parc Couriot", 0});
    EXPECT_TRUE(board.configured());
    EXPECT_EQ(board.seatCount, 6);
    EXPECT_EQ(board.votesPerSeat, 5);
    EXPECT_EQ(board.title, "Parc Couriot");
}

TEST(ApplySession, TheFacilitatorMayGiveMoreDotsLater) {
    Board board = sampleBoard();
    applyOrFail(board, SessionConfigured{4, 5, "Place Carnot", 0});
    EXPECT_EQ(board.dotsLeft(1), 4);
}

TEST(ApplySession, ATableCannotShrinkBelowASeatInUse) {
    const Board board = sampleBoard(); // seat 4 wrote card 6
    expectRejected(board, SessionConfigured{3, 3, "Place Carnot", 0}, "seat 4 has items");
    Board empty = configuredBoard();
    applyOrFail(empty, SessionConfigured{2, 3, "Place Carnot", 0});
    EXPECT_EQ(empty.seatCount, 2);
}

TEST(ApplySession, BadConfigurationsAreRefused) {
    const Board board;
    expectRejected(board, SessionConfigured{1, 3, "x", 0}, "2 to 8 seats, not 1");
    expectRejected(board, SessionConfigured{9, 3, "x", 0}, "not 9");
    expectRejected(board, SessionConfigured{4, -1, "x", 0}, "votes per seat");
    expectRejected(board, SessionConfigured{4, 100, "x", 0}, "votes per seat");
    expectRejected(board, SessionConfigured{4, 3, "\xE2\x82", 0}, "not valid UTF-8");
    expectRejected(board, SessionConfigured{4, 3, "x", 2}, "only the facilitator");
}

TEST(ApplySession, APhaseSetsTheToolsAndTheTimer) {
    Board board = configuredBoard();
    EXPECT_EQ(board.phase.index, -1);
    applyOrFail(board, PhaseStarted{2, "Voter", {"vote", "cards"}, 600, 0});
    EXPECT_EQ(board.phase, (Phase{2, "Voter", {"vote", "cards"}, 600}));
}

TEST(ApplySession, BadPhasesAreRefused) {
    const Board board = configuredBoard();
    expectRejected(Board{}, PhaseStarted{0, "x", {}, 0, 0}, "not configured");
    expectRejected(board, PhaseStarted{0, "x", {}, 0, 1}, "only the facilitator");
    expectRejected(board, PhaseStarted{-1, "x", {}, 0, 0}, "phase index");
    expectRejected(board, PhaseStarted{0, "x", {"Cards"}, 0, 0}, "tool 0");
    expectRejected(board, PhaseStarted{0, "x", {""}, 0, 0}, "tool 0");
    expectRejected(board, PhaseStarted{0, "x", {"cards", "cards"}, 0, 0}, "listed twice");
    expectRejected(board, PhaseStarted{0, "x", std::vector<std::string>(17, "t"), 0, 0}, "17 tools");
    expectRejected(board, PhaseStarted{0, "x", {}, -5, 0}, "duration");
    expectRejected(board, PhaseStarted{0, "x", {}, 90000, 0}, "duration");
    expectRejected(board, PhaseStarted{0, "\x01", {}, 60, 0}, "control character");
}

TEST(ApplySession, UnqualifiedCallsWithAnyKindOfEventReachApply) {
    // Event is a std::variant: without care, std::apply would be picked for these calls and fail to compile.
    Board board = configuredBoard();
    Event event = CardCreated{1, Pose{{10, 10}, 0, 1}, Size{75, 75}, "x", 0, 1};
    EXPECT_TRUE(apply(board, event));
    EXPECT_TRUE(apply(board, Event(CardMoved{1, Pose{{20, 20}, 0, 1}, 1})));
    EXPECT_TRUE(apply(board, CardEdited{1, "y", 1}));
    const Event constEvent = CardDeleted{1, 1};
    EXPECT_TRUE(apply(board, constEvent));
}

TEST(ApplySession, EventsOfANewerVersionAreSkippedWithAReason) {
    expectRejected(sampleBoard(), UnknownEvent{"card.glued", "{}", 1}, "newer version");
}

TEST(ApplySession, AFacilitatorMayModerateButNotDrawOrVote) {
    Board board = sampleBoard();
    applyOrFail(board, CardDeleted{2, 0});
    applyOrFail(board, ClusterRenamed{10, "Nature", 0});
    applyOrFail(board, StrokeErased{8, 0});
    expectRejected(board, StrokeBegun{16, kNoItem, 0xff, 2, {{1, 1}}, 0}, "facilitator");
    expectRejected(board, VoteCast{16, 3, 0}, "facilitator");
}

TEST(ApplySession, APauseHoldsTheSamePhaseAndItsInverseResumesIt) {
    Board board = configuredBoard();
    applyOrFail(board, PhaseStarted{1, "Idées", {"cards"}, 600, 0});
    const Phase before = board.phase;
    const std::string unpausedJson = boardToJson(board);
    expectRejected(board, SessionPaused{2}, "seat");
    expectRejected(board, SessionResumed{0}, "not paused");
    const Board beforePause = board;
    applyOrFail(board, SessionPaused{0});
    EXPECT_TRUE(board.paused);
    EXPECT_EQ(board.phase, before) << "a pause is not a new phase";
    expectRejected(board, SessionPaused{0}, "already paused");
    const std::optional<Event> undo = inverseOf(beforePause, SessionPaused{0});
    ASSERT_TRUE(undo);
    EXPECT_TRUE(std::holds_alternative<SessionResumed>(*undo));
    const std::optional<Board> decoded = boardFromJson(boardToJson(board));
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(decoded->paused) << "a snapshot keeps the pause";
    applyOrFail(board, *undo);
    EXPECT_FALSE(board.paused);
    EXPECT_EQ(boardToJson(board), unpausedJson) << "a board never paused keeps its bytes (and its hash)";
}

} // namespace
} // namespace atelier::core
