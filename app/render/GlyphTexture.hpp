// The glyphs of Dear ImGui's font atlas as a texture of ours, for text drawn into cards and labels.
#pragma once

#include <optional>

#include "render/Texture.hpp"

struct ImFontAtlas;

namespace atelier::render {

/// A single-channel copy of ImGui's atlas pixels (ImGui's own texture belongs to its backend, and we
/// supersample it ourselves when shrinking); re-made if ImGui rebuilds its atlas.
class GlyphTexture {
public:
    /// Binds the current texture of the atlas, uploading it first when the atlas changed. Main thread.
    const gl::Texture& refresh(ImFontAtlas& atlas);

private:
    std::optional<gl::Texture> m_texture;
    const unsigned char* m_pixels = nullptr;
    int m_width = 0;
    int m_height = 0;
};

} // namespace atelier::render
