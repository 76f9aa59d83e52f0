// The result of dot voting: cards and clusters ordered by the dots on them (the table and exports show it).
#pragma once

#include "core/Board.hpp"
#include "core/Ids.hpp"

#include <vector>

namespace atelier::core {

/// One line of the ranking.
struct RankedItem {
    enum class Kind { Card, Cluster };
    Kind kind = Kind::Card;
    ItemId id = kNoItem;
    int votes = 0; ///< dots on it now (withdrawn dots do not count); a cluster's include its cards'
    int rank = 1;  ///< 1 for the most voted; items with as many dots share a rank (1, 1, 3)
    friend bool operator==(const RankedItem&, const RankedItem&) = default;
};

/// Every live cluster and live idea card (not deleted, not a facilitator's prompt), most dots first; ties
/// keep clusters before cards, then ascending ids, so the order is the same on every machine. A cluster
/// scores the dots on its label plus those on its live cards (each card also keeps its own line).
std::vector<RankedItem> rankByVotes(const Board& board);

} // namespace atelier::core
