// Turning what was just added to an ImGui draw list, for text and shapes that face a seat.
#pragma once

#include <imgui.h>

namespace atelier::ui {

/// Turns the vertices added to `list` since index `first` by `angle` radians about `centre` (screen
/// pixels, y down, so a positive angle turns clockwise on screen).
void turnVertices(ImDrawList& list, int first, ImVec2 centre, double angle);

} // namespace atelier::ui
