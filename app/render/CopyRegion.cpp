// The copy region of a partial present: convex pieces, cut by Sutherland–Hodgman clipping against the
// half-planes of each opaque quad.
#include "render/CopyRegion.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::render {
namespace {

using Polygon = std::vector<core::Vec2>;

/// Twice the signed area (positive when the corners turn clockwise on screen, y being down).
double twiceArea(const Polygon& polygon) {
    double sum = 0;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const core::Vec2& a = polygon[i];
        const core::Vec2& b = polygon[(i + 1) % polygon.size()];
        sum += a.x * b.y - b.x * a.y;
    }
    return sum;
}

/// One side of a line: points p with dot(p, normal) - offset >= 0 are kept.
struct HalfPlane {
    core::Vec2 normal;
    double offset = 0;
    double side(core::Vec2 p) const { return p.x * normal.x + p.y * normal.y - offset; }
};

/// The part of a convex polygon on the kept side of the half-plane (Sutherland–Hodgman, one edge).
Polygon clip(const Polygon& polygon, const HalfPlane& plane) {
    Polygon out;
    out.reserve(polygon.size() + 1);
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const core::Vec2& a = polygon[i];
        const core::Vec2& b = polygon[(i + 1) % polygon.size()];
        const double sa = plane.side(a);
        const double sb = plane.side(b);
        if (sa >= 0) {
            out.push_back(a);
        }
        if ((sa >= 0) != (sb >= 0)) {
            const double t = sa / (sa - sb);
            out.push_back({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
        }
    }
    return out;
}

/// The four inward half-planes of a convex quad, each moved by `shift` (positive: toward the inside).
std::array<HalfPlane, 4> inwardPlanes(const PixelQuad& quad, double shift) {
    const double turn = twiceArea(Polygon(quad.begin(), quad.end())) >= 0 ? 1.0 : -1.0;
    std::array<HalfPlane, 4> planes{};
    for (std::size_t i = 0; i < 4; ++i) {
        const core::Vec2& a = quad[i];
        const core::Vec2& b = quad[(i + 1) % 4];
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        if (length <= 0) {
            return {};
        }
        // y down: turning clockwise, the inside lies to the right of each edge.
        const core::Vec2 normal{-(b.y - a.y) / length * turn, (b.x - a.x) / length * turn};
        planes[i] = HalfPlane{normal, a.x * normal.x + a.y * normal.y + shift};
    }
    return planes;
}

struct Box {
    double x0, y0, x1, y1;
    bool overlaps(const Box& other) const {
        return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
    }
};

template <typename Points>
Box boxOf(const Points& points) {
    Box box{points[0].x, points[0].y, points[0].x, points[0].y};
    for (const core::Vec2& p : points) {
        box = {std::min(box.x0, p.x), std::min(box.y0, p.y), std::max(box.x1, p.x), std::max(box.y1, p.y)};
    }
    return box;
}

/// Pieces thinner than this are dropped: they hold no pixel centre a neighbour does not hold.
constexpr double kTinyTwiceArea = 1e-6;

} // namespace

void CopyRegion::add(const PixelRect& rect) {
    if (rect.empty()) {
        return;
    }
    const auto x0 = static_cast<double>(rect.x0), y0 = static_cast<double>(rect.y0);
    const auto x1 = static_cast<double>(rect.x1), y1 = static_cast<double>(rect.y1);
    m_pieces.push_back({{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}});
}

void CopyRegion::add(const PixelQuad& quad) {
    Polygon polygon(quad.begin(), quad.end());
    if (std::abs(twiceArea(polygon)) > kTinyTwiceArea) {
        m_pieces.push_back(std::move(polygon));
    }
}

