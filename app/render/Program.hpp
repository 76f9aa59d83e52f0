// A linked GLSL program made from shaders/NAME.vert and shaders/NAME.frag.
#pragma once

#include <filesystem>
#include <string>

#include "render/GlHandle.hpp"

namespace atelier::render::gl {

/// Frees a program name (the deleter of Program's handle).
void deleteProgram(GLuint id);

/// A vertex + fragment program; attribute locations come from the GLSL `layout(location = N)`.
class Program {
public:
    /// Loads, compiles and links resourceRoot/shaders/name.vert and name.frag; throws RenderError
    /// naming the file and line when one is missing or does not compile or link.
    static Program load(const std::filesystem::path& resourceRoot, const std::string& name);

    /// Compiles and links two sources; `name` is used in error messages.
    static Program fromSources(const std::string& vertexSource, const std::string& fragmentSource,
                               const std::string& name);

    /// The location of a uniform, or -1 when the program has none of that name (optimised away).
    GLint uniform(const char* name) const;
    /// The GL name, for glUseProgram.
    GLuint id() const { return m_handle.id(); }

private:
    explicit Program(GLuint id) : m_handle(id) {}
    Handle<deleteProgram> m_handle;
};

} // namespace atelier::render::gl
