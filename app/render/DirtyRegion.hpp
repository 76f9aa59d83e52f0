// The parts of the screen that changed since the last frame, as a few pixel rectangles.
#pragma once

#include <cstddef>
#include <vector>

namespace atelier::render {

/// A rectangle of pixels [x0, x1) × [y0, y1), y downwards from the top of the viewport.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    /// Pixels covered (0 when empty).
    long area() const { return empty() ? 0 : static_cast<long>(x1 - x0) * (y1 - y0); }
    /// True when it covers no pixel.
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    /// True when the two share at least one pixel.
    bool intersects(const PixelRect& other) const {
        return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
    }
    /// The smallest rectangle holding both.
    PixelRect united(const PixelRect& other) const;
    /// This rectangle cut to [0, width) × [0, height).
    PixelRect clipped(int width, int height) const;
    friend bool operator==(const PixelRect&, const PixelRect&) = default;
};

/// Collects changed rectangles and merges them into at most maxRects, preferring small overdraw.
class DirtyRegion {
public:
    /// Rectangles collected before merging; past this, the region becomes their bounding rectangle.
    static constexpr std::size_t kMaxCollected = 64;

    /// A region that keeps at most maxRects rectangles after merge().
    explicit DirtyRegion(int maxRects = 24);

    /// Forgets every rectangle.
    void clear() { m_rects.clear(); }
    /// Adds a changed rectangle (empty ones are ignored).
    void add(const PixelRect& rect);
    /// Merges overlapping or nearby rectangles, then the cheapest pairs until at most maxRects are left;
    /// afterwards no two rectangles share a pixel.
    void merge();
    /// The rectangles (merged after merge()).
    const std::vector<PixelRect>& rects() const { return m_rects; }
    /// Pixels covered (each once, after merge()).
    long area() const { return areaOf(m_rects); }
    /// Pixels covered by rectangles that share none.
    static long areaOf(const std::vector<PixelRect>& rects);
    /// True when the rectangle touches the region.
    bool intersects(const PixelRect& rect) const;
    /// True when nothing changed.
    bool empty() const { return m_rects.empty(); }

private:
    void mergeNeighbours();

    std::size_t m_maxRects;
    std::vector<PixelRect> m_rects;
};

} // namespace atelier::render
