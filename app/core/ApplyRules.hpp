// Internal to apply: the checks shared by every family of events, and one apply overload per event.
#pragma once

#include "core/Apply.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::core::detail {

/// Who may act through an event.
enum class Actor {
    Facilitator, ///< seat 0 only (configuration, phases)
    Anyone,      ///< seat 0 or a seat of the table
    Participant, ///< a seat of the table, never 0 (pens, votes)
};

/// A problem found while checking an event, or nothing.
using Problem = std::optional<std::string>;

/// A refusal with its reason.
ApplyResult rejected(std::string reason);

/// Success.
ApplyResult accepted();

/// Checks that the session is configured and that this seat may act this way.
Problem seatProblem(const Board& board, int seat, Actor actor);

/// Checks that a creating event's id is usable: not 0, not above kMaxItemId, not used by any item.
Problem newIdProblem(const Board& board, ItemId id);

/// Checks a pose (finite, on the 100 m table range, scale within limits) as it will be once snapped.
Problem poseProblem(const Pose& pose);

/// Checks a card or photo size as it will be once snapped.
Problem sizeProblem(const Size& size);

/// Checks points (count within limits, each finite and within range) as they will be once snapped.
Problem pointsProblem(const std::vector<Vec2>& points);

/// Checks a phase's name, index, tools and duration (phase.started, and snapshots).
Problem phaseProblem(int index, std::string_view name, const std::vector<std::string>& tools, int durationS);

/// A pose snapped to the board's grids.
Pose quantised(const Pose& pose);

/// A size snapped to the board's grid.
Size quantised(const Size& size);

/// Snaps and appends points.
void appendQuantised(std::vector<Vec2>& destination, const std::vector<Vec2>& points);

/// "card 12 does not exist" / "id 12 is a photo, not a card".
std::string missing(const Board& board, std::string_view kind, ItemId id);

/// Raises nextId past a newly used id.
void noteIdUsed(Board& board, ItemId id);

/// session.configured.
ApplyResult applyEvent(Board& board, const SessionConfigured& event);
/// phase.started.
ApplyResult applyEvent(Board& board, const PhaseStarted& event);
ApplyResult applyEvent(Board& board, const SessionPaused& event);
ApplyResult applyEvent(Board& board, const SessionResumed& event);
/// card.created.
ApplyResult applyEvent(Board& board, const CardCreated& event);
/// card.moved.
ApplyResult applyEvent(Board& board, const CardMoved& event);
/// card.edited.
ApplyResult applyEvent(Board& board, const CardEdited& event);
/// card.recoloured.
ApplyResult applyEvent(Board& board, const CardRecoloured& event);
/// card.deleted.
ApplyResult applyEvent(Board& board, const CardDeleted& event);
/// card.restored.
ApplyResult applyEvent(Board& board, const CardRestored& event);
/// card.hidden.
ApplyResult applyEvent(Board& board, const CardHidden& event);
/// item.raised.
ApplyResult applyEvent(Board& board, const ItemRaised& event);
/// photo.placed.
ApplyResult applyEvent(Board& board, const PhotoPlaced& event);
/// photo.moved.
ApplyResult applyEvent(Board& board, const PhotoMoved& event);
/// photo.removed.
ApplyResult applyEvent(Board& board, const PhotoRemoved& event);
/// photo.restored.
ApplyResult applyEvent(Board& board, const PhotoRestored& event);
/// stroke.begun.
ApplyResult applyEvent(Board& board, const StrokeBegun& event);
/// stroke.extended.
ApplyResult applyEvent(Board& board, const StrokeExtended& event);
/// stroke.ended.
ApplyResult applyEvent(Board& board, const StrokeEnded& event);
/// stroke.erased.
ApplyResult applyEvent(Board& board, const StrokeErased& event);
/// stroke.restored.
ApplyResult applyEvent(Board& board, const StrokeRestored& event);
/// cluster.formed.
ApplyResult applyEvent(Board& board, const ClusterFormed& event);
/// cluster.renamed.
ApplyResult applyEvent(Board& board, const ClusterRenamed& event);
/// cluster.joined.
ApplyResult applyEvent(Board& board, const ClusterJoined& event);
/// cluster.left.
ApplyResult applyEvent(Board& board, const ClusterLeft& event);
/// cluster.dissolved.
ApplyResult applyEvent(Board& board, const ClusterDissolved& event);
/// cluster.restored.
ApplyResult applyEvent(Board& board, const ClusterRestored& event);
/// vote.cast.
ApplyResult applyEvent(Board& board, const VoteCast& event);
/// vote.withdrawn.
ApplyResult applyEvent(Board& board, const VoteWithdrawn& event);
/// vote.restored.
ApplyResult applyEvent(Board& board, const VoteRestored& event);
/// decision.configured.
ApplyResult applyEvent(Board& board, const DecisionConfigured& event);
/// cost.set.
ApplyResult applyEvent(Board& board, const CostSet& event);
/// coin.placed.
ApplyResult applyEvent(Board& board, const CoinPlaced& event);
/// coin.withdrawn.
ApplyResult applyEvent(Board& board, const CoinWithdrawn& event);
/// coin.restored.
ApplyResult applyEvent(Board& board, const CoinRestored& event);
/// rating.given.
ApplyResult applyEvent(Board& board, const RatingGiven& event);
/// An event of a newer version: never applied.
ApplyResult applyEvent(Board& board, const UnknownEvent& event);

} // namespace atelier::core::detail
