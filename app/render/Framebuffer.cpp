// Framebuffer objects with one colour texture attachment.
#include "render/Framebuffer.hpp"

#include <string>

#include "render/RenderError.hpp"

namespace atelier::render::gl {

void deleteFramebuffer(GLuint id) {
    glDeleteFramebuffers(1, &id);
}

namespace {

GLuint makeFramebuffer() {
    GLuint id = 0;
    glGenFramebuffers(1, &id);
    if (id == 0) {
        throw RenderError("the driver could not create a GL framebuffer.");
    }
    glBindFramebuffer(GL_FRAMEBUFFER, id);
    return id;
}

void checkComplete(const Texture& target) {
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        throw RenderError("a framebuffer on a " + std::to_string(target.width()) + " × " +
                          std::to_string(target.height()) + " texture is incomplete (status 0x" +
                          std::to_string(status) + ").");
    }
}

} // namespace

Framebuffer Framebuffer::forLayer(const Texture& target, int layer) {
    Framebuffer framebuffer(makeFramebuffer());
    glFramebufferTextureLayer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, target.id(), 0, layer);
    checkComplete(target);
    return framebuffer;
}

Framebuffer Framebuffer::forTexture(const Texture& target) {
    Framebuffer framebuffer(makeFramebuffer());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, target.id(), 0);
    checkComplete(target);
    return framebuffer;
}

} // namespace atelier::render::gl
