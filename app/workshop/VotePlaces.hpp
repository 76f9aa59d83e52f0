// Where the dots already cast lie on their card or cluster, so that a seat can take its own dot back.
#pragma once

#include "core/Board.hpp"
#include "core/Geometry.hpp"
#include "core/VotePlacement.hpp"

#include <optional>

namespace atelier::workshop {

/// Touch target around a placed dot (docs/workshop.md: every target is ≥ 15 mm); neighbouring dots' targets
/// overlap, the nearest dot wins.
inline constexpr double kPlacedDotTargetMm = 15;

/// Where a live dot lies is core::votePlace: the same place the renderer paints it.

/// The live dot of `seat` (0: of any seat) whose target (kPlacedDotTargetMm square, turned with its card)
/// holds the point, the nearest when several do (the latest on a tie); kNoItem when none.
core::ItemId seatDotAt(const core::Board& board, int seat, core::Vec2 point);

} // namespace atelier::workshop
