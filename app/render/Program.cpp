// Links GLSL programs from the shaders/ folder and reports link errors with the shader names.
#include "render/Program.hpp"

#include <vector>

#include "render/RenderError.hpp"
#include "render/Shader.hpp"

namespace atelier::render::gl {

void deleteProgram(GLuint id) {
    glDeleteProgram(id);
}

Program Program::fromSources(const std::string& vertexSource, const std::string& fragmentSource,
                             const std::string& name) {
    const Shader vertex = Shader::compile(GL_VERTEX_SHADER, vertexSource, "shaders/" + name + ".vert");
    const Shader fragment = Shader::compile(GL_FRAGMENT_SHADER, fragmentSource, "shaders/" + name + ".frag");
    const GLuint id = glCreateProgram();
    if (id == 0) {
        throw RenderError("shaders/" + name + ": the driver could not create a program.");
    }
    Program program(id);
    glAttachShader(id, vertex.id());
    glAttachShader(id, fragment.id());
    glLinkProgram(id);
    glDetachShader(id, vertex.id());
    glDetachShader(id, fragment.id());
    GLint ok = GL_FALSE;
    glGetProgramiv(id, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        GLint logLength = 0;
        glGetProgramiv(id, GL_INFO_LOG_LENGTH, &logLength);
        std::vector<char> log(static_cast<std::size_t>(std::max(logLength, 1)));
        glGetProgramInfoLog(id, logLength, nullptr, log.data());
        throw RenderError("shaders/" + name + ".vert + .frag do not link: " + std::string(log.data()));
    }
    return program;
}

Program Program::load(const std::filesystem::path& resourceRoot, const std::string& name) {
    const std::string vertex = readShaderFile(resourceRoot, name + ".vert");
    const std::string fragment = readShaderFile(resourceRoot, name + ".frag");
    return fromSources(vertex, fragment, name);
}

GLint Program::uniform(const char* name) const {
    return glGetUniformLocation(m_handle.id(), name);
}

} // namespace atelier::render::gl
