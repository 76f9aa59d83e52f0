// Which edge of the table the facilitator's panel faces: the one nearest the corner gesture.
#pragma once

#include <optional>

#include "core/Geometry.hpp"
#include "ui/QuarterTurn.hpp"

namespace atelier::table {

/// The edge the panel faces, and the one it faces when it does not fit turned toward the first.
struct PanelFacing {
    ui::TableEdge facing = ui::TableEdge::Bottom; ///< the edge nearest where the gesture's fingers were held
    ui::TableEdge fallback = ui::TableEdge::Bottom; ///< the nearer of the top and bottom edges
};

/// The facing for a gesture held at `pointMm` on a surface of `surfaceMm`: the nearest edge (a tie goes to
/// the top or bottom edge); no point (the keyboard's shortcut): upright, read from the bottom edge.
PanelFacing facingFromGesture(const std::optional<core::Vec2>& pointMm, core::Vec2 surfaceMm);

} // namespace atelier::table
