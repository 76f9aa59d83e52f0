// The replay timeline (Dear ImGui, bottom of the screen): phase markers, play/pause, speed, scrub, phases.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"

namespace atelier::ui {

/// A phase's start on the timeline.
struct TimelineMarker {
    std::int64_t tMs = 0;
    std::string name;
};

/// What the timeline shows; filled by the platform from the player.
struct TimelineContent {
    std::int64_t durationMs = 0;
    std::int64_t positionMs = 0;
    bool playing = false;
    double speed = 1.0;
    bool trails = false; ///< the touch-trail overlay is on
    bool heat = false;   ///< the heat-map overlay is on
    std::vector<TimelineMarker> markers;
    std::string elapsed;     ///< position / duration, e.g. "0:12:03 / 2:59:00"
    std::string sessionTime; ///< the wall-clock time of the session at the position, e.g. "14:12:03"
};

/// What the person asked for this frame (at most a few at once).
struct TimelineRequest {
    bool togglePlay = false;
    bool previousPhase = false;
    bool nextPhase = false;
    std::optional<std::int64_t> seekMs; ///< scrubbed or a marker tapped
    std::optional<double> speed;        ///< picked from ×0.5 … ×32
    bool toggleTrails = false;          ///< show or hide the touch trails
    bool toggleHeat = false;            ///< show or hide the heat map
};

/// A control of the timeline as drawn (pixels): what input scripts name, e.g. "timeline.play".
struct TimelineTarget {
    std::string name;
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/// What one frame of the timeline gave: the requests, its controls, and the rectangle it covers (pixels),
/// where a touch belongs to the timeline rather than to the board.
struct TimelineFrame {
    TimelineRequest request;
    std::vector<TimelineTarget> targets;
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/// The speeds the timeline offers, slowest first.
const std::vector<double>& timelineSpeeds();

/// The name of a speed's button: "timeline.speed.0.5", "timeline.speed.32".
std::string speedTargetName(double speed);

/// Draws the timeline across the bottom of a display of the given pixel size; returns the requests and the
/// controls' names and places (timeline.marker.<i>, timeline.scrub, timeline.phase.previous|next,
/// timeline.play, timeline.speed.<x>, timeline.trails, timeline.heat).
TimelineFrame drawTimeline(const TimelineContent& content, core::Language language, float displayWidth,
                           float displayHeight);

} // namespace atelier::ui
