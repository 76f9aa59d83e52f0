// inverseOf(): undo appends the inverse event, and the board comes back as it was.
#include "TestBoards.hpp"

#include "core/BoardHash.hpp"
#include "core/EventCodec.hpp"
#include "core/Undo.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::oneEventOfEachType;
using testing::sampleBoard;

/// The id a creating event gives its new item, or kNoItem for other events.
ItemId createdId(const Event& event) {
    if (const auto* card = std::get_if<CardCreated>(&event)) {
        return card->id;
    }
    if (const auto* photo = std::get_if<PhotoPlaced>(&event)) {
        return photo->id;
    }
    if (const auto* stroke = std::get_if<StrokeBegun>(&event)) {
        return stroke->id;
    }
    if (const auto* cluster = std::get_if<ClusterFormed>(&event)) {
        return cluster->id;
    }
    if (const auto* vote = std::get_if<VoteCast>(&event)) {
        return vote->id;
    }
    return kNoItem;
}

/// The board without one item and with the id and z counters of `before`: what a creation's undo shows.
Board withoutItem(Board board, ItemId id, const Board& before) {
    board.cards.erase(id);
    board.photos.erase(id);
    board.strokes.erase(id);
    board.clusters.erase(id);
    board.votes.erase(id);
    board.nextId = before.nextId;
    board.zCounter = before.zCounter;
    return board;
}

/// The sample board, paused for session.resumed (which needs a pause to end).
Board sampleFor(const Event& event) {
    Board board = sampleBoard();
    board.paused = std::holds_alternative<SessionResumed>(event);
    return board;
}

TEST(Undo, EveryEventIsTakenBackByItsInverse) {
    for (const Event& event : oneEventOfEachType()) {
        if (std::holds_alternative<UnknownEvent>(event) || std::holds_alternative<ItemRaised>(event)) {
            continue;
        }
        const Board before = sampleFor(event);
        const std::string hashBefore = boardHash(before);
        SCOPED_TRACE(std::string(eventType(event)));
        Board board = before;
        applyOrFail(board, event);
        const std::optional<Event> inverse = inverseOf(before, event);
        ASSERT_TRUE(inverse);
        EXPECT_EQ(eventSeat(*inverse), eventSeat(event)) << "the inverse acts for the same seat";
        applyOrFail(board, *inverse);
        if (const ItemId created = createdId(event); created != kNoItem) {
            EXPECT_EQ(boardHash(withoutItem(board, created, before)), hashBefore)
                << "undoing a creation hides the item and changes nothing else";
            EXPECT_NE(board.kindOf(created), "") << "the item is kept, flagged, for a redo";
        } else if (std::holds_alternative<StrokeExtended>(event) ||
                   std::holds_alternative<StrokeEnded>(event)) {
            EXPECT_TRUE(board.findStroke(7)->erased) << "undoing a pen movement erases the stroke";
        } else {
            EXPECT_EQ(boardHash(board), hashBefore) << encodePayload(*inverse);
        }
    }
}

TEST(Undo, RedoingAnUndoneEventGivesTheSameBoardAgain) {

    for (const Event& event : oneEventOfEachType()) {
        if (std::holds_alternative<UnknownEvent>(event) || std::holds_alternative<ItemRaised>(event) ||
            createdId(event) != kNoItem || std::holds_alternative<StrokeExtended>(event) ||
            std::holds_alternative<StrokeEnded>(event)) {
            continue;
        }
        SCOPED_TRACE(std::string(eventType(event)));
        const Board before = sampleFor(event);
        Board board = before;
        applyOrFail(board, event);
        const Board after = board;
        const Event undo = *inverseOf(before, event);
        applyOrFail(board, undo);
        const std::optional<Event> redo = inverseOf(after, undo);
        ASSERT_TRUE(redo);
        applyOrFail(board, *redo);
        EXPECT_EQ(boardHash(board), boardHash(after));
    }
}

TEST(Undo, ADeletedCardComesBackWhereItWas) {
    const Board before = sampleBoard();
    Board board = before;
    const Event remove = CardDeleted{3, 2};
    applyOrFail(board, remove);
    applyOrFail(board, *inverseOf(before, remove));
    EXPECT_EQ(*board.findCard(3), *before.findCard(3));
    EXPECT_EQ(board.clusterOf(3), 10U) << "it is back in its cluster";
}

TEST(Undo, SomeEventsHaveNothingToTakeBack) {
    const Board sample = sampleBoard();
    EXPECT_FALSE(inverseOf(sample, ItemRaised{2, 1})) << "touching raises; undo leaves the stack alone";
    EXPECT_FALSE(inverseOf(sample, UnknownEvent{"card.glued", "{}", 1}));
    EXPECT_FALSE(inverseOf(sample, CardMoved{99, Pose{}, 1})) << "no card 99 to move back";
    EXPECT_FALSE(inverseOf(Board{}, SessionConfigured{4, 3, "x", 0})) << "nothing was configured before";
    EXPECT_FALSE(inverseOf(testing::configuredBoard(), PhaseStarted{0, "x", {}, 0, 0})) << "no phase before";
}

TEST(Undo, UndoingAMoveAfterLaterMovesStillReturnsToTheOldPose) {
    const Board before = sampleBoard();
    const Event move = CardMoved{2, Pose{{10, 10}, 0, 1}, 1};
    const Event undo = *inverseOf(before, move);
    Board board = before;
    applyOrFail(board, move);
    applyOrFail(board, CardMoved{2, Pose{{20, 20}, 0, 1}, 2});
    applyOrFail(board, undo);
    EXPECT_EQ(board.findCard(2)->pose, before.findCard(2)->pose);
}

} // namespace
} // namespace atelier::core
