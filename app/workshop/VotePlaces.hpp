// Where the dots already cast lie on their card or cluster, so that a seat can take its own dot back.
#pragma once

#include "core/Board.hpp"
#include "core/Geometry.hpp"

#include <optional>

namespace atelier::workshop {

/// Diameter of a dot drawn on a card or a cluster.
inline constexpr double kPlacedDotMm = 10;

/// Where a live dot lies: in a row along its card's bottom edge, inside it (turned and scaled with the card),
/// in the order of the votes' ids, wrapping to a row above when the card is full; on a cluster, along its
/// outline's top edge, right of its label. None for a withdrawn dot or one whose target is gone.
std::optional<core::Vec2> votePlace(const core::Board& board, const core::Vote& vote);

/// The live dot of `seat` (0: of any seat) under the point (a 15 mm target around each dot), the latest when
/// several are; kNoItem when none.
core::ItemId seatDotAt(const core::Board& board, int seat, core::Vec2 point);

} // namespace atelier::workshop
