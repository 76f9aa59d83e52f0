// The scene cache: allocation on first use and on resize, and the per-frame copy to the caller's framebuffer.
#include "render/SceneCache.hpp"

#include <glad/gl.h>

#include "render/GlCheck.hpp"

namespace atelier::render {

bool SceneCache::prepare(int width, int height) {
    if (m_framebuffer && width == m_width && height == m_height) {
        return false;
    }
    m_framebuffer.reset();
    m_colour = gl::Texture::allocate(width, height, GL_RGBA8, GL_RGBA);
    m_framebuffer = gl::Framebuffer::forTexture(*m_colour);
    m_width = width;
    m_height = height;
    gl::checkErrors("SceneCache::prepare");
    return true;
}

void SceneCache::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer->id());
    glViewport(0, 0, m_width, m_height);
}

void SceneCache::copyTo(GLuint target) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffer->id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target);
    glDisable(GL_SCISSOR_TEST);
    glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    gl::checkErrors("SceneCache::copyTo");
}

void SceneCache::copyTo(GLuint target, const std::vector<PixelRect>& rects) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffer->id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target);
    glDisable(GL_SCISSOR_TEST);
    for (const PixelRect& rect : rects) {
        // GL counts rows from the bottom.
        const int y0 = m_height - rect.y1;
        const int y1 = m_height - rect.y0;
        glBlitFramebuffer(rect.x0, y0, rect.x1, y1, rect.x0, y0, rect.x1, y1, GL_COLOR_BUFFER_BIT,
                          GL_NEAREST);
    }
    gl::checkErrors("SceneCache::copyTo (rectangles)");
}

std::size_t SceneCache::bytes() const {
    return m_colour ? m_colour->bytes() : 0;
}

} // namespace atelier::render
