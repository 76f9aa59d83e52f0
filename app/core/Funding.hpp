// The funding rule of deciding: costs, coins and what is funded within the envelope. Integer cents only.
#pragma once

#include "core/Board.hpp"

#include <cstdint>
#include <vector>

namespace atelier::core {

/// The cost in cents of a live card or cluster, 0 when it has none (or is deleted or dissolved).
std::int64_t costOf(const Board& board, ItemId item);

/// Coins this seat has placed (not withdrawn) on live targets; a coin on a deleted card comes back.
int coinsInUse(const Board& board, int seat);

/// Coins this seat may still place (what its purse shows).
int coinsLeft(const Board& board, int seat);

/// Coins (not withdrawn) on this item, if it is live; 0 otherwise.
int coinsOn(const Board& board, ItemId item);

/// The money the coins on this item stand for: coinsOn × coin value.
std::int64_t pledgedCents(const Board& board, ItemId item);

/// True when the item is live, has a cost, and its coins reach that cost (pledged ≥ cost, exactly).
bool isFunded(const Board& board, ItemId item);

/// The money every seat's coins in use stand for (how much of the envelope is placed).
std::int64_t placedCents(const Board& board);

/// One costed proposal in the funding summary.
struct FundingLine {
    ItemId item = kNoItem;
    bool cluster = false;       ///< a cluster (else a card)
    std::int64_t costCents = 0; ///< its cost
    int coins = 0;              ///< coins on it
    std::int64_t pledgedCents = 0;
    bool funded = false;         ///< pledged ≥ cost
    bool withinEnvelope = false; ///< funded and kept in the funded set within the envelope
    friend bool operator==(const FundingLine&, const FundingLine&) = default;
};

/// The outcome of the budget phase.
struct FundingSummary {
    std::vector<FundingLine> lines;   ///< every live costed card and cluster, ascending ids
    std::int64_t envelopeCents = 0;   ///< from the set-up; 0 = no envelope
    std::int64_t placedCents = 0;     ///< see placedCents()
    std::int64_t fundedCostCents = 0; ///< summed cost of the funded set within the envelope
    std::vector<ItemId> fundedSet;    ///< the funded set within the envelope, in the order it was filled
    friend bool operator==(const FundingSummary&, const FundingSummary&) = default;
};

/// The funded set within the envelope: funded proposals taken most-pledged first (then cheaper first,
/// then ascending id), each kept when its cost still fits in what is left of the envelope (skipped, not
/// stopping, when it does not). With no envelope every funded proposal is kept.
FundingSummary fundingOf(const Board& board);

} // namespace atelier::core
