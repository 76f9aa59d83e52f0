// apply() rules of deciding: the set-up, costs, coins (like dots, but on costed proposals and never past
// their cost) and criteria ratings. Money is whole cents.
#include "core/ApplyRules.hpp"

#include "core/Funding.hpp"
#include "core/Limits.hpp"
#include "core/Utf8.hpp"

namespace atelier::core::detail {
namespace {

std::string euros(std::int64_t cents) {
    return std::to_string(cents / 100) +
           (cents % 100 == 0 ? "" : "." + std::to_string(100 + cents % 100).substr(1)) + " €";
}

Problem centsProblem(std::int64_t cents, std::string_view what) {
    if (cents < 0 || cents > kMaxCents) {
        return std::string(what) + " must be 0 to " + euros(kMaxCents) + " in cents, not " +
               std::to_string(cents);
    }
    return std::nullopt;
}

/// A live card or cluster a cost, coin or rating may name.
Problem proposalProblem(const Board& board, ItemId item) {
    if (const Card* card = board.findCard(item)) {
        return card->deleted ? Problem("card " + std::to_string(item) + " is deleted") : std::nullopt;
    }
    if (const Cluster* cluster = board.findCluster(item)) {
        return cluster->dissolved ? Problem("cluster " + std::to_string(item) + " is dissolved")
                                  : std::nullopt;
    }
    return missing(board, "card or cluster", item);
}

Problem criteriaProblem(const std::vector<std::string>& criteria) {
    const auto count = static_cast<int>(criteria.size());
    if (count != 0 && (count < kMinCriteria || count > kMaxCriteria)) {
        return "a set-up has no criteria or " + std::to_string(kMinCriteria) + " to " +
               std::to_string(kMaxCriteria) + " of them, not " + std::to_string(count);
    }
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        if (criteria[i].empty()) {
            return "criterion " + std::to_string(i) + " has no name";
        }
        if (Problem problem = textProblem(criteria[i], kMaxNameBytes, "a criterion name")) {
            return problem;
        }
    }
    return std::nullopt;
}

/// What a new set-up would leave inconsistent: a seat holding more coins than it would have, a rating on
/// a criterion that would no longer exist.
Problem shrinkProblem(const Board& board, const DecisionConfigured& event) {
    for (int seat = 1; seat <= board.seatCount; ++seat) {
        if (coinsInUse(board, seat) > event.coinsPerSeat) {
            return "seat " + std::to_string(seat) + " has " + std::to_string(coinsInUse(board, seat)) +
                   " coins placed, more than " + std::to_string(event.coinsPerSeat);
        }
    }
    for (const auto& [key, value] : board.ratings) {
        if (key.criterion >= static_cast<int>(event.criteria.size())) {
            return "criterion " + std::to_string(key.criterion) + " has ratings, so it cannot go";
        }
    }
    if (!board.coins.empty() && event.coinValueCents != board.decision.coinValueCents) {
        return "coins are on the table, so their value cannot change";
    }
    return std::nullopt;
}

Problem setupProblem(const Board& board, const DecisionConfigured& event) {
    if (Problem problem = centsProblem(event.envelopeCents, "the envelope")) {
        return problem;
    }
    if (Problem problem = centsProblem(event.coinValueCents, "a coin's value")) {
        return problem;
    }
    if (event.coinsPerSeat < 0 || event.coinsPerSeat > kMaxCoinsPerSeat) {
        return "coins per seat must be 0.." + std::to_string(kMaxCoinsPerSeat) + ", not " +
               std::to_string(event.coinsPerSeat);
    }
    if (event.coinsPerSeat > 0 && event.coinValueCents == 0) {
        return std::string("coins need a value above 0");
    }
    if (Problem problem = criteriaProblem(event.criteria)) {
        return problem;
    }
    return shrinkProblem(board, event);
}

/// The coin an event names, when this seat may change it (its own coin, or any coin for the facilitator).
Coin* ownCoin(Board& board, ItemId id, int seat, std::string& why) {
    const auto found = board.coins.find(id);
    if (found == board.coins.end()) {
        why = missing(board, "coin", id);
        return nullptr;
    }
    if (seat != 0 && found->second.seat != seat) {
        why = "coin " + std::to_string(id) + " belongs to seat " + std::to_string(found->second.seat) +
              ", not seat " + std::to_string(seat);
        return nullptr;
    }
    return &found->second;
}

/// A coin this seat may add to this target now: the seat has one left, the target has a cost and is not
/// funded yet (over-commitment is impossible: a seat has only its coins, a proposal needs only its cost).
Problem coinProblem(const Board& board, int seat, ItemId target) {
    if (coinsInUse(board, seat) >= board.decision.coinsPerSeat) {
        return "seat " + std::to_string(seat) + " has placed all " +
               std::to_string(board.decision.coinsPerSeat) + " of its coins";
    }
    if (costOf(board, target) == 0) {
        return std::string(board.kindOf(target)) + " " + std::to_string(target) +
               " has no cost yet, so it cannot take coins";
    }
    if (isFunded(board, target)) {
        return std::string(board.kindOf(target)) + " " + std::to_string(target) + " is already funded";
    }
    return std::nullopt;
}

} // namespace

