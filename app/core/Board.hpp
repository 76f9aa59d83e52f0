// The board: everything on the table at one moment, as a plain value.
#pragma once

#include "core/Card.hpp"
#include "core/Cluster.hpp"
#include "core/Decision.hpp"
#include "core/Ids.hpp"
#include "core/Phase.hpp"
#include "core/Photo.hpp"
#include "core/Stroke.hpp"
#include "core/Vote.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace atelier::core {

/// The whole state of a session, as a plain copyable value. Only apply() changes it; renderers read it.
/// Maps are keyed by id so that iteration (and thus encoding and hashing) is deterministic.
/// Deleted, erased, dissolved and withdrawn items stay, flagged, so that they can be restored.
struct Board {
    std::string title;                    ///< workshop title from session.configured
    int seatCount = 0;                    ///< 2..8; 0 until session.configured
    int votesPerSeat = 0;                 ///< dots each seat may place
    Phase phase;                          ///< the current phase; index -1 before the first
    bool paused = false;                  ///< the facilitator paused the table (session.paused): no seat acts
    std::uint64_t zCounter = 0;           ///< the highest z given to a card or photo so far
    ItemId nextId = 1;                    ///< one more than the highest id ever used
    std::map<ItemId, Card> cards;         ///< idea cards, prompt cards included
    std::map<ItemId, Photo> photos;       ///< site photos
    std::map<ItemId, Stroke> strokes;     ///< pen strokes, on photos or on the board
    std::map<ItemId, Cluster> clusters;   ///< named groups of cards
    std::map<ItemId, Vote> votes;         ///< voting dots
    DecisionSetup decision;               ///< envelope, coins and criteria (decision.configured)
    std::map<ItemId, std::int64_t> costs; ///< estimated cost in cents (> 0) of a card or cluster
    std::map<ItemId, Coin> coins;         ///< budget coins placed on costed proposals
    std::map<RatingKey, int> ratings;     ///< criteria ratings 1..5, one per (item, seat, criterion)

    /// True once session.configured has been applied; every other event needs it.
    bool configured() const { return seatCount != 0; }

    /// The kind of item holding this id ("card", "photo", "stroke", "cluster", "vote", "coin"), or empty.
    std::string_view kindOf(ItemId id) const;

    /// The card with this id, deleted or not, or nullptr.
    const Card* findCard(ItemId id) const;

    /// The photo with this id, removed or not, or nullptr.
    const Photo* findPhoto(ItemId id) const;

    /// The stroke with this id, erased or not, or nullptr.
    const Stroke* findStroke(ItemId id) const;

    /// The cluster with this id, dissolved or not, or nullptr.
    const Cluster* findCluster(ItemId id) const;

    /// The vote with this id, withdrawn or not, or nullptr.
    const Vote* findVote(ItemId id) const;

    /// The coin with this id, withdrawn or not, or nullptr.
    const Coin* findCoin(ItemId id) const;

    /// True when the board holds anything of deciding (set-up, costs, coins or ratings); snapshots write
    /// that part only then, so boards of sessions that never decided keep their bytes and hashes.
    bool hasDecision() const {
        return !decision.empty() || !costs.empty() || !coins.empty() || !ratings.empty();
    }

    /// The cluster (not dissolved) the card belongs to, or kNoItem: a card is in at most one.
    ItemId clusterOf(ItemId card) const;

    /// True when a vote can point at this id now: a card not deleted or a cluster not dissolved.
    bool isLiveVoteTarget(ItemId id) const;

    /// Dots the seat has placed (not withdrawn) on live targets; a dot on a deleted card comes back.
    int dotsInUse(int seat) const;

    /// Dots the seat may still place (what its dock shows).
    int dotsLeft(int seat) const { return votesPerSeat - dotsInUse(seat); }

    friend bool operator==(const Board&, const Board&) = default;
};

} // namespace atelier::core
