// A GL vertex array object: the attribute layout of one kind of geometry.
#pragma once

#include "render/GlHandle.hpp"

namespace atelier::render::gl {

/// Frees a vertex array name (the deleter of VertexArray's handle).
void deleteVertexArray(GLuint id);

/// Owns one vertex array object (required by the core profile for every draw).
class VertexArray {
public:
    /// Makes a new vertex array object.
    static VertexArray create();

    /// Declares float attribute `location` read from the currently bound GL_ARRAY_BUFFER; the VAO must be
    /// bound.
    static void floatAttribute(GLuint location, GLint components, GLenum type, bool normalised,
                               std::size_t stride, std::size_t offset, GLuint divisor = 0);

    /// The GL name, for glBindVertexArray.
    GLuint id() const { return m_handle.id(); }

private:
    explicit VertexArray(GLuint id) : m_handle(id) {}
    Handle<deleteVertexArray> m_handle;
};

} // namespace atelier::render::gl
