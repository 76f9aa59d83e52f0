// Events of deciding (issue 20): the budget and criteria set-up, costs, coins and ratings.
#pragma once

#include "core/Ids.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::core {

/// The facilitator set how the session decides (from the workshop definition): envelope, coins, criteria.
struct DecisionConfigured {
    static constexpr std::string_view kType = "decision.configured";
    std::int64_t envelopeCents = 0;    ///< 0..kMaxCents; 0 = no envelope
    int coinsPerSeat = 0;              ///< 0..kMaxCoinsPerSeat
    std::int64_t coinValueCents = 0;   ///< 0..kMaxCents; not 0 when coinsPerSeat is not 0
    std::vector<std::string> criteria; ///< empty, or kMinCriteria..kMaxCriteria names
    bool seatsSetCosts = false;        ///< seats may set costs
    int seat = 0;                      ///< always 0
    friend bool operator==(const DecisionConfigured&, const DecisionConfigured&) = default;
};

/// Someone set (or, with 0, cleared) the estimated cost of a card or a cluster.
struct CostSet {
    static constexpr std::string_view kType = "cost.set";
    ItemId item = kNoItem;
    std::int64_t cents = 0; ///< 0..kMaxCents; 0 clears the cost
    int seat = 0;           ///< 0 (facilitator) or a seat when the set-up lets seats set costs
    friend bool operator==(const CostSet&, const CostSet&) = default;
};

/// A seat put one of its coins on a costed card or cluster not yet funded.
struct CoinPlaced {
    static constexpr std::string_view kType = "coin.placed";
    ItemId id = kNoItem; ///< the new coin's id
    ItemId target = kNoItem;
    int seat = 0; ///< 1..8
    friend bool operator==(const CoinPlaced&, const CoinPlaced&) = default;
};

/// A coin went back to its seat's purse.
struct CoinWithdrawn {
    static constexpr std::string_view kType = "coin.withdrawn";
    ItemId id = kNoItem;
    int seat = 0; ///< the coin's seat, or 0
    friend bool operator==(const CoinWithdrawn&, const CoinWithdrawn&) = default;
};

/// A withdrawn coin went back where it was (undo of a withdrawal).
struct CoinRestored {
    static constexpr std::string_view kType = "coin.restored";
    ItemId id = kNoItem;
    int seat = 0; ///< the coin's seat, or 0
    friend bool operator==(const CoinRestored&, const CoinRestored&) = default;
};

/// A seat rated a card or a cluster on one criterion (value 1..5), or took its rating back (value 0).
struct RatingGiven {
    static constexpr std::string_view kType = "rating.given";
    ItemId item = kNoItem;
    int criterion = 0; ///< index into the set-up's criteria
    int value = 0;     ///< 1..5; 0 removes this seat's rating
    int seat = 0;      ///< 1..8
    friend bool operator==(const RatingGiven&, const RatingGiven&) = default;
};

} // namespace atelier::core
