// Texture storage allocation (all mip levels or layers up front, since GL 3.3 has no glTexStorage).
#include "render/Texture.hpp"

#include <algorithm>

#include "render/RenderError.hpp"

namespace atelier::render::gl {

void deleteTexture(GLuint id) {
    glDeleteTextures(1, &id);
}

Texture Texture::allocateArray(int width, int height, int layers) {
    if (width <= 0 || height <= 0 || layers <= 0) {
        throw RenderError("an array texture of " + std::to_string(layers) + " layers of " +
                          std::to_string(width) + " × " + std::to_string(height) + " pixels cannot be made.");
    }
    GLuint id = 0;
    glGenTextures(1, &id);
    if (id == 0) {
        throw RenderError("the driver could not create a GL texture.");
    }
    Texture texture(id);
    texture.m_width = width;
    texture.m_height = height;
    texture.m_levels = layers;
    texture.m_target = GL_TEXTURE_2D_ARRAY;
    texture.m_bytes = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4 *
                      static_cast<std::size_t>(layers);
    glBindTexture(GL_TEXTURE_2D_ARRAY, id);
    glTexImage3D(GL_TEXTURE_2D_ARRAY, 0, GL_RGBA8, width, height, layers, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 nullptr);
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return texture;
}

int Texture::fullMipCount(int width, int height) {
    int levels = 1;
    for (int size = std::max(width, height); size > 1; size /= 2) {
        ++levels;
    }
    return levels;
}

Texture Texture::allocate(int width, int height, GLenum internalFormat, GLenum format, int levels) {
    if (width <= 0 || height <= 0) {
        throw RenderError("a texture of " + std::to_string(width) + " × " + std::to_string(height) +
                          " pixels cannot be made.");
    }
    GLuint id = 0;
    glGenTextures(1, &id);
    if (id == 0) {
        throw RenderError("the driver could not create a GL texture.");
    }
    Texture texture(id);
    texture.m_width = width;
    texture.m_height = height;
    texture.m_levels = std::clamp(levels, 1, fullMipCount(width, height));
    const std::size_t bytesPerPixel = internalFormat == GL_R8 ? 1 : 4;
    glBindTexture(GL_TEXTURE_2D, id);
    // The level range and a mipmapped filter first: Mesa then allocates the whole chain once, at level 0,
    // instead of again at each level (which doubles the cost of a big texture under llvmpipe).
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_BASE_LEVEL, 0);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, texture.m_levels - 1);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER,
                    texture.m_levels > 1 ? GL_LINEAR_MIPMAP_LINEAR : GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    int w = width;
    int h = height;
    for (int level = 0; level < texture.m_levels; ++level) {
        glTexImage2D(GL_TEXTURE_2D, level, static_cast<GLint>(internalFormat), w, h, 0, format,
                     GL_UNSIGNED_BYTE, nullptr);
        texture.m_bytes += static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * bytesPerPixel;
        w = std::max(1, w / 2);
        h = std::max(1, h / 2);
    }
    return texture;
}

} // namespace atelier::render::gl
