// The replay timeline (Dear ImGui, bottom of the screen): phase markers, play/pause, speed, scrub, phases.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"

namespace atelier::ui {

/// A pause of the table inside a phase, as session times.
struct TimelinePause {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

/// A phase on the timeline: its start (a marker and its name) and the pauses inside it.
struct TimelineMarker {
    std::int64_t tMs = 0;
    std::string name;
    std::vector<TimelinePause> pauses;
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
    double pxPerMm = 0; ///< the surface's scale: controls get the theme's touch size; 0: sized by the font
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

/// Where a phase's name stands above the bar (pixels): its left edge and width.
struct LabelPlace {
    float x = 0;
    float width = 0;
};

/// Lays the phase names out along [left, right]: each as near its marker (`wanted`, its left edge there) as
/// the others allow, in order, `gap` apart, none past either end. Names too wide to fit together are given
/// narrower widths (the widest first); the caller shortens their text to the width given.
std::vector<LabelPlace> layoutPhaseNames(const std::vector<float>& wanted, const std::vector<float>& widths,
                                         float left, float right, float gap);

/// The speeds the timeline offers, slowest first.
const std::vector<double>& timelineSpeeds();

/// The name of a speed's button: "timeline.speed.0.5", "timeline.speed.32".
std::string speedTargetName(double speed);

/// Draws the timeline across the bottom of a display of the given pixel size; returns the requests and the
/// controls' names and places (timeline.marker.<i>, timeline.pause.<k> (the k-th pause, from 0, a stretch of
/// the bar), timeline.scrub, timeline.phase.previous|next,
/// timeline.play, timeline.speed.<x>, timeline.trails, timeline.heat).
TimelineFrame drawTimeline(const TimelineContent& content, core::Language language, float displayWidth,
                           float displayHeight);

} // namespace atelier::ui
