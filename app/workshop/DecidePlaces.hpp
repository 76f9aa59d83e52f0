// Where a proposal's cost tag, coins and criteria chart lie: one layout for what is painted and touched.
#pragma once

#include "core/Board.hpp"
#include "core/Geometry.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace atelier::workshop {

/// A coin on a proposal: a disc of this diameter; its touch target is the 15 mm square around it.
inline constexpr double kPlacedCoinMm = 10;
inline constexpr double kPlacedCoinTargetMm = 15;
/// The cost tag: a label of this size at the proposal's top-right corner (a 15 mm+ target), wide enough for
/// "45 000 € / 50 000 €" in 4 mm capitals.
inline constexpr core::Size kCostTagSize{56, 15};
/// The criteria chart: one row per criterion, this tall (its name and mean in 4 mm capitals), this wide
/// (name, bar at 5/5, mean).
inline constexpr double kChartBarMm = 6;
inline constexpr double kChartWidthMm = 56;

/// A proposal's frame on the table: a cluster's outline (unturned), or a card's box (turned and scaled).
struct ProposalFrame {
    core::Pose pose; ///< centre and rotation; scale 1 (size is already scaled)
    core::Size size;
};

/// The frame of a live card or a live cluster with live cards; none otherwise.
std::optional<ProposalFrame> proposalFrame(const core::Board& board, core::ItemId item);

/// Where the cost tag lies: straddling the frame's top edge at its right end, facing as the frame does.
core::Pose costTagPose(const ProposalFrame& frame);

/// Where the criteria chart lies (its centre): right of the frame, its top level with the frame's top.
core::Pose chartPose(const ProposalFrame& frame, std::size_t criteria);
/// The chart's size for this many criteria (a title band, then one bar per criterion).
core::Size chartSize(std::size_t criteria);

/// One placed coin: where it lies.
struct CoinPlace {
    core::ItemId coin = core::kNoItem;
    int seat = 0;
    core::Vec2 centre;
    double rotation = 0;
};

/// Where each live coin lies: on its proposal, in rows along the bottom edge (a cluster's outline, or just
/// below a card), grouped by seat then by id, wrapping inwards when a row is full.
std::vector<CoinPlace> coinPlaces(const core::Board& board);

/// The live proposal (a card or a cluster, costed or not) under a point: a card (its cluster's cost when only
/// the cluster has one), a cluster's cost tag, label or outline; kNoItem when none.
core::ItemId proposalAt(const core::Board& board, core::Vec2 point);

/// The live coin of `seat` (0: any seat) whose target holds the point, the nearest when several; kNoItem.
core::ItemId coinAt(const core::Board& board, int seat, core::Vec2 point);

/// The proposal whose cost tag holds the point, or kNoItem.
core::ItemId costTagAt(const core::Board& board, core::Vec2 point);

/// The items that show a cost tag now: every live cluster, and every live card out of clusters (idea cards,
/// not the facilitator's prompts); ascending ids.
std::vector<core::ItemId> proposals(const core::Board& board);

} // namespace atelier::workshop
