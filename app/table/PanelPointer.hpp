// ImGui's single pointer for the facilitator panel: the contact that started on it, taps held one frame.
#pragma once

#include <deque>
#include <optional>
#include <set>
#include <vector>

#include "core/Geometry.hpp"
#include "input/Contact.hpp"
#include "render/View.hpp"
#include "ui/QuarterTurn.hpp"

namespace atelier::table {

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

/// Picks the panel's contacts out of each frame's list. The first contact that lands on the panel (its
/// rectangle, or for the facilitator's panel one of its controls) drives ImGui until it lifts; other
/// contacts landing there meanwhile are swallowed; every other contact goes on to the table.
class PanelPointer {
public:
    /// Removes the panel's contacts from `contacts`; `area` is the panel now, or nothing when it is closed.
    /// True when the panel took any.
    bool route(std::vector<input::Contact>& contacts, const std::optional<PanelArea>& area);
    /// The same for a panel that takes only the contacts landing on one of `areas` (its controls): a touch
    /// between them goes on to the table.
    bool route(std::vector<input::Contact>& contacts, const std::vector<PanelArea>& areas);
    /// ImGui's pointer for the next frame. Every press, slide and release waits its turn for a frame of its
    /// own, so a tap shorter than a frame still clicks, and several taps played in one frame (a slow frame,
    /// a script catching up) each click in turn.
    PointerFrame nextFrame();
    /// True while a press, slide or release still has to be shown to ImGui.
    bool pending() const { return !m_queue.empty(); }
    /// Forgets the pointer (the panel closed).
    void reset();

private:
    std::optional<input::ContactKey> m_pointer;
    std::set<input::ContactKey> m_swallowed;
    std::deque<PointerFrame> m_queue; ///< what ImGui must still be shown, a frame each
    PointerFrame m_shown;             ///< what it was shown last
    bool m_slideQueued = false;       ///< the queue's last entry is a slide (later slides replace it)
};

/// Sets Dear ImGui's mouse for the coming frame from the pointer's next frame (1.86 has one pointer).
/// Call between the ImGui backend's frame and ImGui::NewFrame. `turn`: how what ImGui lays out is turned on
/// screen (the panel facing the facilitator); the touch is turned back into ImGui's upright layout.
void feedImGuiPointer(PanelPointer& pointer, const render::View& view, const ui::QuarterTurn& turn = {});

} // namespace atelier::table
