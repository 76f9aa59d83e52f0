// Dear ImGui 1.86's single mouse, set from a touch: the panel's and the timeline's pointer.
#pragma once

#include <optional>

#include "core/Geometry.hpp"

namespace atelier::ui {

/// Sets io.MousePos and io.MouseDown[0] for the coming frame; no position: the pointer is nowhere.
void setImGuiPointer(std::optional<core::Vec2> pixels, bool down);

} // namespace atelier::ui
