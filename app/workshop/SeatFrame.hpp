// A seat's own frame (x along its edge to the person's right, y towards the person) and rectangle tests in
// it.
#pragma once

#include "core/Geometry.hpp"
#include "workshop/SeatLayout.hpp"

namespace atelier::workshop {

/// The seat's frame as a pose: its anchor, turned by its facing. In it, x runs along the edge to the person's
/// right and y points at the person, so the table lies at y < 0 and text drawn upright in it faces the seat.
core::Pose seatFrame(const Seat& seat);

/// The pose of something laid out at `local` in the seat's frame: its table centre, turned to face the seat.
core::Pose placeForSeat(const Seat& seat, core::Vec2 local);

/// True when `point` lies on the rectangle of `size` (at scale 1) at `pose`, grown by `growMm` on every side.
bool rectContains(const core::Pose& pose, const core::Size& size, core::Vec2 point, double growMm = 0);

} // namespace atelier::workshop
