// Atlas pages in an array texture: allocation across pages, growth by copying layers into a bigger array.
#include "render/ItemAtlas.hpp"

#include <algorithm>
#include <glad/gl.h>

#include "render/GlCheck.hpp"

namespace atelier::render {
namespace {

constexpr int kFirstLayers = 2;

} // namespace

void ItemAtlas::reserve(int pages) {
    if (m_texture && pages <= m_texture->levels()) {
        return;
    }
    grow(std::max(pages, kFirstLayers));
}

void ItemAtlas::grow(int layers) {
    GLint previousFramebuffer = 0;
    GLint previousRead = 0;
    GLint previousTexture = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previousFramebuffer);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previousRead);
    glGetIntegerv(GL_TEXTURE_BINDING_2D_ARRAY, &previousTexture);
    glDisable(GL_SCISSOR_TEST);
    const int used = pageCount();
    {
        gl::Texture grown = gl::Texture::allocateArray(kPageSize, kPageSize, layers);
        std::vector<gl::Framebuffer> framebuffers;
        for (int layer = 0; layer < layers; ++layer) {
            framebuffers.push_back(gl::Framebuffer::forLayer(grown, layer));
        }
        for (int page = 0; page < used; ++page) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffers[static_cast<std::size_t>(page)].id());
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffers[static_cast<std::size_t>(page)].id());
            glBlitFramebuffer(0, 0, kPageSize, kPageSize, 0, 0, kPageSize, kPageSize, GL_COLOR_BUFFER_BIT,
                              GL_NEAREST);
        }
        m_texture = std::move(grown);
        m_framebuffers = std::move(framebuffers);
    }
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(previousFramebuffer));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previousRead));
    glBindTexture(GL_TEXTURE_2D_ARRAY, static_cast<GLuint>(previousTexture));
    gl::checkErrors("ItemAtlas::grow");
}

void ItemAtlas::addPage() {
    const int used = pageCount();
    if (!m_texture || used == m_texture->levels()) {
        grow(m_texture ? m_texture->levels() * 2 : kFirstLayers);
    }
    GLint previousFramebuffer = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFramebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffers[static_cast<std::size_t>(used)].id());
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previousFramebuffer));
    m_allocators.emplace_back(kPageSize, kPageSize);
}

AtlasSlot ItemAtlas::allocate(int width, int height) {
    const int w = std::min(width + 2 * kGutter, kPageSize);
    const int h = std::min(height + 2 * kGutter, kPageSize);
    for (std::size_t page = 0; page < m_allocators.size(); ++page) {
        if (auto rect = m_allocators[page].allocate(w, h)) {
            return AtlasSlot{static_cast<int>(page), *rect};
        }
    }
    addPage();
    auto rect = m_allocators.back().allocate(w, h);
    return rect ? AtlasSlot{pageCount() - 1, *rect} : AtlasSlot{};
}

void ItemAtlas::release(AtlasSlot& slot) {
    if (slot.valid() && slot.page < pageCount()) {
        m_allocators[static_cast<std::size_t>(slot.page)].release(slot.rect);
    }
    slot = AtlasSlot{};
}

} // namespace atelier::render
