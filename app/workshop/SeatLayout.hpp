// Where the seats sit around the table, which way each faces, and which seat a point belongs to.
#pragma once

#include <cstdint>
#include <vector>

#include "core/Geometry.hpp"

namespace atelier::workshop {

/// The table edge a seat stands at; a seat reads the table as if its edge were at the bottom.
enum class Edge { Bottom, Right, Top, Left };

/// One seat: its number (1..n), the edge it stands at, the point on that edge where the person stands,
/// the rotation that turns what it creates to face it, and the colour its dock and keyboard wear.
struct Seat {
    int number = 0;
    Edge edge = Edge::Bottom;
    core::Vec2 anchorMm;
    double facing = 0;
    std::uint32_t colour = 0; ///< 0xRRGGBB from the Okabe–Ito palette, told apart by colour-blind people
};

/// The seats of a table of a given size: 2..8 along the edges. The zone of a seat is every point of the
/// table closer to its anchor than to any other's, so every touch belongs to exactly one seat.
class SeatLayout {
public:
    /// Lays out `count` seats (clamped to 2..8) on a surface of this size: the long edges first, then the
    /// short ones (6 = two on each long edge and one on each short edge).
    SeatLayout(int count, core::Vec2 surfaceMm);
    /// The seats, numbered 1..n going round the table: bottom edge left to right, right edge, top edge right
    /// to left, left edge.
    const std::vector<Seat>& seats() const { return m_seats; }
    /// The seat whose zone holds this point.
    const Seat& seatAt(core::Vec2 pointMm) const;
    /// The seat with this number (1..n), or nullptr.
    const Seat* seat(int number) const;
    /// The surface the seats were laid out on, in millimetres (docks and keyboards are placed on it).
    core::Vec2 surfaceMm() const { return m_surfaceMm; }

private:
    std::vector<Seat> m_seats;
    core::Vec2 m_surfaceMm;
};

} // namespace atelier::workshop
