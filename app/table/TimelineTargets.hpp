// The replay timeline's controls as named targets on the table, as drawn last, for scripts and touches.
#pragma once

#include <optional>

#include "input/TargetRegistry.hpp"
#include "render/View.hpp"
#include "table/PanelPointer.hpp"
#include "ui/Timeline.hpp"

namespace atelier::table {

/// Turns the timeline's drawn controls (pixels) into targets and an area in millimetres.
class TimelineTargets {
public:
    /// Takes the controls of the frame just drawn.
    void update(const ui::TimelineFrame& frame, const render::View& view);
    /// The controls by name, e.g. "timeline.play".
    const input::TargetRegistry& registry() const { return m_targets; }
    /// Where touches belong to the timeline, once it was drawn.
    const std::optional<PanelArea>& area() const { return m_area; }

private:
    input::TargetRegistry m_targets;
    std::optional<PanelArea> m_area;
};

} // namespace atelier::table
