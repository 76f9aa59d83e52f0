// Rectangle merging for partial redraws: overlap or near-overlap first, then the cheapest unions.
#include "render/DirtyRegion.hpp"

#include <algorithm>
#include <limits>

namespace atelier::render {

PixelRect PixelRect::united(const PixelRect& other) const {
    if (empty()) {
        return other;
    }
    if (other.empty()) {
        return *this;
    }
    return {std::min(x0, other.x0), std::min(y0, other.y0), std::max(x1, other.x1), std::max(y1, other.y1)};
}

PixelRect PixelRect::clipped(int width, int height) const {
    return {std::clamp(x0, 0, width), std::clamp(y0, 0, height), std::clamp(x1, 0, width),
            std::clamp(y1, 0, height)};
}

DirtyRegion::DirtyRegion(int maxRects) : m_maxRects(static_cast<std::size_t>(std::max(1, maxRects))) {}

void DirtyRegion::add(const PixelRect& rect) {
    if (rect.empty()) {
        return;
    }
    if (m_rects.size() >= kMaxCollected) {
        // So much changed that merging would cost more than it saves: keep one bounding rectangle.
        PixelRect all = rect;
        for (const PixelRect& r : m_rects) {
            all = all.united(r);
        }
        m_rects.assign(1, all);
        return;
    }
    m_rects.push_back(rect);
}

void DirtyRegion::merge() {
    mergeNeighbours();
    // Too many rectangles cost draw setup; merge the pairs that add the fewest pixels, then whatever those
    // unions made overlap, so that the rectangles never share a pixel (a shared pixel would be drawn twice).
    while (m_rects.size() > m_maxRects) {
        std::size_t bestI = 0;
        std::size_t bestJ = 1;
        long bestCost = std::numeric_limits<long>::max();
        for (std::size_t i = 0; i < m_rects.size(); ++i) {
            for (std::size_t j = i + 1; j < m_rects.size(); ++j) {
                const long cost =
                    m_rects[i].united(m_rects[j]).area() - m_rects[i].area() - m_rects[j].area();
                if (cost < bestCost) {
                    bestCost = cost;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        m_rects[bestI] = m_rects[bestI].united(m_rects[bestJ]);
        m_rects.erase(m_rects.begin() + static_cast<std::ptrdiff_t>(bestJ));
        mergeNeighbours();
    }
}

void DirtyRegion::mergeNeighbours() {
    // Merge pairs that overlap, or whose union wastes little (touching or close neighbours).
    bool merged = true;
    while (merged) {
        merged = false;
        for (std::size_t i = 0; i < m_rects.size() && !merged; ++i) {
            for (std::size_t j = i + 1; j < m_rects.size(); ++j) {
                const PixelRect both = m_rects[i].united(m_rects[j]);
                if (m_rects[i].intersects(m_rects[j]) ||
                    both.area() * 4 <= (m_rects[i].area() + m_rects[j].area()) * 5) {
                    m_rects[i] = both;
                    m_rects.erase(m_rects.begin() + static_cast<std::ptrdiff_t>(j));
                    merged = true;
                    break;
                }
            }
        }
    }
}

long DirtyRegion::areaOf(const std::vector<PixelRect>& rects) {
    long total = 0;
    for (const PixelRect& rect : rects) {
        total += rect.area();
    }
    return total;
}

bool DirtyRegion::intersects(const PixelRect& rect) const {
    return std::any_of(m_rects.begin(), m_rects.end(),
                       [&](const PixelRect& r) { return r.intersects(rect); });
}

} // namespace atelier::render
