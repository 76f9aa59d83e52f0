// The scene cache: allocation on first use and on resize, and the per-frame copy to the caller's framebuffer.
#include "render/SceneCache.hpp"

#include <glad/gl.h>

#include "render/GlCheck.hpp"

namespace atelier::render {
namespace {

/// The texture unit the copy samples the cache from (saved and restored by gl::StateGuard).
constexpr GLint kCacheUnit = 1;

} // namespace

SceneCache::SceneCache(const std::filesystem::path& resourceRoot)
    : m_copy(gl::Program::load(resourceRoot, "copy")), m_vertexArray(gl::VertexArray::create()),
      m_vertices(gl::Buffer::create()) {
    glUseProgram(m_copy.id());
    glUniform1i(m_copy.uniform("u_cache"), kCacheUnit);
    m_viewportUniform = m_copy.uniform("u_viewport");
    glBindVertexArray(m_vertexArray.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vertices.id());
    gl::VertexArray::floatAttribute(0, 2, GL_FLOAT, false, 2 * sizeof(float), 0);
    glBindVertexArray(0);
    gl::checkErrors("SceneCache setup");
}

bool SceneCache::prepare(int width, int height) {
    if (m_framebuffer && width == m_width && height == m_height) {
        return false;
    }
    m_framebuffer.reset();
    m_colour = gl::Texture::allocate(width, height, GL_RGBA8, GL_RGBA);
    m_framebuffer = gl::Framebuffer::forTexture(*m_colour);
    // Only ever read texel for pixel (the copy program samples at texel centres).
    glBindTexture(GL_TEXTURE_2D, m_colour->id());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
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

void SceneCache::drawCopy(GLuint target, const std::vector<float>& triangles) {
    if (triangles.empty()) {
        return;
    }
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target);
    glViewport(0, 0, m_width, m_height);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glUseProgram(m_copy.id());
    glUniform2f(m_viewportUniform, static_cast<float>(m_width), static_cast<float>(m_height));
    glActiveTexture(GL_TEXTURE0 + kCacheUnit);
    glBindTexture(GL_TEXTURE_2D, m_colour->id());
    glBindVertexArray(m_vertexArray.id());
    m_vertices.upload(GL_ARRAY_BUFFER, triangles.data(), triangles.size() * sizeof(float), GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(triangles.size() / 2));
    glActiveTexture(GL_TEXTURE0);
    gl::checkErrors("SceneCache::drawCopy");
}

std::size_t SceneCache::bytes() const {
    return m_colour ? m_colour->bytes() : 0;
}

} // namespace atelier::render
