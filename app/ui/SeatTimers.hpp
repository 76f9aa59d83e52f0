// The phase timer every seat sees, turned to face it, and the gentle flash when the time is up.
#pragma once

#include <string>
#include <vector>

#include "render/View.hpp"

namespace atelier::ui {

/// Where one seat reads the timer: a point on screen (pixels) and the seat's facing (radians, 0 = read
/// from the bottom edge, clockwise on screen).
struct TimerMark {
    float x = 0;
    float y = 0;
    double facing = 0;
    float width = 0;  ///< the box the text must fit in (pixels); 0: ImGui's font size, unbounded
    float height = 0; ///< likewise
};

/// Draws `text` (e.g. "Vote · 09:58") at each mark in ImGui's background list, turned to face its seat;
/// `flash` (0..1) lights the table's border softly when the time is up. A long text is fitted to its box but
/// never below the theme's body capitals: the pill grows instead.
void drawSeatTimers(const std::vector<TimerMark>& marks, const std::string& text, bool over, float flash,
                    const render::View& view);

} // namespace atelier::ui
