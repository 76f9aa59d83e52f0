// The facilitator panel's phase buttons: as many columns as the panel's height needs, a list dragged by
// the finger when even those do not fit.
#pragma once

#include "ui/PanelScreens.hpp"

namespace atelier::ui {

/// Draws one button per phase of the workshop (panel.phase.N, the current one lit) in a grid of `row`-tall
/// buttons across `width` pixels: one column when they fit above the controls drawn under them, else as
/// many as needed while a column stays wide enough for the longest name (and the 15 mm touch floor); when
/// even that is too tall, the grid scrolls by touch (panel.phases) and the current phase is brought in view.
void drawPhaseButtons(const PanelModel& model, PanelFrame& frame, float width, float row);

/// Call where the controls under the phases end (in the same window): the next frame knows how much height
/// they take and gives the phases the rest. When that height changed, `frame` asks for that next frame
/// before a tap is taken (as after a scroll).
void notePhaseControlsEnd(PanelFrame& frame);

} // namespace atelier::ui
