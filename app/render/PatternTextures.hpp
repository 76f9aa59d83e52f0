// Small textures the photo pass shows instead of a photo: stripes while loading or broken, and "nothing".
#pragma once

#include "render/Texture.hpp"

namespace atelier::render {

/// The placeholders of the photo pass, made once (a few hundred bytes each). Main thread.
class PatternTextures {
public:
    /// Makes the three textures (the GL context must be current).
    PatternTextures();

    /// Grey diagonal stripes (repeating): a photo still loading.
    const gl::Texture& loading() const { return m_loading; }
    /// Reddish diagonal stripes (repeating): a photo that could not be read.
    const gl::Texture& broken() const { return m_broken; }
    /// One transparent pixel: no photo under a stroke layer, or no strokes on a photo.
    const gl::Texture& transparent() const { return m_transparent; }

private:
    gl::Texture m_loading;
    gl::Texture m_broken;
    gl::Texture m_transparent;
};

} // namespace atelier::render
