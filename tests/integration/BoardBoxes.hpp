// Where an item lies on the table, as an axis-aligned box in mm: what the board-rule tests compare
// (a card under a keyboard, a ranking or a dock; a card inside the table).
#pragma once

#include <cmath>
#include <ostream>

#include "core/Card.hpp"
#include "core/Geometry.hpp"

namespace atelier::testing {

/// An axis-aligned box on the table, in mm.
struct Box {
    core::Vec2 min;
    core::Vec2 max;
    bool overlaps(const Box& other) const {
        return min.x < other.max.x && other.min.x < max.x && min.y < other.max.y && other.min.y < max.y;
    }
    bool inside(const Box& other) const {
        return min.x >= other.min.x && max.x <= other.max.x && min.y >= other.min.y && max.y <= other.max.y;
    }
};

inline std::ostream& operator<<(std::ostream& out, const Box& box) {
    return out << "[" << box.min.x << "," << box.min.y << " – " << box.max.x << "," << box.max.y << "]";
}

/// The box around an item of this pose and size (turned, scaled).
inline Box boxOf(const core::Pose& pose, const core::Size& size) {
    const double c = std::abs(std::cos(pose.rotation));
    const double s = std::abs(std::sin(pose.rotation));
    const double halfW = (size.width * c + size.height * s) * pose.scale / 2;
    const double halfH = (size.width * s + size.height * c) * pose.scale / 2;
    return Box{{pose.centre.x - halfW, pose.centre.y - halfH},
               {pose.centre.x + halfW, pose.centre.y + halfH}};
}

inline Box boxOf(const core::Card& card) {
    return boxOf(card.pose, card.size);
}

} // namespace atelier::testing
