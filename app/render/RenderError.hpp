// The one exception type of app/render: a shader, file or GL problem told as a sentence.
#pragma once

#include <stdexcept>
#include <string>

namespace atelier::render {

/// Thrown while setting renderers up (a shader missing or not compiling, no GL 3.3): the caller catches it
/// once and shows the sentence; drawing a frame never throws it in release builds.
class RenderError : public std::runtime_error {
public:
    /// Carries a sentence that names the file (and line) or the GL call concerned.
    explicit RenderError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace atelier::render
