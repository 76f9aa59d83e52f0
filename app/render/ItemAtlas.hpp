// Texture pages that hold pre-drawn cards and labels, so a moving card costs one quad, not its text.
#pragma once

#include <optional>
#include <vector>

#include "render/AtlasAllocator.hpp"
#include "render/Framebuffer.hpp"
#include "render/Texture.hpp"

namespace atelier::render {

/// Where one item's pixels live: a page (a layer of the atlas array) and a rectangle on it.
struct AtlasSlot {
    int page = -1;
    AtlasRect rect;
    /// True when the slot holds a place.
    bool valid() const { return page >= 0; }
};

/// Pages of premultiplied RGBA in one GL_TEXTURE_2D_ARRAY, so that every card of the table is drawn from
/// one texture binding whatever the number of pages; each layer has a framebuffer to paint into. The array
/// doubles its layers when full (copying the pages it has).
class ItemAtlas {
public:
    /// Side of a page in pixels (16 MB each).
    static constexpr int kPageSize = 2048;
    /// Transparent pixels kept around each item so that bilinear sampling never bleeds a neighbour in.
    static constexpr int kGutter = 2;

    /// A place for width × height pixels plus the gutter (both at most kPageSize - 2 × kGutter).
    AtlasSlot allocate(int width, int height);
    /// Gives a place back.
    void release(AtlasSlot& slot);
    /// Makes room for this many pages at once (one allocation instead of several doublings and copies).
    void reserve(int pages);

    /// The array texture holding the pages, or nullptr before the first allocation.
    const gl::Texture* texture() const { return m_texture ? &*m_texture : nullptr; }
    /// The framebuffer painting into a page.
    const gl::Framebuffer& framebuffer(int page) const {
        return m_framebuffers[static_cast<std::size_t>(page)];
    }
    /// Pages in use.
    int pageCount() const { return static_cast<int>(m_allocators.size()); }
    /// Memory held by the array (all its layers).
    std::size_t bytes() const { return m_texture ? m_texture->bytes() : 0; }

private:
    void addPage();
    void grow(int layers);

    std::optional<gl::Texture> m_texture;
    std::vector<gl::Framebuffer> m_framebuffers;
    std::vector<AtlasAllocator> m_allocators;
};

} // namespace atelier::render
