// Places of the dots on cards (a row along the bottom edge) and clusters (beside the label).
#include "workshop/VotePlaces.hpp"

#include "workshop/Clustering.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::workshop {
namespace {

/// Centre-to-centre distance of two placed dots.
constexpr double kPitchMm = 12;
/// Touch target around a placed dot (DESIGN: targets are ≥ 15 mm).
constexpr double kTargetMm = 15;

} // namespace

std::optional<core::Vec2> votePlace(const core::Board& board, const core::Vote& vote) {
    if (vote.withdrawn || !board.isLiveVoteTarget(vote.target)) {
        return std::nullopt;
    }
    int index = 0; // live dots on the same target before this one
    for (const auto& [id, other] : board.votes) {
        if (id == vote.id) {
            break;
        }
        if (!other.withdrawn && other.target == vote.target) {
            ++index;
        }
    }
    if (const core::Card* card = board.findCard(vote.target)) {
        const double usable = std::max(kPitchMm, card->size.width - kPitchMm);
        const int perRow = std::max(1, static_cast<int>(usable / kPitchMm));
        const double x = -card->size.width / 2 + kPitchMm * 0.75 + (index % perRow) * kPitchMm;
        const double y = card->size.height / 2 - kPitchMm * 0.75 - (index / perRow) * kPitchMm;
        return core::localToTable(card->pose, core::Vec2{x, y});
    }
    const core::Cluster* cluster = board.findCluster(vote.target);
    const std::optional<LabelPlace> label =
        cluster != nullptr ? clusterLabelPlace(board, *cluster) : std::nullopt;
    if (!label) {
        return std::nullopt;
    }
    return core::Vec2{label->pose.centre.x + label->size.width / 2 + kPitchMm * 0.75 + index * kPitchMm,
                      label->pose.centre.y};
}

core::ItemId seatDotAt(const core::Board& board, int seat, core::Vec2 point) {
    core::ItemId found = core::kNoItem;
    for (const auto& [id, vote] : board.votes) {
        if (seat != 0 && vote.seat != seat) {
            continue;
        }
        const std::optional<core::Vec2> place = votePlace(board, vote);
        if (place && std::abs(place->x - point.x) <= kTargetMm / 2 &&
            std::abs(place->y - point.y) <= kTargetMm / 2) {
            found = id;
        }
    }
    return found;
}

} // namespace atelier::workshop
