// A GL buffer object (vertices, indices, instances) with its size, so uploads can grow it only when needed.
#pragma once

#include <cstddef>

#include "render/GlHandle.hpp"

namespace atelier::render::gl {

/// Frees a buffer name (the deleter of Buffer's handle).
void deleteBuffer(GLuint id);

/// Owns one buffer object; remembers its capacity in bytes.
class Buffer {
public:
    /// Makes a new, empty buffer.
    static Buffer create();

    /// Replaces the whole content (binds it to target, which stays bound afterwards).
    void upload(GLenum target, const void* data, std::size_t bytes, GLenum usage);
    /// Writes bytes at offset, growing the buffer first (keeping its content) when it is too small.
    void write(GLenum target, std::size_t offset, const void* data, std::size_t bytes);

    /// The GL name, for glBindBuffer.
    GLuint id() const { return m_handle.id(); }
    /// Bytes the buffer can hold now.
    std::size_t capacity() const { return m_capacity; }

private:
    explicit Buffer(GLuint id) : m_handle(id) {}
    Handle<deleteBuffer> m_handle;
    std::size_t m_capacity = 0;
};

} // namespace atelier::render::gl
