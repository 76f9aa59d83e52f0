// ImGui's single pointer for the facilitator panel: the contact that started on it, taps held one frame.
#pragma once

#include <optional>
#include <set>
#include <vector>

#include "core/Geometry.hpp"
#include "input/Contact.hpp"

namespace atelier::platform {

/// The panel's rectangle on the table, in millimetres.
struct PanelArea {
    core::Vec2 minMm;
    core::Vec2 maxMm;
    bool contains(core::Vec2 p) const {
        return p.x >= minMm.x && p.x <= maxMm.x && p.y >= minMm.y && p.y <= maxMm.y;
    }
};

/// What ImGui's mouse is for one frame (Dear ImGui 1.86: io.MousePos, io.MouseDown[0]).
struct PointerFrame {
    bool present = false; ///< false: the pointer is nowhere (io.MousePos = -FLT_MAX)
    core::Vec2 posMm;
    bool down = false;
};

/// Picks the panel's contacts out of each frame's list. The first contact that lands on the panel drives
/// ImGui until it lifts; other contacts landing on the panel meanwhile are swallowed (they touch the
/// panel, not the board under it); every other contact goes on to the table.
class PanelInput {
public:
    /// Removes the panel's contacts from `contacts`; `area` is the panel now, or nothing when it is closed.
    /// True when the panel took any.
    bool route(std::vector<input::Contact>& contacts, const std::optional<PanelArea>& area);
    /// ImGui's pointer for the next frame. A press is shown down for at least one frame and its release
    /// in the frame after, so a tap shorter than a frame still clicks.
    PointerFrame nextFrame();
    /// True while a press or release still has to be shown to ImGui.
    bool pending() const { return m_active; }
    /// Forgets the pointer (the panel closed).
    void reset();

private:
    std::optional<input::ContactKey> m_pointer;
    std::set<input::ContactKey> m_swallowed;
    bool m_active = false;
    bool m_downShown = false;
    bool m_released = false;
    core::Vec2 m_posMm;
};

} // namespace atelier::platform
