// Draws deciding on the table: cost tags, coins and funded outlines on proposals, criteria charts, and the
// coins, cost pads, rating controls and envelope status of the seats.
#pragma once

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "render/View.hpp"
#include "workshop/Widget.hpp"

#include <imgui.h>

namespace atelier::ui {

/// Adds to this frame's background list, on each proposal: its cost tag (pledged / cost, green once funded),
/// a green outline when funded, its coins in their seats' colours, and, once rated (or in a phase with
/// `criteria`), a small chart of the group's mean per criterion. Nothing for a board that never decided.
void drawDecisions(const core::Board& board, const render::View& view, core::Language language);

/// Draws one of the deciding widgets (CostPad, RatingPanel, Coin, Envelope) unturned between `min` and
/// `max` (pixels); the caller turns the vertices. False for any other kind.
bool drawDecideWidget(ImDrawList& list, ImFont& font, const workshop::Widget& widget, ImVec2 min, ImVec2 max,
                      float pxPerMm, core::Language language);

} // namespace atelier::ui
