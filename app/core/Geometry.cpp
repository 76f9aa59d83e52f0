// Conversions between the table frame and an item's own frame.
#include "core/Geometry.hpp"

#include <cmath>

namespace atelier::core {

Vec2 localToTable(const Pose& pose, Vec2 local) {
    const double c = std::cos(pose.rotation);
    const double s = std::sin(pose.rotation);
    const double x = local.x * pose.scale;
    const double y = local.y * pose.scale;
    return Vec2{pose.centre.x + x * c - y * s, pose.centre.y + x * s + y * c};
}

Vec2 tableToLocal(const Pose& pose, Vec2 table) {
    const double c = std::cos(pose.rotation);
    const double s = std::sin(pose.rotation);
    const double dx = table.x - pose.centre.x;
    const double dy = table.y - pose.centre.y;
    const double scale = pose.scale != 0 ? pose.scale : 1;
    return Vec2{(dx * c + dy * s) / scale, (-dx * s + dy * c) / scale};
}

} // namespace atelier::core
