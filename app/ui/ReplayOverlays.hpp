// What the replay draws over the board: the touch trails and the heat map on request, the hidden cards'
// marks.
#pragma once

#include <vector>

#include "core/Catalogue.hpp"

#include "render/View.hpp"
#include "replay/HeatMap.hpp"
#include "replay/Player.hpp"

namespace atelier::ui {

/// Draws each trail as a line in its seat's colour over the board, with a dot where the item is now.
void drawTrails(const std::vector<replay::Trail>& trails, const render::View& view);

/// Draws the heat map's cells in a ramp from a transparent blue (a touch or two) to an opaque red (the
/// hottest cell), under the trails and the timeline.
void drawHeat(const replay::HeatMap& map, const render::View& view);

/// Marks each of `cards` on `board` as hidden by the facilitator, for the facilitator's own replay: diagonal
/// hatching across the card (turning with it) and a "masquée" / "hidden" tag over its top edge.
void drawHiddenMarks(const core::Board& board, const std::vector<core::ItemId>& cards,
                     const render::View& view, core::Language language);

} // namespace atelier::ui
