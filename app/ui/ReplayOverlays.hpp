// What the replay draws over the board: the touch trails and the heat map on request, the hidden cards'
// marks.
#pragma once

#include <imgui.h>
#include <vector>

#include "core/Catalogue.hpp"

#include "render/View.hpp"
#include "replay/HeatMap.hpp"
#include "replay/Player.hpp"

namespace atelier::ui {

/// Draws each trail as a line in its seat's colour over the board, with a dot where the item is now.
void drawTrails(const std::vector<replay::Trail>& trails, const render::View& view);

/// The colour of a heat map cell at `t` = log(1 + heat) / log(1 + peak), 0..1: from blue (a touch or two)
/// through yellow (t = 0.5) to red (the hottest cell), 35 % to 80 % opaque (0xAABBGGRR, ImGui's order).
ImU32 heatColour(double t);

/// Draws the heat map's cells in heatColour's ramp, under the trails and the timeline, around the cards of
/// `board` and never over them (a cell a card covers, even in part, is left out): their text stays legible.
void drawHeat(const replay::HeatMap& map, const core::Board& board, const render::View& view);

/// Marks each of `cards` on `board` as hidden by the facilitator, for the facilitator's own replay: diagonal
/// hatching across the card (turning with it) and a "masquée" / "hidden" tag over its top edge.
void drawHiddenMarks(const core::Board& board, const std::vector<core::ItemId>& cards,
                     const render::View& view, core::Language language);

} // namespace atelier::ui
