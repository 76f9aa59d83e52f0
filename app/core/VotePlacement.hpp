// Where a cast vote dot lies and how big it is: one layout for what is painted and what a finger can take.
#pragma once

#include "core/Board.hpp"
#include "core/Geometry.hpp"

#include <cstddef>
#include <optional>

namespace atelier::core {

/// A dot on a card: a disc of this radius (card frame, scaled with the card) with a white ring.
inline constexpr double kVoteDotRadiusMm = 3.0;
inline constexpr double kVoteDotRingMm = 0.6;
/// From the card's bottom edge to the dots' centres.
inline constexpr double kVoteDotInsetMm = 3.6;
/// Between neighbouring dots' centres, when there is room; a long row on a card closes up instead.
inline constexpr double kVoteDotSpacingMm = 7.0;
/// Kept free at each end of a card's row (the card's rounded corners).
inline constexpr double kVoteDotEndMarginMm = 3.0;

/// A cluster's outline lies this far around its cards' box; its label sits on the outline's top edge,
/// this far from its left end, in a slot of this size (the label's touch target).
inline constexpr double kClusterOutlineMarginMm = 7;
inline constexpr double kClusterLabelIndentMm = 8;
inline constexpr Size kClusterLabelSlotMm{60, 16};

/// Where a live dot lies on the table.
struct VoteDotPlace {
    Vec2 centre;         ///< table mm
    double radiusMm = 0; ///< table mm (a card's dots scale with the card)
    double rotation = 0; ///< its target's rotation (a cluster's is 0)
};

/// The order of the dots on one target: grouped by seat (ascending), then by vote id.
bool dotComesBefore(const Vote& a, const Vote& b) noexcept;

/// Centre of dot `index` of `count` on a card of `size`, in the card's frame (mm, origin at its centre,
/// y towards its bottom edge, before scaling): a row centred along the bottom edge, kVoteDotSpacingMm apart,
/// closing up so that it stays between the corners when many.
Vec2 cardDotOffset(Size size, std::size_t index, std::size_t count) noexcept;

/// Where a dot lies: on a card, in the row along its bottom edge (turning and scaling with the card); on a
/// cluster, in a row along its outline's top edge, right of the label's slot. None for a withdrawn dot or one
/// whose target is gone (or a cluster with no live card).
std::optional<VoteDotPlace> votePlace(const Board& board, const Vote& vote);

} // namespace atelier::core
