// The glide of a thrown item: inertia with friction, ending when slow, at the table edge or at a stop.
#pragma once

#include "core/Geometry.hpp"
#include "input/GestureOptions.hpp"
#include "input/HitTest.hpp"

#include <cstdint>
#include <vector>

namespace atelier::input {

/// What a thrown item must not glide under: its size (at scale 1) and the boxes on the table whose edge it
/// stops at (a seat's dock, an open keyboard). Empty boxes: it glides freely.
struct GlideStops {
    core::Size size;
    std::vector<Bounds> boxes;
};

/// True when the item of `size` at `pose` overlaps one of the stops' boxes (it was let go on one).
bool overlapsStop(const core::Pose& pose, const GlideStops& stops);

/// Where a thrown item is at any time after its release. Speed decays exponentially, so the motion is an
/// exact function of time (frame-rate independent): glide(t) = v0·(1 − e^(−k·t))/k. It stops below the stop
/// speed, where its centre reaches an edge of the table, or 1 mm before its box would enter one of the
/// stops' boxes (a card thrown at a keyboard stops at its edge instead of gliding under it).
class ThrowMotion {
public:
    /// A throw from `pose` at `velocity` (mm/s, already capped) released at `startMs`, stopping at `stops`.
    ThrowMotion(const core::Pose& pose, core::Vec2 velocity, std::int64_t startMs,
                const GestureOptions& options, const GlideStops& stops = {});

    /// The pose at `nowMs` (never before the release); once stopped, the final pose.
    core::Pose poseAt(std::int64_t nowMs);

    /// True once the glide has ended (slow enough, at an edge or at a stop).
    bool stopped() const { return m_stopped; }

private:
    core::Pose m_start;
    core::Vec2 m_velocity;
    std::int64_t m_startMs;
    double m_friction;
    double m_durationS;
    double m_reachMm; ///< how far the centre may travel before the item meets a stop
    core::Vec2 m_surfaceMm;
    core::Pose m_last;
    bool m_stopped = false;
};

} // namespace atelier::input
