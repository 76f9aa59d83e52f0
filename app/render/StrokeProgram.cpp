// Uniform setup of the stroke program.
#include "render/StrokeProgram.hpp"

namespace atelier::render {

StrokeProgram::StrokeProgram(const std::filesystem::path& resourceRoot)
    : m_program(gl::Program::load(resourceRoot, "stroke")), m_scale(m_program.uniform("u_scale")),
      m_offset(m_program.uniform("u_offset")), m_pixelsPerUnit(m_program.uniform("u_pixelsPerUnit")) {}

void StrokeProgram::use(float scaleX, float scaleY, float offsetX, float offsetY, float pixelsPerUnit) const {
    glUseProgram(m_program.id());
    glUniform2f(m_scale, scaleX, scaleY);
    glUniform2f(m_offset, offsetX, offsetY);
    glUniform1f(m_pixelsPerUnit, pixelsPerUnit);
}

} // namespace atelier::render
