// Packs rectangles (cached cards and labels) into a texture page: shelves, with freeing and reuse.
#pragma once

#include <optional>
#include <vector>

namespace atelier::render {

/// A place in an atlas page, in pixels from its first row.
struct AtlasRect {
    int x = 0, y = 0, width = 0, height = 0;
    friend bool operator==(const AtlasRect&, const AtlasRect&) = default;
};

/// Shelf packer for one page: rectangles of similar heights share a shelf; freed spans are reused.
class AtlasAllocator {
public:
    /// Sizes are rounded up to this many pixels so that slightly different cards share spans.
    static constexpr int kGranule = 8;

    /// An empty page of this many pixels.
    AtlasAllocator(int width, int height);

    /// A free rectangle at least width × height (rounded up to kGranule), or nothing when the page is full.
    std::optional<AtlasRect> allocate(int width, int height);
    /// Gives back a rectangle returned by allocate.
    void release(const AtlasRect& rect);
    /// Pixels handed out now (rounded sizes).
    long usedArea() const { return m_usedArea; }
    /// True when nothing is allocated.
    bool empty() const { return m_usedArea == 0; }

private:
    struct Span {
        int x = 0, width = 0;
    };
    struct Shelf {
        int y = 0, height = 0;
        std::vector<Span> free; ///< sorted by x, never adjacent
        int used = 0;           ///< rectangles allocated on it
    };
    std::optional<AtlasRect> takeFrom(Shelf& shelf, int width, int height);

    int m_width;
    int m_height;
    int m_nextY = 0;
    long m_usedArea = 0;
    std::vector<Shelf> m_shelves;
};

} // namespace atelier::render
