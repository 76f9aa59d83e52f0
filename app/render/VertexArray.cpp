// Vertex array objects and attribute declarations.
#include "render/VertexArray.hpp"

#include <cstdint>

#include "render/RenderError.hpp"

namespace atelier::render::gl {

void deleteVertexArray(GLuint id) {
    glDeleteVertexArrays(1, &id);
}

VertexArray VertexArray::create() {
    GLuint id = 0;
    glGenVertexArrays(1, &id);
    if (id == 0) {
        throw RenderError("the driver could not create a GL vertex array.");
    }
    return VertexArray(id);
}

void VertexArray::floatAttribute(GLuint location, GLint components, GLenum type, bool normalised,
                                 std::size_t stride, std::size_t offset, GLuint divisor) {
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, components, type, normalised ? GL_TRUE : GL_FALSE,
                          static_cast<GLsizei>(stride),
                          reinterpret_cast<const void*>(static_cast<std::uintptr_t>(offset)));
    glVertexAttribDivisor(location, divisor);
}

} // namespace atelier::render::gl
