// Shelf packing with free lists.
#include "render/AtlasAllocator.hpp"

#include <algorithm>

namespace atelier::render {
namespace {

int roundUp(int value, int granule) {
    return (value + granule - 1) / granule * granule;
}

} // namespace

AtlasAllocator::AtlasAllocator(int width, int height) : m_width(width), m_height(height) {}

std::optional<AtlasRect> AtlasAllocator::takeFrom(Shelf& shelf, int width, int height) {
    for (auto span = shelf.free.begin(); span != shelf.free.end(); ++span) {
        if (span->width >= width) {
            AtlasRect rect{span->x, shelf.y, width, height};
            span->x += width;
            span->width -= width;
            if (span->width == 0) {
                shelf.free.erase(span);
            }
            ++shelf.used;
            m_usedArea += static_cast<long>(width) * height;
            return rect;
        }
    }
    return std::nullopt;
}

std::optional<AtlasRect> AtlasAllocator::allocate(int width, int height) {
    if (width <= 0 || height <= 0) {
        return std::nullopt;
    }
    width = roundUp(width, kGranule);
    height = roundUp(height, kGranule);
    if (width > m_width || height > m_height) {
        return std::nullopt;
    }
    // Best fit: the lowest shelf that is tall enough without wasting more than a third of its height.
    Shelf* best = nullptr;
    for (Shelf& shelf : m_shelves) {
        const bool fitsHeight = shelf.height >= height && shelf.height <= height + height / 3 + kGranule;
        const bool emptyShelf = shelf.used == 0 && shelf.height >= height;
        if ((fitsHeight || emptyShelf) && (best == nullptr || shelf.height < best->height)) {
            if (std::any_of(shelf.free.begin(), shelf.free.end(),
                            [&](const Span& s) { return s.width >= width; })) {
                best = &shelf;
            }
        }
    }
    if (best != nullptr) {
        return takeFrom(*best, width, height);
    }
    if (m_nextY + height <= m_height) {
        m_shelves.push_back(Shelf{m_nextY, height, {Span{0, m_width}}, 0});
        m_nextY += height;
        return takeFrom(m_shelves.back(), width, height);
    }
    // Page nearly full: accept any shelf tall enough, however wasteful.
    for (Shelf& shelf : m_shelves) {
        if (shelf.height >= height) {
            if (auto rect = takeFrom(shelf, width, height)) {
                return rect;
            }
        }
    }
    return std::nullopt;
}

void AtlasAllocator::release(const AtlasRect& rect) {
    auto shelf =
        std::find_if(m_shelves.begin(), m_shelves.end(), [&](const Shelf& s) { return s.y == rect.y; });
    if (shelf == m_shelves.end()) {
        return;
    }
    m_usedArea -= static_cast<long>(rect.width) * rect.height;
    --shelf->used;
    auto& spans = shelf->free;
    auto at =
        std::lower_bound(spans.begin(), spans.end(), rect.x, [](const Span& s, int x) { return s.x < x; });
    at = spans.insert(at, Span{rect.x, rect.width});
    if (auto next = std::next(at); next != spans.end() && at->x + at->width == next->x) {
        at->width += next->width;
        spans.erase(next);
    }
    if (at != spans.begin()) {
        auto previous = std::prev(at);
        if (previous->x + previous->width == at->x) {
            previous->width += at->width;
            spans.erase(at);
        }
    }
    // Empty shelves at the end of the page give their rows back.
    while (!m_shelves.empty() && m_shelves.back().used == 0) {
        m_nextY = m_shelves.back().y;
        m_shelves.pop_back();
    }
}

} // namespace atelier::render
