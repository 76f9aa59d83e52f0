// Baking a photo layer: the photo (trilinear, once) then its stroke layer, into a texture of screen size.
#include "render/PhotoLayer.hpp"

#include <glad/gl.h>

#include "render/CompositeBatch.hpp"
#include "render/GlCheck.hpp"

namespace atelier::render {

PhotoLayer::PhotoLayer(core::Size sizeMm, int pixelWidth, int pixelHeight)
    : m_strokes(core::Vec2{-sizeMm.width / 2, -sizeMm.height / 2}, sizeMm, pixelWidth, pixelHeight),
      m_baked(gl::Texture::allocate(pixelWidth, pixelHeight, GL_RGBA8, GL_RGBA)),
      m_bakedFramebuffer(gl::Framebuffer::forTexture(m_baked)) {}

void PhotoLayer::resize(int pixelWidth, int pixelHeight) {
    if (pixelWidth == m_baked.width() && pixelHeight == m_baked.height()) {
        return;
    }
    m_strokes.resize(pixelWidth, pixelHeight);
    m_baked = gl::Texture::allocate(pixelWidth, pixelHeight, GL_RGBA8, GL_RGBA);
    m_bakedFramebuffer = gl::Framebuffer::forTexture(m_baked);
    m_bakePending = true;
}

void PhotoLayer::bake(const PhotoSource& source, CompositeBatch& batch, int& drawCalls) {
    const core::Size size = m_strokes.frameSize();
    glBindFramebuffer(GL_FRAMEBUFFER, m_bakedFramebuffer.id());
    glViewport(0, 0, m_baked.width(), m_baked.height());
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    batch.clear();
    PhotoQuad quad;
    quad.softEdges = false;
    const auto place = [&](const std::array<float, 4>& rect) {
        quad.pose.centre = {(rect[0] + rect[2]) / 2 * size.width, (rect[1] + rect[3]) / 2 * size.height};
        quad.size = {(rect[2] - rect[0]) * size.width, (rect[3] - rect[1]) * size.height};
    };
    if (source.tiles.empty()) {
        place({0, 0, 1, 1});
        quad.texture = source.pattern;
        quad.uv = source.patternUv;
        batch.addPhoto(quad, 0);
    }
    for (const PhotoTile& tile : source.tiles) {
        place(tile.rect);
        quad.texture = tile.texture;
        quad.uv = {0, 0, 1, 1};
        batch.addPhoto(quad, 0);
    }
    if (!m_strokes.empty()) {
        place({0, 0, 1, 1});
        quad.texture = m_strokes.texture().id();
        quad.uv = {0, 0, 1, 1};
        batch.addPhoto(quad, 0);
    }
    // Layer units are mm from the photo's top-left corner; the layer's first row is its top.
    drawCalls +=
        batch.draw({static_cast<float>(2 / size.width), static_cast<float>(2 / size.height)}, {-1, -1});
    m_bakedSource = source;
    m_bakePending = false;
    gl::checkErrors("PhotoLayer::bake");
}

std::size_t PhotoLayer::update(std::span<const core::Stroke* const> strokes, const PhotoSource& source,
                               const StrokeProgram& program, CompositeBatch& batch, int& drawCalls,
                               std::size_t maxSegments) {
    m_strokes.sync(strokes);
    const bool sourceChanged = !(source == m_bakedSource);
    const bool bakeNeeded = m_bakePending || sourceChanged || m_strokes.redrawPending();
    const std::size_t drawn =
        m_strokes.render(program, bakeNeeded ? nullptr : &m_bakedFramebuffer, maxSegments);
    drawCalls += drawn > 0 ? (bakeNeeded ? 1 : 2) : 0;
    m_bakedLastUpdate = bakeNeeded;
    if (bakeNeeded) {
        bake(source, batch, drawCalls);
    }
    if (bakeNeeded || drawn > 0) {
        ++m_version;
    }
    return drawn;
}

} // namespace atelier::render
