// Pure geometry of clusters: which cards a lasso holds, where a cluster lies and its label, suggested groups.
#pragma once

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "core/Geometry.hpp"
#include "core/VotePlacement.hpp"

#include <optional>
#include <string>
#include <vector>

namespace atelier::workshop {

/// Margin of a cluster's soft outline around its cards (the renderer draws it there): a card dropped within
/// it joins the cluster.
inline constexpr double kClusterMarginMm = core::kClusterOutlineMarginMm;

/// An axis-aligned box on the table.
struct TableBox {
    core::Vec2 min; ///< top-left
    core::Vec2 max; ///< bottom-right
    /// True when the point lies inside, grown by `growMm`.
    bool contains(core::Vec2 point, double growMm = 0) const {
        return point.x >= min.x - growMm && point.x <= max.x + growMm && point.y >= min.y - growMm &&
               point.y <= max.y + growMm;
    }
};

/// Where a cluster's label lies: a touch target at its outline's top-left corner, where the name is drawn.
struct LabelPlace {
    core::Pose pose;
    core::Size size;
};

/// True when a traced path closes a loop: long enough, and its ends closer than a quarter of its length
/// (at least 60 mm), so a stroke across the table is not a lasso.
bool lassoCloses(const std::vector<core::Vec2>& path);

/// The live idea cards (not deleted, not the facilitator's prompts) whose centre lies inside the closed path,
/// ascending by id; none when the path does not close.
std::vector<core::ItemId> cardsInLasso(const core::Board& board, const std::vector<core::Vec2>& path);

/// The box around a cluster's live cards (their rotated corners), leaving out `without`; none when no card
/// is left.
std::optional<TableBox> clusterBox(const core::Board& board, const core::Cluster& cluster,
                                   core::ItemId without = core::kNoItem);

/// The live cluster whose outline (box grown by kClusterMarginMm, computed without `without`) holds the
/// point, the smallest when several do; kNoItem when none.
core::ItemId clusterAt(const core::Board& board, core::Vec2 point, core::ItemId without = core::kNoItem);

/// The live cluster a card lies on (leaving the card itself out of every box): its box overlaps the outline
/// of the cluster's other cards, the overlap largest when several do; kNoItem when none. A card dropped so
/// that it touches a cluster's outline joins it; one dragged clear of its cluster's outline leaves it.
core::ItemId clusterTouching(const core::Board& board, core::ItemId card);

/// The label's place of a live cluster with live cards; none otherwise.
std::optional<LabelPlace> clusterLabelPlace(const core::Board& board, const core::Cluster& cluster);

/// The live cluster whose label lies under the point, or kNoItem.
core::ItemId clusterLabelAt(const core::Board& board, core::Vec2 point);

/// 1 for the session's first cluster, counting dissolved ones (as the label on the table numbers an
/// unnamed group, "Groupe 3", all session); 0 for an id that is no cluster.
int clusterNumber(const core::Board& board, core::ItemId cluster);

/// The ranking as lines to show on the table (at most `count`): "1.  ×3  text of the card" ("[name]" for
/// a cluster, "[Groupe 2]" in `language` while unnamed, as its label reads), texts cut to `maxCharacters`
/// with "…". Only items with dots.
std::vector<std::string> rankingLines(const core::Board& board, std::size_t count, std::size_t maxCharacters,
                                      core::Language language);

/// How many items with dots tie with the last of the first `count` lines of rankingLines but do not fit
/// in them (the table shows "+N" under the lines, so no tied item is hidden without a sign).
int rankingTiedBeyond(const core::Board& board, std::size_t count);

/// "Suggest clusters": groups of free live idea cards by single linkage — two cards whose centres lie within
/// `distanceMm` of each other are in the same group, and so on transitively. Only groups of two or more,
/// each ascending by id, ordered by their first id.
std::vector<std::vector<core::ItemId>> suggestClusters(const core::Board& board, double distanceMm);

} // namespace atelier::workshop
