// Exponential-decay glide with an edge stop and stops at the edge of boxes it must not glide under.
#include "input/ThrowMotion.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atelier::input {
namespace {

/// A thrown item stops this far short of a stop's edge, so that it never overlaps it.
constexpr double kStopGapMm = 1;

bool overlaps(const Bounds& a, const Bounds& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

/// How far the centre may travel from `start` along the unit `direction` before a box of half extents `half`
/// around it enters one of `boxes` it does not overlap at the start (slab test on each box grown by `half`).
double reachBefore(core::Vec2 start, core::Vec2 direction, core::Vec2 half,
                   const std::vector<Bounds>& boxes) {
    double reach = std::numeric_limits<double>::infinity();
    for (const Bounds& box : boxes) {
        const double lo[2] = {box.min.x - half.x, box.min.y - half.y};
        const double hi[2] = {box.max.x + half.x, box.max.y + half.y};
        const double from[2] = {start.x, start.y};
        const double along[2] = {direction.x, direction.y};
        double enter = -std::numeric_limits<double>::infinity();
        double leave = std::numeric_limits<double>::infinity();
        bool misses = false;
        for (int axis = 0; axis < 2; ++axis) {
            if (std::abs(along[axis]) < 1e-12) {
                misses = misses || from[axis] <= lo[axis] || from[axis] >= hi[axis];
                continue;
            }
            double t1 = (lo[axis] - from[axis]) / along[axis];
            double t2 = (hi[axis] - from[axis]) / along[axis];
            if (t1 > t2) {
                std::swap(t1, t2);
            }
            enter = std::max(enter, t1);
            leave = std::min(leave, t2);
        }
        if (misses || enter >= leave || enter < 0) {
            continue; // never met, or already overlapped at the release (it may glide out of it)
        }
        reach = std::min(reach, std::max(enter - kStopGapMm, 0.0));
    }
    return reach;
}

} // namespace

bool overlapsStop(const core::Pose& pose, const GlideStops& stops) {
    const Bounds box = rotatedBounds(pose, stops.size);
    return std::any_of(stops.boxes.begin(), stops.boxes.end(),
                       [&](const Bounds& stop) { return overlaps(box, stop); });
}

ThrowMotion::ThrowMotion(const core::Pose& pose, core::Vec2 velocity, std::int64_t startMs,
                         const GestureOptions& options, const GlideStops& stops)
    : m_start(pose), m_velocity(velocity), m_startMs(startMs),
      m_friction(std::max(options.throwFrictionPerS, 0.1)), m_durationS(0),
      m_reachMm(std::numeric_limits<double>::infinity()), m_surfaceMm(options.surfaceMm), m_last(pose) {
    const double speed = std::hypot(velocity.x, velocity.y);
    const double stopSpeed = std::max(options.throwStopSpeedMmPerS, 1e-3);
    // Speed falls below the stop speed at t = ln(v0 / vstop) / k.
    m_durationS = speed > stopSpeed ? std::log(speed / stopSpeed) / m_friction : 0.0;
    m_stopped = m_durationS <= 0;
    if (!m_stopped && !stops.boxes.empty()) {
        const Bounds box = rotatedBounds(pose, stops.size);
        const core::Vec2 half{(box.max.x - box.min.x) / 2, (box.max.y - box.min.y) / 2};
        m_reachMm = reachBefore(pose.centre, {velocity.x / speed, velocity.y / speed}, half, stops.boxes);
        m_stopped = m_reachMm <= 0;
    }
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
    double travelled = (1.0 - std::exp(-m_friction * t)) / m_friction;
    const double speed = std::hypot(m_velocity.x, m_velocity.y);
    if (speed * travelled >= m_reachMm) {
        travelled = m_reachMm / speed; // at a stop's edge
        m_stopped = true;
    }
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
