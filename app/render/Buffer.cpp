// Buffer uploads: whole replacement (orphaning) and in-place writes that grow the store when needed.
#include "render/Buffer.hpp"

#include <algorithm>
#include <vector>

#include "render/RenderError.hpp"

namespace atelier::render::gl {

void deleteBuffer(GLuint id) {
    glDeleteBuffers(1, &id);
}

Buffer Buffer::create() {
    GLuint id = 0;
    glGenBuffers(1, &id);
    if (id == 0) {
        throw RenderError("the driver could not create a GL buffer.");
    }
    return Buffer(id);
}

void Buffer::upload(GLenum target, const void* data, std::size_t bytes, GLenum usage) {
    glBindBuffer(target, id());
    glBufferData(target, static_cast<GLsizeiptr>(bytes), data, usage);
    m_capacity = bytes;
}

void Buffer::write(GLenum target, std::size_t offset, const void* data, std::size_t bytes) {
    glBindBuffer(target, id());
    if (offset + bytes > m_capacity) {
        // Grow geometrically and keep what is there: copy through a temporary buffer object.
        const std::size_t grown = std::max(offset + bytes, m_capacity * 2);
        if (m_capacity > 0) {
            GLuint scratch = 0;
            glGenBuffers(1, &scratch);
            glBindBuffer(GL_COPY_WRITE_BUFFER, scratch);
            glBufferData(GL_COPY_WRITE_BUFFER, static_cast<GLsizeiptr>(m_capacity), nullptr, GL_STREAM_COPY);
            glBindBuffer(GL_COPY_READ_BUFFER, id());
            glCopyBufferSubData(GL_COPY_READ_BUFFER, GL_COPY_WRITE_BUFFER, 0, 0,
                                static_cast<GLsizeiptr>(m_capacity));
            glBufferData(GL_COPY_READ_BUFFER, static_cast<GLsizeiptr>(grown), nullptr, GL_DYNAMIC_DRAW);
            glCopyBufferSubData(GL_COPY_WRITE_BUFFER, GL_COPY_READ_BUFFER, 0, 0,
                                static_cast<GLsizeiptr>(m_capacity));
            glDeleteBuffers(1, &scratch);
        } else {
            glBufferData(target, static_cast<GLsizeiptr>(grown), nullptr, GL_DYNAMIC_DRAW);
        }
        m_capacity = grown;
        glBindBuffer(target, id());
    }
    glBufferSubData(target, static_cast<GLintptr>(offset), static_cast<GLsizeiptr>(bytes), data);
}

} // namespace atelier::render::gl
