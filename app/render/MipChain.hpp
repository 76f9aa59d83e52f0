// Mipmap levels computed on a worker thread, so the main thread only copies rows into the texture.
#pragma once

#include <cstdint>
#include <vector>

namespace atelier::render {

/// One mip level: premultiplied RGBA, top row first.
struct MipLevel {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

/// Builds the full chain from level 0 (moved in) down to 1 × 1 with a 2 × 2 box filter
/// (glGenerateMipmap on the main thread would cost tens of milliseconds under llvmpipe).
std::vector<MipLevel> buildMipChain(MipLevel base);

} // namespace atelier::render
