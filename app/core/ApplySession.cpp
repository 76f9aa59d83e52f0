// apply() rules of session.configured, phase.started and UnknownEvent.
#include "core/ApplyRules.hpp"

#include "core/Limits.hpp"
#include "core/Utf8.hpp"

#include <algorithm>

namespace atelier::core::detail {
namespace {

/// The highest seat that authored a card, drew a stroke, cast a vote, placed a coin or rated (0 if none).
int highestSeatUsed(const Board& board) {
    int highest = 0;
    for (const auto& [id, card] : board.cards) {
        highest = std::max(highest, card.seat);
    }
    for (const auto& [id, stroke] : board.strokes) {
        highest = std::max(highest, stroke.seat);
    }
    for (const auto& [id, vote] : board.votes) {
        highest = std::max(highest, vote.seat);
    }
    for (const auto& [id, coin] : board.coins) {
        highest = std::max(highest, coin.seat);
    }
    for (const auto& [key, value] : board.ratings) {
        highest = std::max(highest, key.seat);
    }
    return highest;
}

} // namespace

ApplyResult applyEvent(Board& board, const SessionConfigured& event) {
    if (event.seat != 0) {
        return rejected("only the facilitator (seat 0) may configure the session, not seat " +
                        std::to_string(event.seat));
    }
    if (event.seatCount < kMinSeats || event.seatCount > kMaxSeats) {
        return rejected("a table has " + std::to_string(kMinSeats) + " to " + std::to_string(kMaxSeats) +
                        " seats, not " + std::to_string(event.seatCount));
    }
    if (event.votesPerSeat < 0 || event.votesPerSeat > kMaxVotesPerSeat) {
        return rejected("votes per seat must be 0.." + std::to_string(kMaxVotesPerSeat) + ", not " +
                        std::to_string(event.votesPerSeat));
    }
    if (Problem problem = textProblem(event.title, kMaxNameBytes, "the workshop title")) {
        return rejected(std::move(*problem));
    }
    if (board.configured() && event.seatCount < board.seatCount) {
        const int highest = highestSeatUsed(board);
        if (highest > event.seatCount) {
            return rejected("seat " + std::to_string(highest) +
                            " has items on the board, so the table cannot " + "shrink to " +
                            std::to_string(event.seatCount) + " seats");
        }
    }
    board.seatCount = event.seatCount;
    board.votesPerSeat = event.votesPerSeat;
    board.title = event.title;
    return accepted();
}

ApplyResult applyEvent(Board& board, const PhaseStarted& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Facilitator)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = phaseProblem(event.index, event.name, event.tools, event.durationS)) {
        return rejected(std::move(*problem));
    }
    board.phase = Phase{event.index, event.name, event.tools, event.durationS};
    return accepted();
}

ApplyResult applyEvent(Board& board, const SessionPaused& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Facilitator)) {
        return rejected(std::move(*problem));
    }
    if (board.paused) {
        return rejected("the table is already paused");
    }
    board.paused = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const SessionResumed& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Facilitator)) {
        return rejected(std::move(*problem));
    }
    if (!board.paused) {
        return rejected("the table is not paused");
    }
    board.paused = false;
    return accepted();
}

ApplyResult applyEvent(Board& /*board*/, const UnknownEvent& event) {
    return rejected("\"" + event.type + "\" is an event type from a newer version of Atelier; skipped");
}

} // namespace atelier::core::detail
