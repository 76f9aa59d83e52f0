// Compiles GLSL and turns the driver's log into messages that name the file and the line.
#include "render/Shader.hpp"

#include <fstream>
#include <sstream>
#include <vector>

#include "render/RenderError.hpp"

namespace atelier::render::gl {
namespace {

/// Parses the line (and column) of a log line in Mesa's "0:12(5):" or NVIDIA's "0(12) :" form.
bool parseLocation(std::string_view line, std::string& rest, int& lineNumber, int& column) {
    std::size_t i = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
        ++i;
    }
    if (i == 0 || i >= line.size() || (line[i] != ':' && line[i] != '(')) {
        return false;
    }
    ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
        ++i;
    }
    if (i == start) {
        return false;
    }
    lineNumber = std::stoi(std::string(line.substr(start, i - start)));
    column = 0;
    if (i < line.size() && line[i] == '(') {
        start = ++i;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
            ++i;
        }
        if (i > start) {
            column = std::stoi(std::string(line.substr(start, i - start)));
        }
        if (i < line.size() && line[i] == ')') {
            ++i;
        }
    } else if (i < line.size() && line[i] == ')') {
        ++i;
    }
    while (i < line.size() && (line[i] == ':' || line[i] == ' ')) {
        ++i;
    }
    rest = std::string(line.substr(i));
    return true;
}

} // namespace

void deleteShader(GLuint id) {
    glDeleteShader(id);
}

std::string nameLinesInLog(std::string_view log, const std::string& file) {
    std::string result;
    std::size_t begin = 0;
    while (begin < log.size()) {
        std::size_t end = log.find('\n', begin);
        if (end == std::string_view::npos) {
            end = log.size();
        }
        const std::string_view line = log.substr(begin, end - begin);
        begin = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
            continue;
        }
        std::string rest;
        int lineNumber = 0;
        int column = 0;
        if (!result.empty()) {
            result += '\n';
        }
        if (parseLocation(line, rest, lineNumber, column)) {
            result += file + ":" + std::to_string(lineNumber) + ":";
            if (column > 0) {
                result += std::to_string(column) + ":";
            }
            result += " " + rest;
        } else {
            result += file + ": " + std::string(line);
        }
    }
    return result;
}

Shader Shader::compile(GLenum stage, std::string_view source, const std::string& file) {
    const GLuint id = glCreateShader(stage);
    if (id == 0) {
        throw RenderError(file + ": the driver could not create a shader (is a GL context current?).");
    }
    Shader shader(id);
    const char* text = source.data();
    const auto length = static_cast<GLint>(source.size());
    glShaderSource(id, 1, &text, &length);
    glCompileShader(id);
    GLint ok = GL_FALSE;
    glGetShaderiv(id, GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        GLint logLength = 0;
        glGetShaderiv(id, GL_INFO_LOG_LENGTH, &logLength);
        std::vector<char> log(static_cast<std::size_t>(std::max(logLength, 1)));
        glGetShaderInfoLog(id, logLength, nullptr, log.data());
        std::string message = nameLinesInLog(std::string_view(log.data()), file);
        if (message.empty()) {
            message = file + ": does not compile (the driver gave no reason).";
        }
        throw RenderError("shader error:\n" + message);
    }
    return shader;
}

std::string readShaderFile(const std::filesystem::path& resourceRoot, const std::string& name) {
    const std::filesystem::path path = resourceRoot / "shaders" / name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw RenderError("shaders/" + name + " is missing: looked for " + path.string() +
                          " (is Atelier's data directory installed?).");
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace atelier::render::gl
