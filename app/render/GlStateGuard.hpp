// Saves the GL state a renderer changes and puts it back, so ImGui (or anyone) draws on top unaffected.
#pragma once

#include <array>
#include <glad/gl.h>

namespace atelier::render::gl {

/// Captures bindings, blend, scissor, viewport and pixel-store state on construction and restores them on
/// destruction (the same list ImGui's OpenGL3 backend saves, plus framebuffers and the 2D and 2D-array
/// textures of units 0-3, which Atelier's programs use).
class StateGuard {
public:
    /// Texture units whose GL_TEXTURE_2D binding is saved.
    static constexpr int kSavedTextureUnits = 4;

    /// Reads the state (about forty glGet calls: cheap, no GPU sync on Mesa).
    StateGuard();
    StateGuard(const StateGuard&) = delete;
    StateGuard& operator=(const StateGuard&) = delete;
    ~StateGuard();

    /// The draw framebuffer bound when the guard was made: where the caller wants the scene.
    GLuint callerDrawFramebuffer() const { return static_cast<GLuint>(m_drawFramebuffer); }

private:
    GLint m_program = 0;
    GLint m_vertexArray = 0;
    GLint m_arrayBuffer = 0;
    GLint m_activeTexture = 0;
    std::array<GLint, kSavedTextureUnits> m_textures{};
    std::array<GLint, kSavedTextureUnits> m_arrayTextures{};
    GLint m_drawFramebuffer = 0;
    GLint m_readFramebuffer = 0;
    std::array<GLint, 4> m_viewport{};
    std::array<GLint, 4> m_scissorBox{};
    std::array<GLfloat, 4> m_clearColour{};
    std::array<GLboolean, 4> m_colourMask{};
    GLint m_blendSrcRgb = 0, m_blendDstRgb = 0, m_blendSrcAlpha = 0, m_blendDstAlpha = 0;
    GLint m_blendEquationRgb = 0, m_blendEquationAlpha = 0;
    GLboolean m_blend = GL_FALSE, m_scissor = GL_FALSE, m_depth = GL_FALSE, m_stencil = GL_FALSE,
              m_cull = GL_FALSE;
    GLint m_unpackAlignment = 4, m_unpackRowLength = 0, m_unpackSkipRows = 0, m_unpackSkipPixels = 0;
    GLint m_packAlignment = 4;
};

} // namespace atelier::render::gl
