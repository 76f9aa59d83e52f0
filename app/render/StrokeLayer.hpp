// The strokes of one photo (or of the bare table) cached in a texture: a frame draws one quad for them,
// a moving pen adds only its new segments, and only an erase or a zoom redraws the layer.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/Stroke.hpp"
#include "render/Buffer.hpp"
#include "render/Framebuffer.hpp"
#include "render/StrokeGeometry.hpp"
#include "render/Texture.hpp"
#include "render/VertexArray.hpp"

namespace atelier::render {

class StrokeProgram;

/// A transparent premultiplied texture covering a rectangle of layer units (photo-local or table mm).
class StrokeLayer {
public:
    /// Covers [origin, origin + size] in layer units with width × height pixels.
    StrokeLayer(core::Vec2 origin, core::Size size, int pixelWidth, int pixelHeight);

    /// Brings the cached segments up to date with the visible strokes of this layer, in id order: appends
    /// what pens added, or re-makes the geometry when a stroke went away or changed otherwise.
    void sync(std::span<const core::Stroke* const> strokes);
    /// Changes the resolution (the geometry stays; the pixels are redrawn at the next render).
    void resize(int pixelWidth, int pixelHeight);
    /// Draws up to maxSegments of what is not in the texture yet, also into `alsoInto` (a target of the same
    /// size: the photo's baked layer) when given and only new segments are drawn; returns the segments drawn.
    std::size_t render(const StrokeProgram& program, const gl::Framebuffer* alsoInto = nullptr,
                       std::size_t maxSegments = SIZE_MAX);
    /// True while segments wait to be drawn (a long redraw is spread over frames).
    bool pending() const { return m_clear || m_drawn < m_segments.size(); }
    /// True when the next render() clears the layer and draws every segment again.
    bool redrawPending() const { return m_clear; }

    /// The texture to composite (premultiplied, top row first).
    const gl::Texture& texture() const { return m_texture; }
    /// Pixels across.
    int pixelWidth() const { return m_texture.width(); }
    /// Pixels down.
    int pixelHeight() const { return m_texture.height(); }
    /// True when it holds no stroke (nothing to composite).
    bool empty() const { return m_segments.empty(); }
    /// The part of the layer holding strokes, in layer units (min x, min y, max x, max y).
    std::array<double, 4> bounds() const { return m_bounds; }
    /// The size in layer units it covers (the photo's size, or the surface's).
    core::Size frameSize() const { return m_size; }
    /// Changes whenever its pixels change.
    std::uint64_t version() const { return m_version; }
    /// Segments held.
    std::size_t segmentCount() const { return m_segments.size(); }

private:
    struct Record {
        core::ItemId id = core::kNoItem;
        std::size_t points = 0;
        std::uint32_t colour = 0;
        double width = 0;
    };
    void rebuild(std::span<const core::Stroke* const> strokes);
    void grow(const StrokeSegment& segment);

    core::Vec2 m_origin;
    core::Size m_size;
    gl::Texture m_texture;
    gl::Framebuffer m_framebuffer;
    gl::VertexArray m_vertexArray;
    gl::Buffer m_instances;
    std::vector<StrokeSegment> m_segments;
    std::vector<Record> m_records;
    std::size_t m_uploaded = 0; ///< segments already in the GPU buffer
    std::size_t m_drawn = 0;    ///< segments already in the texture
    bool m_clear = true;        ///< the texture must be cleared and everything drawn again
    std::uint64_t m_version = 0;
    std::array<double, 4> m_bounds{0, 0, 0, 0};
};

} // namespace atelier::render
