// The stroke shader program (shaders/stroke.*), shared by every stroke layer.
#pragma once

#include <filesystem>

#include "render/Program.hpp"

namespace atelier::render {

/// Loads the instanced capsule program once; layers set its uniforms and draw their own buffers.
class StrokeProgram {
public:
    /// Loads shaders/stroke.vert and .frag (throws RenderError).
    explicit StrokeProgram(const std::filesystem::path& resourceRoot);

    /// Makes it current with the mapping from layer units to clip space.
    void use(float scaleX, float scaleY, float offsetX, float offsetY, float pixelsPerUnit) const;

private:
    gl::Program m_program;
    GLint m_scale = -1;
    GLint m_offset = -1;
    GLint m_pixelsPerUnit = -1;
};

} // namespace atelier::render
