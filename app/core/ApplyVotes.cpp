// apply() rules of dot voting: a seat has votesPerSeat dots; a dot on a deleted target comes back to it.
#include "core/ApplyRules.hpp"

namespace atelier::core::detail {
namespace {

Problem targetProblem(const Board& board, ItemId target) {
    if (const Card* card = board.findCard(target)) {
        if (card->deleted) {
            return "card " + std::to_string(target) + " is deleted";
        }
        return std::nullopt;
    }
    if (const Cluster* cluster = board.findCluster(target)) {
        if (cluster->dissolved) {
            return "cluster " + std::to_string(target) + " is dissolved";
        }
        return std::nullopt;
    }
    return missing(board, "card or cluster", target);
}

Problem dotsProblem(const Board& board, int seat) {
    if (board.dotsInUse(seat) >= board.votesPerSeat) {
        return "seat " + std::to_string(seat) + " has used all " + std::to_string(board.votesPerSeat) +
               " of its dots";
    }
    return std::nullopt;
}

/// The vote an event names, when this seat may change it (its own dot, or any dot for the facilitator).
Vote* ownVote(Board& board, ItemId id, int seat, std::string& why) {
    const auto found = board.votes.find(id);
    if (found == board.votes.end()) {
        why = missing(board, "vote", id);
        return nullptr;
    }
    if (seat != 0 && found->second.seat != seat) {
        why = "vote " + std::to_string(id) + " belongs to seat " + std::to_string(found->second.seat) +
              ", not seat " + std::to_string(seat);
        return nullptr;
    }
    return &found->second;
}

} // namespace

ApplyResult applyEvent(Board& board, const VoteCast& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Participant)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = newIdProblem(board, event.id)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = targetProblem(board, event.target)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = dotsProblem(board, event.seat)) {
        return rejected(std::move(*problem));
    }
    board.votes.emplace(event.id, Vote{event.id, event.seat, event.target, false});
    noteIdUsed(board, event.id);
    return accepted();
}

ApplyResult applyEvent(Board& board, const VoteWithdrawn& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Vote* vote = ownVote(board, event.id, event.seat, why);
    if (vote == nullptr) {
        return rejected(std::move(why));
    }
    if (vote->withdrawn) {
        return rejected("vote " + std::to_string(event.id) + " is already withdrawn");
    }
    vote->withdrawn = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const VoteRestored& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Vote* vote = ownVote(board, event.id, event.seat, why);
    if (vote == nullptr) {
        return rejected(std::move(why));
    }
    if (!vote->withdrawn) {
        return rejected("vote " + std::to_string(event.id) + " is not withdrawn");
    }
    // A dot whose target has gone since comes back dormant (it counts again if the target is restored);
    // a dot on a live target must fit in the seat's budget.
    if (board.isLiveVoteTarget(vote->target)) {
        if (Problem problem = dotsProblem(board, vote->seat)) {
            return rejected(std::move(*problem));
        }
    }
    vote->withdrawn = false;
    return accepted();
}

} // namespace atelier::core::detail
