// A photo as the table shows it: the image (or its placeholder) with its strokes, baked at on-screen size.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "core/Stroke.hpp"
#include "render/Framebuffer.hpp"
#include "render/StrokeLayer.hpp"
#include "render/Texture.hpp"
#include "render/TextureCache.hpp"

namespace atelier::render {

class CompositeBatch;
class StrokeProgram;

/// What the photo shows under its strokes: its tiles, or a placeholder pattern while it has none.
struct PhotoSource {
    std::vector<PhotoTile> tiles;               ///< the photo, in tiles (empty: show the pattern)
    GLuint pattern = 0;                         ///< stripes: loading, or broken
    std::array<float, 4> patternUv{0, 0, 1, 1}; ///< repeats of the pattern over the photo
    std::uint64_t revision = 0;                 ///< changes when what the tiles show changes
    friend bool operator==(const PhotoSource&, const PhotoSource&) = default;
};

/// A frame samples one plain texture per photo: sampling a 12-megapixel mip chain costs llvmpipe about five
/// times more than a 1:1 layer. The layer is baked again only when the photo's content changes (a sharper
/// level, a resize); a moving pen adds its new segments to both the stroke layer and the baked layer.
class PhotoLayer {
public:
    /// A layer for a photo of sizeMm (scale 1) with pixelWidth × pixelHeight pixels.
    PhotoLayer(core::Size sizeMm, int pixelWidth, int pixelHeight);

    /// Brings strokes (at most maxSegments this frame) and the baked layer up to date; returns the stroke
    /// segments drawn.
    std::size_t update(std::span<const core::Stroke* const> strokes, const PhotoSource& source,
                       const StrokeProgram& program, CompositeBatch& batch, int& drawCalls,
                       std::size_t maxSegments);
    /// True while stroke segments wait to be drawn.
    bool pending() const { return m_strokes.pending(); }
    /// Changes the resolution (everything is drawn again at the next update).
    void resize(int pixelWidth, int pixelHeight);

    /// The baked texture to composite.
    const gl::Texture& texture() const { return m_baked; }
    /// Pixels across.
    int pixelWidth() const { return m_baked.width(); }
    /// The photo's size it was made for (mm at scale 1).
    core::Size frameSize() const { return m_strokes.frameSize(); }
    /// Memory held by its textures.
    std::size_t bytes() const { return m_baked.bytes() + m_strokes.texture().bytes(); }
    /// Changes whenever the baked pixels change (a bake, or a pen's new segments).
    std::uint64_t version() const { return m_version; }
    /// True when the last update baked the layer again.
    bool bakedLastUpdate() const { return m_bakedLastUpdate; }

private:
    void bake(const PhotoSource& source, CompositeBatch& batch, int& drawCalls);

    StrokeLayer m_strokes;
    gl::Texture m_baked;
    gl::Framebuffer m_bakedFramebuffer;
    PhotoSource m_bakedSource;
    bool m_bakePending = true;
    bool m_bakedLastUpdate = false;
    std::uint64_t m_version = 0;
};

} // namespace atelier::render
