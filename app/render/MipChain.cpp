// Box-filtered mip chains for photo textures.
#include "render/MipChain.hpp"

#include <algorithm>

namespace atelier::render {
namespace {

MipLevel halve(const MipLevel& source) {
    MipLevel level;
    level.width = std::max(1, source.width / 2);
    level.height = std::max(1, source.height / 2);
    level.rgba.resize(static_cast<std::size_t>(level.width) * static_cast<std::size_t>(level.height) * 4);
    const auto sourceRow = static_cast<std::size_t>(source.width) * 4;
    for (int y = 0; y < level.height; ++y) {
        const int y0 = std::min(2 * y, source.height - 1);
        const int y1 = std::min(2 * y + 1, source.height - 1);
        const std::uint8_t* row0 = source.rgba.data() + static_cast<std::size_t>(y0) * sourceRow;
        const std::uint8_t* row1 = source.rgba.data() + static_cast<std::size_t>(y1) * sourceRow;
        std::uint8_t* out =
            level.rgba.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(level.width) * 4;
        for (int x = 0; x < level.width; ++x) {
            const auto x0 = static_cast<std::size_t>(std::min(2 * x, source.width - 1)) * 4;
            const auto x1 = static_cast<std::size_t>(std::min(2 * x + 1, source.width - 1)) * 4;
            for (std::size_t c = 0; c < 4; ++c) {
                const unsigned sum = row0[x0 + c] + row0[x1 + c] + row1[x0 + c] + row1[x1 + c];
                out[static_cast<std::size_t>(x) * 4 + c] = static_cast<std::uint8_t>((sum + 2) / 4);
            }
        }
    }
    return level;
}

} // namespace

std::vector<MipLevel> buildMipChain(MipLevel base) {
    std::vector<MipLevel> chain;
    chain.push_back(std::move(base));
    while (chain.back().width > 1 || chain.back().height > 1) {
        MipLevel next = halve(chain.back());
        chain.push_back(std::move(next));
    }
    return chain;
}

} // namespace atelier::render