ApplyResult applyEvent(Board& board, const DecisionConfigured& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Facilitator)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = setupProblem(board, event)) {
        return rejected(std::move(*problem));
    }
    board.decision = DecisionSetup{event.envelopeCents, event.coinsPerSeat, event.coinValueCents,
                                   event.criteria, event.seatsSetCosts};
    return accepted();
}

ApplyResult applyEvent(Board& board, const CostSet& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    if (event.seat != 0 && !board.decision.seatsSetCosts) {
        return rejected("only the facilitator sets costs in this workshop, not seat " +
                        std::to_string(event.seat));
    }
    if (Problem problem = proposalProblem(board, event.item)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = centsProblem(event.cents, "a cost")) {
        return rejected(std::move(*problem));
    }
    if (event.cents == 0) {
        board.costs.erase(event.item);
    } else {
        board.costs[event.item] = event.cents;
    }
    return accepted();
}

ApplyResult applyEvent(Board& board, const CoinPlaced& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Participant)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = newIdProblem(board, event.id)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = proposalProblem(board, event.target)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = coinProblem(board, event.seat, event.target)) {
        return rejected(std::move(*problem));
    }
    board.coins.emplace(event.id, Coin{event.id, event.seat, event.target, false});
    noteIdUsed(board, event.id);
    return accepted();
}

ApplyResult applyEvent(Board& board, const CoinWithdrawn& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Coin* coin = ownCoin(board, event.id, event.seat, why);
    if (coin == nullptr) {
        return rejected(std::move(why));
    }
    if (coin->withdrawn) {
        return rejected("coin " + std::to_string(event.id) + " is already withdrawn");
    }
    coin->withdrawn = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const CoinRestored& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Coin* coin = ownCoin(board, event.id, event.seat, why);
    if (coin == nullptr) {
        return rejected(std::move(why));
    }
    if (!coin->withdrawn) {
        return rejected("coin " + std::to_string(event.id) + " is not withdrawn");
    }
    // A coin whose target has gone since comes back dormant, like a dot; on a live target it must fit.
    if (board.isLiveVoteTarget(coin->target)) {
        if (Problem problem = coinProblem(board, coin->seat, coin->target)) {
            return rejected(std::move(*problem));
        }
    }
    coin->withdrawn = false;
    return accepted();
}

ApplyResult applyEvent(Board& board, const RatingGiven& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Participant)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = proposalProblem(board, event.item)) {
        return rejected(std::move(*problem));
    }
    const auto criteria = static_cast<int>(board.decision.criteria.size());
    if (event.criterion < 0 || event.criterion >= criteria) {
        return rejected(criteria == 0 ? std::string("this session has no criteria to rate")
                                      : "criterion " + std::to_string(event.criterion) +
                                            " is not one of the " + std::to_string(criteria) + " criteria");
    }
    if (event.value < 0 || event.value > kMaxRating) {
        return rejected("a rating is 1 to " + std::to_string(kMaxRating) + " (0 takes it back), not " +
                        std::to_string(event.value));
    }
    const RatingKey key{event.item, event.seat, event.criterion};
    if (event.value == 0) {
        board.ratings.erase(key);
    } else {
        board.ratings[key] = event.value;
    }
    return accepted();
}

} // namespace atelier::core::detail
