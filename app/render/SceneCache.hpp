// The composed scene kept in a framebuffer, so that a frame redraws only what changed and copies the rest.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "render/Buffer.hpp"
#include "render/DirtyRegion.hpp"
#include "render/Program.hpp"
#include "render/VertexArray.hpp"

#include "render/Framebuffer.hpp"
#include "render/Texture.hpp"

namespace atelier::render {

/// A colour texture of the viewport's size with its framebuffer.
class SceneCache {
public:
    /// Loads the copy program (shaders/copy) from resourceRoot (throws RenderError).
    explicit SceneCache(const std::filesystem::path& resourceRoot);

    /// Makes the cache match the viewport; returns true when it was (re)made and must be drawn entirely.
    bool prepare(int width, int height);
    /// Binds the cache as the framebuffer to draw into.
    void bind() const;
    /// Copies the cache into the framebuffer `target` (of the same size).
    void copyTo(GLuint target) const;
    /// Copies only the pixels whose centres lie in these triangles (x, y per vertex, pixels downwards from
    /// the top-left corner; a CopyRegion's) into `target`, pixel for pixel, in one draw call (llvmpipe spends
    /// ~0.1 ms of the calling thread setting up each blit, and a blit copies rectangles only). Leaves
    /// blending off.
    void drawCopy(GLuint target, const std::vector<float>& triangles);
    /// Memory held by the cache.
    std::size_t bytes() const;

private:
    std::optional<gl::Texture> m_colour;
    std::optional<gl::Framebuffer> m_framebuffer;
    gl::Program m_copy;
    GLint m_viewportUniform = -1;
    gl::VertexArray m_vertexArray;
    gl::Buffer m_vertices;
    int m_width = 0;
    int m_height = 0;
};

} // namespace atelier::render
