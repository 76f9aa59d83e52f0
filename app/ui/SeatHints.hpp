// First steps: the hint lines facing a seat ("Touchez + pour écrire une idée"), drawn over the table.
#pragma once

#include <string>
#include <vector>

#include "render/View.hpp"

namespace atelier::ui {

/// Where one seat reads its hints: a point on the table (mm) and the seat's facing (radians, 0 = read from
/// the bottom edge, clockwise on screen), and the lines to show there, one per tool.
struct SeatHint {
    core::Vec2 centreMm;
    double facing = 0;
    std::vector<std::string> lines;
};

/// Text height of a hint line on the table: a 7 mm em gives a ~5 mm cap height (≥ 4 mm from across a table).
inline constexpr double kHintTextMm = 7.0;

/// Draws each seat's hint lines in ImGui's background list, on a soft paper band turned to face the seat.
void drawSeatHints(const std::vector<SeatHint>& hints, const render::View& view);

} // namespace atelier::ui
