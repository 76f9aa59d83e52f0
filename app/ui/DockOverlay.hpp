// Draws the workshop layer's docks, keys and vote dots with ImGui's background draw list, turned to face
// their seats (ImGui draws no rotated widgets, so the vertices are turned after they are made).
#pragma once

#include <vector>

#include "core/Catalogue.hpp"
#include "render/View.hpp"
#include "workshop/Widget.hpp"

namespace atelier::ui {

/// Adds every widget to this frame's ImGui background draw list (call between ImGui's NewFrame and Render);
/// words (the ranking's title) in `language`.
void drawWidgets(const std::vector<workshop::Widget>& widgets, const render::View& view,
                 core::Language language = core::Language::French);

} // namespace atelier::ui
