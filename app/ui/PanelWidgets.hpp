// The panel's touch-sized controls, shared by its screens (defined in PanelScreens.cpp).
#pragma once

#include <string>

#include <imgui.h>

namespace atelier::ui {

struct PanelFrame;

/// A button that also becomes a named target; true when pressed this frame (not at the end of a scroll).
bool panelButton(PanelFrame& frame, const std::string& label, const std::string& name, ImVec2 size);

/// Makes the current child window scroll when a finger drags on it, and names it as a target.
void panelDragToScroll(PanelFrame& frame, const std::string& name);

} // namespace atelier::ui
