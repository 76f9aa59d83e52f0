// The glide of a thrown item: inertia with friction, ending when slow or at the table edge.
#pragma once

#include "core/Geometry.hpp"
#include "input/GestureOptions.hpp"

#include <cstdint>

namespace atelier::input {

/// Where a thrown item is at any time after its release. Speed decays exponentially, so the motion is an
/// exact function of time (frame-rate independent): glide(t) = v0·(1 − e^(−k·t))/k. It stops below the stop
/// speed or where its centre reaches an edge of the table.
class ThrowMotion {
public:
    /// A throw from `pose` at `velocity` (mm/s, already capped) released at `startMs`.
    ThrowMotion(const core::Pose& pose, core::Vec2 velocity, std::int64_t startMs,
                const GestureOptions& options);

    /// The pose at `nowMs` (never before the release); once stopped, the final pose.
    core::Pose poseAt(std::int64_t nowMs);

    /// True once the glide has ended (slow enough, or at an edge).
    bool stopped() const { return m_stopped; }

private:
    core::Pose m_start;
    core::Vec2 m_velocity;
    std::int64_t m_startMs;
    double m_friction;
    double m_durationS;
    core::Vec2 m_surfaceMm;
    core::Pose m_last;
    bool m_stopped = false;
};

} // namespace atelier::input
