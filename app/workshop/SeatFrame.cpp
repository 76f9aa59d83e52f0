// Seat frames and rotated-rectangle tests for docks, keyboards and new cards.
#include "workshop/SeatFrame.hpp"

#include <cmath>

namespace atelier::workshop {

core::Pose seatFrame(const Seat& seat) {
    return core::Pose{seat.anchorMm, seat.facing, 1.0};
}

core::Pose placeForSeat(const Seat& seat, core::Vec2 local) {
    return core::Pose{core::localToTable(seatFrame(seat), local), seat.facing, 1.0};
}

bool rectContains(const core::Pose& pose, const core::Size& size, core::Vec2 point, double growMm) {
    const core::Vec2 local = core::tableToLocal(pose, point);
    const double scale = pose.scale != 0 ? std::abs(pose.scale) : 1.0;
    const double halfWidth = size.width / 2 + growMm / scale;
    const double halfHeight = size.height / 2 + growMm / scale;
    return std::abs(local.x) <= halfWidth && std::abs(local.y) <= halfHeight;
}

} // namespace atelier::workshop
