// Sutherland–Hodgman against the four sides of a rectangle, interpolating the varying attributes.
#include "render/QuadClipper.hpp"

namespace atelier::render {
namespace {

/// The point where the segment a→b meets the side; colours and per-quad values are copied from a.
CompositeVertex between(const CompositeVertex& a, const CompositeVertex& b, float t) {
    CompositeVertex v = a;
    const auto mix = [t](float p, float q) { return p + (q - p) * t; };
    v.x = mix(a.x, b.x);
    v.y = mix(a.y, b.y);
    v.u = mix(a.u, b.u);
    v.v = mix(a.v, b.v);
    v.layer = mix(a.layer, b.layer);
    v.localX = mix(a.localX, b.localX);
    v.localY = mix(a.localY, b.localY);
    return v;
}

/// Keeps the part of the polygon where side(vertex) >= 0.
template <class Side>
std::size_t clipSide(const CompositeVertex* in, std::size_t count, CompositeVertex* out, Side side) {
    std::size_t written = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const CompositeVertex& a = in[i];
        const CompositeVertex& b = in[(i + 1) % count];
        const float da = side(a);
        const float db = side(b);
        if (da >= 0) {
            out[written++] = a;
        }
        if ((da >= 0) != (db >= 0)) {
            out[written++] = between(a, b, da / (da - db));
        }
    }
    return written;
}

} // namespace

std::size_t clipQuad(const std::array<CompositeVertex, 4>& quad, const ClipRect& rect,
                     std::array<CompositeVertex, 8>& polygon) {
    // Each side adds at most one vertex: 4 + 4 = 8.
    std::array<CompositeVertex, 9> a{quad[0], quad[1], quad[3], quad[2]};
    std::array<CompositeVertex, 9> b{};
    std::size_t count = 4;
    count = clipSide(a.data(), count, b.data(), [&](const CompositeVertex& v) { return v.x - rect.x0; });
    count = clipSide(b.data(), count, a.data(), [&](const CompositeVertex& v) { return rect.x1 - v.x; });
    count = clipSide(a.data(), count, b.data(), [&](const CompositeVertex& v) { return v.y - rect.y0; });
    count = clipSide(b.data(), count, a.data(), [&](const CompositeVertex& v) { return rect.y1 - v.y; });
    if (count < 3) {
        return 0;
    }
    for (std::size_t i = 0; i < count && i < polygon.size(); ++i) {
        polygon[i] = a[i];
    }
    return count < polygon.size() ? count : polygon.size();
}

} // namespace atelier::render
