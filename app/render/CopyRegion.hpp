// Where a partial present copies the cached scene: the parts of the frame that changed, less the opaque
// insides of the cards drawn over them, as convex polygons in pixels.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "core/Geometry.hpp"
#include "render/DirtyRegion.hpp"

namespace atelier::render {

/// A convex quadrilateral in pixels (y down), its corners in order around it.
using PixelQuad = std::array<core::Vec2, 4>;

/// The region a partial present restores from the cached scene before drawing the floating items over it.
///
/// What must be copied is where the cache changed, where the last frame drew floating items (to erase them)
/// and where this frame draws them (under their soft edges and shadows). Where an opaque card body is drawn
/// this frame, whatever lies under it is covered, so nothing is copied there: a dragged 4K card then costs
/// the copy of a ring around it instead of its turned bounding box.
///
/// Pieces overlap their neighbours by kOverlapPx, so that no pixel centre falls in a crack between two of
/// them whatever the rounding; copying a pixel twice writes the same bytes. Only pixels whose centres lie
/// more than kOverlapPx inside an opaque quad are left out.
class CopyRegion {
public:
    /// How far pieces reach past the lines that cut them.
    static constexpr double kOverlapPx = 0.5;

    /// Forgets every piece.
    void clear() { m_pieces.clear(); }
    /// Adds a rectangle to restore.
    void add(const PixelRect& rect);
    /// Adds a convex quad to restore.
    void add(const PixelQuad& quad);
    /// Leaves out, from everything added so far, the inside of a convex quad.
    void subtract(const PixelQuad& quad);

    /// The pieces as triangles: x, y per vertex, pixels from the top-left corner.
    std::vector<float> triangles() const;
    /// The pixels the pieces cover, overlaps counted twice (what the copy shades).
    double area() const;
    /// How many convex pieces the region is made of.
    std::size_t pieces() const { return m_pieces.size(); }
    /// True when a point lies in a piece (for tests).
    bool covers(core::Vec2 point) const;

private:
    std::vector<std::vector<core::Vec2>> m_pieces;
};

/// The quad grown outward by `pixels` on every side (each edge moved out along its normal).
PixelQuad grown(const PixelQuad& quad, double pixels);

} // namespace atelier::render
