// One owner for one GL object name: the base of every gl:: wrapper (movable, not copyable).
#pragma once

#include <glad/gl.h>
#include <utility>

namespace atelier::render::gl {

/// Owns a GL object name and deletes it with Delete when it goes; moving hands the name over.
template <void (*Delete)(GLuint)>
class Handle {
public:
    /// An empty handle (owns nothing).
    Handle() = default;
    /// Takes ownership of a name just made by glGen* / glCreate*.
    explicit Handle(GLuint id) : m_id(id) {}
    Handle(Handle&& other) noexcept : m_id(std::exchange(other.m_id, 0)) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            m_id = std::exchange(other.m_id, 0);
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { reset(); }

    /// The GL name, for binding; 0 when empty.
    GLuint id() const { return m_id; }
    /// True when it owns a name.
    explicit operator bool() const { return m_id != 0; }
    /// Deletes the object now (the GL context must be current).
    void reset() {
        if (m_id != 0) {
            Delete(m_id);
            m_id = 0;
        }
    }

private:
    GLuint m_id = 0;
};

} // namespace atelier::render::gl
