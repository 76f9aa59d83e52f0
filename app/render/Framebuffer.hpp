// A GL framebuffer object drawing into one texture: how cards, labels and stroke layers are cached.
#pragma once

#include "render/GlHandle.hpp"
#include "render/Texture.hpp"

namespace atelier::render::gl {

/// Frees a framebuffer name (the deleter of Framebuffer's handle).
void deleteFramebuffer(GLuint id);

/// Owns one framebuffer object with a texture (or one layer of an array) as its only colour attachment.
class Framebuffer {
public:
    /// Makes a framebuffer drawing into level 0 of target; throws RenderError if GL finds it incomplete.
    /// Leaves it bound to GL_FRAMEBUFFER.
    static Framebuffer forTexture(const Texture& target);

    /// Makes a framebuffer drawing into one layer of an array texture; leaves it bound to GL_FRAMEBUFFER.
    static Framebuffer forLayer(const Texture& target, int layer);

    /// The GL name, for glBindFramebuffer.
    GLuint id() const { return m_handle.id(); }

private:
    explicit Framebuffer(GLuint id) : m_handle(id) {}
    Handle<deleteFramebuffer> m_handle;
};

} // namespace atelier::render::gl
