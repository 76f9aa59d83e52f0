// Pick-up places of the cast dots: where core::votePlace puts them, with a finger-sized target around each.
#include "workshop/VotePlaces.hpp"

#include <cmath>
#include <limits>
#include <optional>

namespace atelier::workshop {

core::ItemId seatDotAt(const core::Board& board, int seat, core::Vec2 point) {
    core::ItemId found = core::kNoItem;
    double nearest = std::numeric_limits<double>::infinity();
    for (const auto& [id, vote] : board.votes) {
        if (seat != 0 && vote.seat != seat) {
            continue;
        }
        const std::optional<core::VoteDotPlace> place = core::votePlace(board, vote);
        if (!place) {
            continue;
        }
        // In the target's own frame: it turns with the card the dot lies on.
        const core::Vec2 local = core::tableToLocal(core::Pose{place->centre, place->rotation, 1}, point);
        if (std::abs(local.x) > kPlacedDotTargetMm / 2 || std::abs(local.y) > kPlacedDotTargetMm / 2) {
            continue;
        }
        const double distance = std::hypot(local.x, local.y);
        if (distance <= nearest) {
            nearest = distance;
            found = id;
        }
    }
    return found;
}

} // namespace atelier::workshop
