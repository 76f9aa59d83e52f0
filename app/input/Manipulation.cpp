// Least-squares similarity transform of the fingers about their centroid, with scale and table limits.
#include "input/Manipulation.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::input {
namespace {

/// Below this mean spread (mm) two fingers are too close together to measure a scale or an angle.
constexpr double kMinSpreadMm = 2.0;

core::Vec2 centroid(const std::vector<core::Vec2>& points) {
    core::Vec2 sum;
    for (const core::Vec2& p : points) {
        sum.x += p.x;
        sum.y += p.y;
    }
    const auto n = static_cast<double>(points.size());
    return core::Vec2{sum.x / n, sum.y / n};
}

} // namespace

Manipulation::Manipulation(const core::Pose& pose, const GestureOptions& options, double maxScale)
    : m_options(&options), m_maxScale(std::min(maxScale, options.maxScale)), m_pose(pose),
      m_anchorPose(pose) {}

Manipulation::Manipulation(const core::Pose& pose, const GestureOptions& options)
    : Manipulation(pose, options, options.maxScale) {}

void Manipulation::reanchor() {
    m_anchorPose = m_pose;
    for (Finger& finger : m_fingers) {
        finger.anchor = finger.current;
    }
}

void Manipulation::addContact(ContactKey key, core::Vec2 pos) {
    if (holds(key)) {
        moveContact(key, pos);
        return;
    }
    m_fingers.push_back(Finger{key, pos, pos});
    reanchor();
}

bool Manipulation::moveContact(ContactKey key, core::Vec2 pos) {
    const auto finger =
        std::find_if(m_fingers.begin(), m_fingers.end(), [&](const Finger& f) { return f.key == key; });
    if (finger == m_fingers.end()) {
        return false;
    }
    finger->current = pos;
    recompute();
    return true;
}

void Manipulation::removeContact(ContactKey key) {
    std::erase_if(m_fingers, [&](const Finger& f) { return f.key == key; });
    reanchor();
}

void Manipulation::place(const core::Pose& pose) {
    m_pose = pose;
    reanchor();
}

bool Manipulation::holds(ContactKey key) const {
    return std::any_of(m_fingers.begin(), m_fingers.end(), [&](const Finger& f) { return f.key == key; });
}

void Manipulation::recompute() {
    if (m_fingers.empty()) {
        return;
    }
    if (m_fingers.size() == 1) {
        const Finger& finger = m_fingers.front();
        m_pose = m_anchorPose;
        m_pose.centre.x = std::clamp(m_anchorPose.centre.x + finger.current.x - finger.anchor.x, 0.0,
                                     m_options->surfaceMm.x);
        m_pose.centre.y = std::clamp(m_anchorPose.centre.y + finger.current.y - finger.anchor.y, 0.0,
                                     m_options->surfaceMm.y);
        return;
    }
    std::vector<core::Vec2> from;
    std::vector<core::Vec2> to;
    from.reserve(m_fingers.size());
    to.reserve(m_fingers.size());
    for (const Finger& finger : m_fingers) {
        from.push_back(finger.anchor);
        to.push_back(finger.current);
    }
    const core::Vec2 c0 = centroid(from);
    const core::Vec2 c1 = centroid(to);

    double angle = 0;
    double scale = 1;
    {
        double dot = 0;
        double cross = 0;
        double spread0 = 0;
        double spread1 = 0;
        for (std::size_t i = 0; i < from.size(); ++i) {
            const core::Vec2 a{from[i].x - c0.x, from[i].y - c0.y};
            const core::Vec2 b{to[i].x - c1.x, to[i].y - c1.y};
            dot += a.x * b.x + a.y * b.y;
            cross += a.x * b.y - a.y * b.x;
            spread0 += std::hypot(a.x, a.y);
            spread1 += std::hypot(b.x, b.y);
        }
        const auto n = static_cast<double>(from.size());
        if (spread0 / n >= kMinSpreadMm && spread1 / n >= kMinSpreadMm) {
            angle = std::atan2(cross, dot);
            scale = spread1 / spread0;
        }
    }
    const double lowest = std::min(m_options->minScale, m_maxScale);
    const double wanted = m_anchorPose.scale * scale;
    const double limited = std::clamp(wanted, lowest, m_maxScale);
    // A limited scale also limits how far the centre swings out from the fingers.
    if (m_anchorPose.scale > 0) {
        scale = limited / m_anchorPose.scale;
    }

    const double c = std::cos(angle);
    const double s = std::sin(angle);
    const core::Vec2 offset{(m_anchorPose.centre.x - c0.x) * scale, (m_anchorPose.centre.y - c0.y) * scale};
    core::Vec2 centre{c1.x + offset.x * c - offset.y * s, c1.y + offset.x * s + offset.y * c};
    centre.x = std::clamp(centre.x, 0.0, m_options->surfaceMm.x);
    centre.y = std::clamp(centre.y, 0.0, m_options->surfaceMm.y);

    m_pose.centre = centre;
    m_pose.rotation = m_anchorPose.rotation + angle;
    m_pose.scale = limited;
    if (limited != wanted) {
        reanchor(); // held at the limit: the first pinch back shrinks (or spreads) it from here
    }
}

} // namespace atelier::input
