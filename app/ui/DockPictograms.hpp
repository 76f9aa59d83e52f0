// The dock's pictograms drawn as shapes (a card with a plus, a pencil, an eraser, turning arrows, a bin), so
// that they read alike in every font and at every size.
#pragma once

#include <string_view>

#include <imgui.h>

namespace atelier::ui {

/// Draws the pictogram of a dock button `icon` ("new_card", "pen", "eraser", "undo", "redo", "bin", "next",
/// "accept", "dismiss") in a square of side `side` pixels centred on `centre`, in `ink`; `paper` fills its
/// inner parts (the card's sheet, the bin's body). False when `icon` has no pictogram.
bool drawPictogram(ImDrawList& list, std::string_view icon, ImVec2 centre, float side, ImU32 ink,
                   ImU32 paper);

} // namespace atelier::ui
