// What the board holds for deciding (issue 20): the budget and criteria set-up, costs, coins and ratings.
#pragma once

#include "core/Ids.hpp"

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

namespace atelier::core {

/// How the session decides, from decision.configured: an envelope shared out as coins, and criteria.
/// Money is in whole euro cents (std::int64_t), never floating point. All zero/empty until configured.
struct DecisionSetup {
    std::int64_t envelopeCents = 0;    ///< the budget envelope; 0 = no envelope
    int coinsPerSeat = 0;              ///< coins each seat receives; 0 = no coins
    std::int64_t coinValueCents = 0;   ///< what one coin is worth
    std::vector<std::string> criteria; ///< names of the criteria rated 1..5 (empty, or 2..7 of them)
    bool seatsSetCosts = false;        ///< seats may set costs too (the facilitator always may)
    bool empty() const { return *this == DecisionSetup{}; }
    friend bool operator==(const DecisionSetup&, const DecisionSetup&) = default;
};

/// One coin a seat put on a costed card or cluster. Like a dot: withdrawn coins stay, flagged.
struct Coin {
    ItemId id = kNoItem;
    int seat = 0;            ///< the seat it belongs to (never the facilitator)
    ItemId target = kNoItem; ///< a card or a cluster with a cost
    bool withdrawn = false;  ///< back in its seat's purse; kept so that it can be restored
    friend bool operator==(const Coin&, const Coin&) = default;
};

/// Who rated what on which criterion: one rating per (item, seat, criterion), ordered in that order.
struct RatingKey {
    ItemId item = kNoItem; ///< a card or a cluster
    int seat = 0;          ///< 1..8
    int criterion = 0;     ///< index into DecisionSetup::criteria
    friend auto operator<=>(const RatingKey&, const RatingKey&) = default;
};

} // namespace atelier::core
