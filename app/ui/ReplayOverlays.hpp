// What the replay draws over the board on request: the touch trails and the heat map.
#pragma once

#include <vector>

#include "render/View.hpp"
#include "replay/HeatMap.hpp"
#include "replay/Player.hpp"

namespace atelier::ui {

/// Draws each trail as a line in its seat's colour over the board, with a dot where the item is now.
void drawTrails(const std::vector<replay::Trail>& trails, const render::View& view);

/// Draws the heat map's cells in a ramp from a transparent blue (a touch or two) to an opaque red (the
/// hottest cell), under the trails and the timeline.
void drawHeat(const replay::HeatMap& map, const render::View& view);

} // namespace atelier::ui
