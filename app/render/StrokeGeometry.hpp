// Pen strokes as segment instances: the geometry cached in GPU buffers and extended as a pen moves.
#pragma once

#include <cstdint>
#include <vector>

#include "core/Stroke.hpp"

namespace atelier::render {

/// One capsule of a stroke as the stroke shader reads it (one instance, 24 bytes).
struct StrokeSegment {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float halfWidth = 0;
    std::uint32_t colour = 0; ///< straight RGBA, bytes in memory order R, G, B, A
};

/// Number of segments a stroke of this many points makes (a single point is a dot: one segment).
std::size_t segmentCount(std::size_t points);

/// Appends the segments that points [fromPoint, end) add to a stroke whose first fromPoint points were
/// already turned into segments (0 for a new stroke).
void appendSegments(const core::Stroke& stroke, std::size_t fromPoint, std::vector<StrokeSegment>& out);

} // namespace atelier::render