void CopyRegion::subtract(const PixelQuad& quad) {
    const Polygon hole(quad.begin(), quad.end());
    if (std::abs(twiceArea(hole)) <= kTinyTwiceArea) {
        return;
    }
    // A point is left out only when it lies more than kOverlapPx inside every edge. Piece i keeps what lies
    // within kOverlapPx of the inside of edge i (or outside it) and no more than kOverlapPx outside edges
    // 0..i-1: every point not left out is in some piece, with a 2 × kOverlapPx band shared at each cut.
    const std::array<HalfPlane, 4> inside = inwardPlanes(quad, -kOverlapPx);
    std::array<HalfPlane, 4> outside{};
    for (std::size_t i = 0; i < 4; ++i) {
        const HalfPlane plane = inwardPlanes(quad, kOverlapPx)[i];
        outside[i] = HalfPlane{{-plane.normal.x, -plane.normal.y}, -plane.offset};
    }
    Box holeBox = boxOf(hole);
    holeBox = {holeBox.x0 - kOverlapPx, holeBox.y0 - kOverlapPx, holeBox.x1 + kOverlapPx,
               holeBox.y1 + kOverlapPx};
    std::vector<Polygon> kept;
    kept.reserve(m_pieces.size() + 8);
    for (Polygon& piece : m_pieces) {
        if (!boxOf(piece).overlaps(holeBox)) {
            kept.push_back(std::move(piece));
            continue;
        }
        Polygon rest = std::move(piece);
        for (std::size_t i = 0; i < 4 && rest.size() >= 3; ++i) {
            Polygon out = clip(rest, outside[i]);
            if (out.size() >= 3 && std::abs(twiceArea(out)) > kTinyTwiceArea) {
                kept.push_back(std::move(out));
            }
            rest = clip(rest, inside[i]);
        }
    }
    m_pieces = std::move(kept);
}

std::vector<float> CopyRegion::triangles() const {
    std::vector<float> out;
    for (const Polygon& piece : m_pieces) {
        for (std::size_t i = 1; i + 1 < piece.size(); ++i) {
            for (const core::Vec2& p : {piece[0], piece[i], piece[i + 1]}) {
                out.push_back(static_cast<float>(p.x));
                out.push_back(static_cast<float>(p.y));
            }
        }
    }
    return out;
}

double CopyRegion::area() const {
    double sum = 0;
    for (const Polygon& piece : m_pieces) {
        sum += std::abs(twiceArea(piece)) / 2;
    }
    return sum;
}

bool CopyRegion::covers(core::Vec2 point) const {
    return std::any_of(m_pieces.begin(), m_pieces.end(), [point](const Polygon& piece) {
        const double turn = twiceArea(piece) >= 0 ? 1.0 : -1.0;
        for (std::size_t i = 0; i < piece.size(); ++i) {
            const core::Vec2& a = piece[i];
            const core::Vec2& b = piece[(i + 1) % piece.size()];
            if (((b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x)) * turn < 0) {
                return false;
            }
        }
        return true;
    });
}

PixelQuad grown(const PixelQuad& quad, double pixels) {
    const std::array<HalfPlane, 4> planes = inwardPlanes(quad, -pixels);
    if (planes[0].normal.x == 0 && planes[0].normal.y == 0) {
        return quad; // a degenerate quad has no edges to move
    }
    PixelQuad out{};
    for (std::size_t i = 0; i < 4; ++i) {
        // Corner i joins edge i-1 and edge i: where their moved lines cross.
        const HalfPlane& a = planes[(i + 3) % 4];
        const HalfPlane& b = planes[i];
        const double det = a.normal.x * b.normal.y - a.normal.y * b.normal.x;
        if (std::abs(det) < 1e-9) {
            out[i] = {quad[i].x - pixels * (a.normal.x + b.normal.x),
                      quad[i].y - pixels * (a.normal.y + b.normal.y)};
            continue;
        }
        out[i] = {(a.offset * b.normal.y - b.offset * a.normal.y) / det,
                  (a.normal.x * b.offset - b.normal.x * a.offset) / det};
    }
    return out;
}

} // namespace atelier::render
