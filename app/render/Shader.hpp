// A compiled GLSL shader stage, and reading GLSL files from the resource root's shaders/ folder.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "render/GlHandle.hpp"

namespace atelier::render::gl {

/// Frees a shader name (the deleter of Shader's handle).
void deleteShader(GLuint id);

/// One compiled stage (vertex or fragment); linked into a Program, then no longer needed.
class Shader {
public:
    /// Compiles source for stage; `file` names it in errors, which read "shaders/x.frag:12: message".
    static Shader compile(GLenum stage, std::string_view source, const std::string& file);

    /// The GL name, for glAttachShader.
    GLuint id() const { return m_handle.id(); }

private:
    explicit Shader(GLuint id) : m_handle(id) {}
    Handle<deleteShader> m_handle;
};

/// Reads resourceRoot/shaders/name; throws RenderError saying where it looked when the file is missing.
std::string readShaderFile(const std::filesystem::path& resourceRoot, const std::string& name);

/// Rewrites a GLSL info log ("0:12(5): error: ...") so that each line starts with "file:12:5:".
std::string nameLinesInLog(std::string_view log, const std::string& file);

} // namespace atelier::render::gl
