// Cuts a quad down to a rectangle, so that a partial redraw bins and shades only the pixels that changed.
#pragma once

#include <array>
#include <cstddef>

#include "render/CompositeVertex.hpp"

namespace atelier::render {

/// An axis-aligned rectangle in projection units.
struct ClipRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// The part of a quad (corners TL, TR, BL, BR; attributes affine over it) inside rect, as a convex polygon of
/// up to 8 vertices in order, with its attributes interpolated; returns the vertex count (0 when outside).
std::size_t clipQuad(const std::array<CompositeVertex, 4>& quad, const ClipRect& rect,
                     std::array<CompositeVertex, 8>& polygon);

} // namespace atelier::render
