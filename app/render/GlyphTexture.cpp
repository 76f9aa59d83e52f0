// Uploads ImGui's alpha-8 font atlas into an R8 texture.
#include "render/GlyphTexture.hpp"

#include <glad/gl.h>
#include <imgui.h>

#include "render/RenderError.hpp"

namespace atelier::render {

const gl::Texture& GlyphTexture::refresh(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (pixels == nullptr || width <= 0 || height <= 0) {
        throw RenderError("Dear ImGui's font atlas has no pixels (was ClearTexData called?).");
    }
    if (!m_texture || pixels != m_pixels || width != m_width || height != m_height) {
        m_texture = gl::Texture::allocate(width, height, GL_R8, GL_RED, 1);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RED, GL_UNSIGNED_BYTE, pixels);
        m_pixels = pixels;
        m_width = width;
        m_height = height;
    }
    return *m_texture;
}

} // namespace atelier::render
