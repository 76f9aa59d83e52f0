// Turns glGetError codes into RenderError sentences in debug builds.
#include "render/GlCheck.hpp"

#include <glad/gl.h>
#include <string>

#include "render/RenderError.hpp"

namespace atelier::render::gl {
namespace {

[[maybe_unused]] const char* errorName(GLenum error) {
    switch (error) {
    case GL_INVALID_ENUM:
        return "GL_INVALID_ENUM";
    case GL_INVALID_VALUE:
        return "GL_INVALID_VALUE";
    case GL_INVALID_OPERATION:
        return "GL_INVALID_OPERATION";
    case GL_INVALID_FRAMEBUFFER_OPERATION:
        return "GL_INVALID_FRAMEBUFFER_OPERATION";
    case GL_OUT_OF_MEMORY:
        return "GL_OUT_OF_MEMORY";
    default:
        return "an unknown GL error";
    }
}

} // namespace

void checkErrors([[maybe_unused]] const char* where) {
#ifndef NDEBUG
    std::string errors;
    for (GLenum error = glGetError(); error != GL_NO_ERROR; error = glGetError()) {
        if (!errors.empty()) {
            errors += ", ";
        }
        errors += errorName(error);
    }
    if (!errors.empty()) {
        throw RenderError(std::string("OpenGL reported ") + errors + " in " + where + ".");
    }
#endif
}

void clearErrors() {
#ifndef NDEBUG
    for (int i = 0; i < 16 && glGetError() != GL_NO_ERROR; ++i) {
    }
#endif
}

} // namespace atelier::render::gl
