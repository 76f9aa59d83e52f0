// Exponential-decay glide with an edge stop.
#include "input/ThrowMotion.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::input {

ThrowMotion::ThrowMotion(const core::Pose& pose, core::Vec2 velocity, std::int64_t startMs,
                         const GestureOptions& options)
    : m_start(pose), m_velocity(velocity), m_startMs(startMs),
      m_friction(std::max(options.throwFrictionPerS, 0.1)), m_durationS(0), m_surfaceMm(options.surfaceMm),
      m_last(pose) {
    const double speed = std::hypot(velocity.x, velocity.y);
    const double stopSpeed = std::max(options.throwStopSpeedMmPerS, 1e-3);
    // Speed falls below the stop speed at t = ln(v0 / vstop) / k.
    m_durationS = speed > stopSpeed ? std::log(speed / stopSpeed) / m_friction : 0.0;
    m_stopped = m_durationS <= 0;
}

core::Pose ThrowMotion::poseAt(std::int64_t nowMs) {
    if (m_stopped) {
        return m_last;
    }
    double t = static_cast<double>(std::max<std::int64_t>(nowMs - m_startMs, 0)) / 1000.0;
    if (t >= m_durationS) {
        t = m_durationS;
        m_stopped = true;
    }
    const double travelled = (1.0 - std::exp(-m_friction * t)) / m_friction;
    core::Pose pose = m_start;
    pose.centre.x = m_start.centre.x + m_velocity.x * travelled;
    pose.centre.y = m_start.centre.y + m_velocity.y * travelled;
    const core::Vec2 onTable{std::clamp(pose.centre.x, 0.0, m_surfaceMm.x),
                             std::clamp(pose.centre.y, 0.0, m_surfaceMm.y)};
    if (onTable != pose.centre) {
        pose.centre = onTable;
        m_stopped = true;
    }
    m_last = pose;
    return pose;
}

} // namespace atelier::input
