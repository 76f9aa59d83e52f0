// Turning stroke points into capsule segments.
#include "render/StrokeGeometry.hpp"

#include <algorithm>

namespace atelier::render {
namespace {

std::uint32_t packColour(std::uint32_t rgba) {
    return ((rgba >> 24) & 0xFFu) | (((rgba >> 16) & 0xFFu) << 8) | (((rgba >> 8) & 0xFFu) << 16) |
           ((rgba & 0xFFu) << 24);
}

} // namespace

std::size_t segmentCount(std::size_t points) {
    return points <= 1 ? points : points - 1;
}

void appendSegments(const core::Stroke& stroke, std::size_t fromPoint, std::vector<StrokeSegment>& out) {
    const auto& points = stroke.points;
    if (points.empty() || fromPoint >= points.size()) {
        return;
    }
    const auto halfWidth = static_cast<float>(stroke.width / 2);
    const std::uint32_t colour = packColour(stroke.colour);
    const auto segment = [&](const core::Vec2& a, const core::Vec2& b) {
        out.push_back(StrokeSegment{static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(b.x),
                                    static_cast<float>(b.y), halfWidth, colour});
    };
    if (points.size() == 1) {
        segment(points[0], points[0]);
        return;
    }
    for (std::size_t i = std::max<std::size_t>(fromPoint, 1); i < points.size(); ++i) {
        segment(points[i - 1], points[i]);
    }
}

} // namespace atelier::render
