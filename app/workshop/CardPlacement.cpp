// Spots for new cards and duplicates, and the corner zone of a card.
#include "workshop/CardPlacement.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::workshop {
namespace {

/// How many spots along the edge a new card tries: the base, then alternately right and left of it.
constexpr int kSpotsTried = 7;

double distance(core::Vec2 a, core::Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

core::Pose freeCardSpot(const core::Pose& base, const std::vector<core::Vec2>& occupied,
                        core::Vec2 surfaceMm) {
    const double margin = dims::kCardSize.width / 2;
    for (int step = 0; step < kSpotsTried; ++step) {
        const double along = (step % 2 == 1 ? 1.0 : -1.0) * ((step + 1) / 2) * dims::kNewCardStepMm;
        core::Pose candidate = base;
        candidate.centre = core::localToTable(base, core::Vec2{along, 0});
        const bool onTable = candidate.centre.x > margin && candidate.centre.x < surfaceMm.x - margin &&
                             candidate.centre.y > margin && candidate.centre.y < surfaceMm.y - margin;
        const bool covered = std::any_of(occupied.begin(), occupied.end(), [&](core::Vec2 centre) {
            return distance(centre, candidate.centre) < dims::kCardSpacingMm;
        });
        if (onTable && !covered) {
            return candidate;
        }
    }
    return base;
}

core::Pose duplicatePose(const core::Card& original, const Seat& seat, core::Vec2 surfaceMm) {
    const core::Vec2 offset = core::localToTable(
        core::Pose{{0, 0}, seat.facing, 1}, core::Vec2{dims::kDuplicateOffsetMm, dims::kDuplicateOffsetMm});
    const core::Vec2 centre{std::clamp(original.pose.centre.x + offset.x, 0.0, surfaceMm.x),
                            std::clamp(original.pose.centre.y + offset.y, 0.0, surfaceMm.y)};
    return core::Pose{centre, seat.facing, original.pose.scale};
}

bool inCornerZone(const core::Card& card, core::Vec2 posMm) {
    if (!rectContains(card.pose, card.size, posMm, dims::kReleaseGraceMm)) {
        return false;
    }
    const core::Vec2 local = core::tableToLocal(card.pose, posMm);
    const double scale = std::abs(card.pose.scale);
    const double fromRight = (card.size.width / 2 - local.x) * scale;
    const double fromTop = (local.y + card.size.height / 2) * scale;
    return fromRight <= dims::kCornerZoneMm && fromTop <= dims::kCornerZoneMm;
}

} // namespace atelier::workshop
