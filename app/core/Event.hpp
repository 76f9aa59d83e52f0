// Event: one struct per user action, the only way the board changes (see Apply.hpp).
#pragma once

#include "core/CardEvents.hpp"
#include "core/ClusterEvents.hpp"
#include "core/DecisionEvents.hpp"
#include "core/PhotoEvents.hpp"
#include "core/SessionEvents.hpp"
#include "core/StrokeEvents.hpp"
#include "core/VoteEvents.hpp"

#include <string>
#include <variant>

namespace atelier::core {

/// An event of a type this version does not know (written by a newer one): kept verbatim so that it is
/// never lost, skipped by apply.
struct UnknownEvent {
    std::string type;
    std::string payload;
    int seat = 0;
    friend bool operator==(const UnknownEvent&, const UnknownEvent&) = default;
};

/// Every action at the table. Each struct carries the acting seat (1..8, 0 = facilitator or system)
/// and, except UnknownEvent, its type name as kType. UnknownEvent stays last.
using Event = std::variant<SessionConfigured, PhaseStarted,                                        //
                           CardCreated, CardMoved, CardEdited, CardRecoloured, CardDeleted,        //
                           CardRestored, ItemRaised,                                               //
                           PhotoPlaced, PhotoMoved, PhotoRemoved, PhotoRestored,                   //
                           StrokeBegun, StrokeExtended, StrokeEnded, StrokeErased, StrokeRestored, //
                           ClusterFormed, ClusterRenamed, ClusterJoined, ClusterLeft,              //
                           ClusterDissolved, ClusterRestored,                                      //
                           VoteCast, VoteWithdrawn, VoteRestored,                                  //
                           CardHidden,                                                             //
                           SessionPaused, SessionResumed,                                          //
                           DecisionConfigured, CostSet, CoinPlaced, CoinWithdrawn, CoinRestored,   //
                           RatingGiven,                                                            //
                           UnknownEvent>;

} // namespace atelier::core
