// Saving and restoring GL state around Atelier's renderers.
#include "render/GlStateGuard.hpp"

namespace atelier::render::gl {
namespace {

void setEnabled(GLenum capability, GLboolean enabled) {
    if (enabled == GL_TRUE) {
        glEnable(capability);
    } else {
        glDisable(capability);
    }
}

} // namespace

StateGuard::StateGuard() {
    glGetIntegerv(GL_CURRENT_PROGRAM, &m_program);
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &m_vertexArray);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &m_arrayBuffer);
    glGetIntegerv(GL_ACTIVE_TEXTURE, &m_activeTexture);
    for (int unit = 0; unit < kSavedTextureUnits; ++unit) {
        glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &m_textures[static_cast<std::size_t>(unit)]);
        glGetIntegerv(GL_TEXTURE_BINDING_2D_ARRAY, &m_arrayTextures[static_cast<std::size_t>(unit)]);
    }
    glActiveTexture(static_cast<GLenum>(m_activeTexture));
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &m_drawFramebuffer);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &m_readFramebuffer);
    glGetIntegerv(GL_VIEWPORT, m_viewport.data());
    glGetIntegerv(GL_SCISSOR_BOX, m_scissorBox.data());
    glGetFloatv(GL_COLOR_CLEAR_VALUE, m_clearColour.data());
    glGetBooleanv(GL_COLOR_WRITEMASK, m_colourMask.data());
    glGetIntegerv(GL_BLEND_SRC_RGB, &m_blendSrcRgb);
    glGetIntegerv(GL_BLEND_DST_RGB, &m_blendDstRgb);
    glGetIntegerv(GL_BLEND_SRC_ALPHA, &m_blendSrcAlpha);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &m_blendDstAlpha);
    glGetIntegerv(GL_BLEND_EQUATION_RGB, &m_blendEquationRgb);
    glGetIntegerv(GL_BLEND_EQUATION_ALPHA, &m_blendEquationAlpha);
    m_blend = glIsEnabled(GL_BLEND);
    m_scissor = glIsEnabled(GL_SCISSOR_TEST);
    m_depth = glIsEnabled(GL_DEPTH_TEST);
    m_stencil = glIsEnabled(GL_STENCIL_TEST);
    m_cull = glIsEnabled(GL_CULL_FACE);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &m_unpackAlignment);
    glGetIntegerv(GL_UNPACK_ROW_LENGTH, &m_unpackRowLength);
    glGetIntegerv(GL_UNPACK_SKIP_ROWS, &m_unpackSkipRows);
    glGetIntegerv(GL_UNPACK_SKIP_PIXELS, &m_unpackSkipPixels);
    glGetIntegerv(GL_PACK_ALIGNMENT, &m_packAlignment);
}

StateGuard::~StateGuard() {
    glUseProgram(static_cast<GLuint>(m_program));
    glBindVertexArray(static_cast<GLuint>(m_vertexArray));
    glBindBuffer(GL_ARRAY_BUFFER, static_cast<GLuint>(m_arrayBuffer));
    for (int unit = 0; unit < kSavedTextureUnits; ++unit) {
        glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(m_textures[static_cast<std::size_t>(unit)]));
        glBindTexture(GL_TEXTURE_2D_ARRAY,
                      static_cast<GLuint>(m_arrayTextures[static_cast<std::size_t>(unit)]));
    }
    glActiveTexture(static_cast<GLenum>(m_activeTexture));
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(m_drawFramebuffer));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(m_readFramebuffer));
    glViewport(m_viewport[0], m_viewport[1], m_viewport[2], m_viewport[3]);
    glScissor(m_scissorBox[0], m_scissorBox[1], m_scissorBox[2], m_scissorBox[3]);
    glClearColor(m_clearColour[0], m_clearColour[1], m_clearColour[2], m_clearColour[3]);
    glColorMask(m_colourMask[0], m_colourMask[1], m_colourMask[2], m_colourMask[3]);
    glBlendEquationSeparate(static_cast<GLenum>(m_blendEquationRgb),
                            static_cast<GLenum>(m_blendEquationAlpha));
    glBlendFuncSeparate(static_cast<GLenum>(m_blendSrcRgb), static_cast<GLenum>(m_blendDstRgb),
                        static_cast<GLenum>(m_blendSrcAlpha), static_cast<GLenum>(m_blendDstAlpha));
    setEnabled(GL_BLEND, m_blend);
    setEnabled(GL_SCISSOR_TEST, m_scissor);
    setEnabled(GL_DEPTH_TEST, m_depth);
    setEnabled(GL_STENCIL_TEST, m_stencil);
    setEnabled(GL_CULL_FACE, m_cull);
    glPixelStorei(GL_UNPACK_ALIGNMENT, m_unpackAlignment);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, m_unpackRowLength);
    glPixelStorei(GL_UNPACK_SKIP_ROWS, m_unpackSkipRows);
    glPixelStorei(GL_UNPACK_SKIP_PIXELS, m_unpackSkipPixels);
    glPixelStorei(GL_PACK_ALIGNMENT, m_packAlignment);
}

} // namespace atelier::render::gl
