// The replay's controls when the table shows it from the facilitator's panel: "Back to the live table" and
// the seat filter, and the dimming of every seat's items but the chosen one's.
#pragma once

#include <optional>
#include <vector>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "render/View.hpp"
#include "ui/Timeline.hpp"

namespace atelier::ui {

/// What the row of controls shows: how many seats the session had and which one the filter keeps (0: all).
struct ReplayControlsContent {
    int seats = 0;
    int seat = 0;
};

/// What one frame of the row gave: the presses, its named controls ("replay.back", "replay.seat.all",
/// "replay.seat.N") and the rectangle it covers (pixels).
struct ReplayControlsFrame {
    bool back = false;
    std::optional<int> seat; ///< the seat picked (0: all seats)
    std::vector<TimelineTarget> targets;
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/// Draws the row above the timeline's top edge `timelineTop` (pixels), every control ≥ 15 mm.
ReplayControlsFrame drawReplayControls(const ReplayControlsContent& content, core::Language language,
                                       const render::View& view, float timelineTop);

/// Dims every card and sketch of the board that `seat` did not make (seat 0: nothing is dimmed).
void dimOtherSeats(const core::Board& board, int seat, const render::View& view);

} // namespace atelier::ui
