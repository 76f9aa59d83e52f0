// Photo mip chains are built on the workers: sizes halve down to one pixel and colours average.
#include <gtest/gtest.h>

#include "render/MipChain.hpp"

namespace atelier::render {
namespace {

TEST(MipChain, HalvesDownToOnePixel) {
    MipLevel base{13, 5, std::vector<std::uint8_t>(13 * 5 * 4, 100)};
    const auto chain = buildMipChain(std::move(base));
    ASSERT_EQ(chain.size(), 4u); // 13×5, 6×2, 3×1, 1×1
    EXPECT_EQ(chain[1].width, 6);
    EXPECT_EQ(chain[1].height, 2);
    EXPECT_EQ(chain[3].width, 1);
    EXPECT_EQ(chain[3].height, 1);
    for (const MipLevel& level : chain) {
        ASSERT_EQ(level.rgba.size(), static_cast<std::size_t>(level.width) * level.height * 4);
        EXPECT_EQ(level.rgba[0], 100);
    }
}

TEST(MipChain, AveragesFourPixels) {
    MipLevel base{2, 2, {0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255}};
    const auto chain = buildMipChain(std::move(base));
    ASSERT_EQ(chain.size(), 2u);
    EXPECT_EQ(chain[1].rgba[0], 128);
    EXPECT_EQ(chain[1].rgba[3], 255);
}

} // namespace
} // namespace atelier::render
