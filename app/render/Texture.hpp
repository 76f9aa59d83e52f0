// A 2D (or 2D array) GL texture with its size and the bytes it holds (for the memory budget).
#pragma once

#include <cstddef>

#include "render/GlHandle.hpp"

namespace atelier::render::gl {

/// Frees a texture name (the deleter of Texture's handle).
void deleteTexture(GLuint id);

/// Owns one GL texture; knows its size, its mip levels (or layers) and roughly how much memory it takes.
class Texture {
public:
    /// Allocates storage for levels mip levels of width × height (format e.g. GL_RGBA8), contents undefined,
    /// with linear filtering and clamp-to-edge; leaves it bound to GL_TEXTURE_2D on the active unit.
    static Texture allocate(int width, int height, GLenum internalFormat, GLenum format, int levels = 1);

    /// Allocates a GL_TEXTURE_2D_ARRAY of `layers` RGBA8 layers, linear filtering, clamp-to-edge; leaves it
    /// bound.
    static Texture allocateArray(int width, int height, int layers);

    /// Number of mip levels a full chain of this size has (1 for 1×1).
    static int fullMipCount(int width, int height);

    /// The GL name, for glBindTexture.
    GLuint id() const { return m_handle.id(); }
    /// Width of level 0 in pixels.
    int width() const { return m_width; }
    /// Height of level 0 in pixels.
    int height() const { return m_height; }
    /// Mip levels allocated (layers, for an array texture).
    int levels() const { return m_levels; }
    /// GL_TEXTURE_2D or GL_TEXTURE_2D_ARRAY.
    GLenum target() const { return m_target; }
    /// Bytes the storage takes on the GPU (or in system memory under llvmpipe), all levels.
    std::size_t bytes() const { return m_bytes; }

private:
    explicit Texture(GLuint id) : m_handle(id) {}
    Handle<deleteTexture> m_handle;
    int m_width = 0;
    int m_height = 0;
    int m_levels = 0;
    GLenum m_target = GL_TEXTURE_2D;
    std::size_t m_bytes = 0;
};

} // namespace atelier::render::gl
