// Card text stays legible: WCAG contrast computed right, and AA (4.5:1) reached on every category colour.
#include <gtest/gtest.h>

#include "render/Contrast.hpp"
#include "render/Palette.hpp"

namespace atelier::render {
namespace {

TEST(Contrast, MatchesWcagReferenceValues) {
    EXPECT_NEAR(relativeLuminance(0xFFFFFF), 1.0, 1e-9);
    EXPECT_NEAR(relativeLuminance(0x000000), 0.0, 1e-9);
    EXPECT_NEAR(contrastRatio(0x000000, 0xFFFFFF), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(0xFFFFFF, 0x000000), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(0x777777, 0xFFFFFF), 4.48, 0.01); // the classic "grey that just fails AA"
    EXPECT_NEAR(contrastRatio(0x767676, 0xFFFFFF), 4.54, 0.01);
    EXPECT_NEAR(contrastRatio(0x123456, 0x123456), 1.0, 1e-9);
}

TEST(Contrast, PicksDarkTextOnLightColoursAndLightTextOnDarkOnes) {
    EXPECT_EQ(textColourOn(0xF0E442), kDarkText);  // yellow
    EXPECT_EQ(textColourOn(0xE69F00), kDarkText);  // orange
    EXPECT_EQ(textColourOn(0x000000), kLightText); // black
    EXPECT_EQ(textColourOn(0x0072B2), kLightText); // blue
}

TEST(Contrast, EveryOkabeItoCategoryReachesAA) {
    for (std::uint32_t colour : okabeIto()) {
        EXPECT_GE(contrastRatio(textColourOn(colour), colour), kMinimumContrast) << std::hex << colour;
    }
}

TEST(Contrast, EveryColourAWorkshopCouldPickReachesAA) {
    // Black or white text always reaches 4.58:1 at worst; check a dense grid of the RGB cube.
    double worst = 21;
    for (std::uint32_t r = 0; r < 256; r += 5) {
        for (std::uint32_t g = 0; g < 256; g += 5) {
            for (std::uint32_t b = 0; b < 256; b += 5) {
                const std::uint32_t colour = (r << 16) | (g << 8) | b;
                worst = std::min(worst, contrastRatio(textColourOn(colour), colour));
            }
        }
    }
    EXPECT_GE(worst, kMinimumContrast);
}

TEST(Palette, UsesTheWorkshopColoursWrapsCategoriesAndLeavesUncategorisedCardsWhite) {
    Palette palette;
    EXPECT_EQ(palette.category(0), okabeIto()[0]);
    palette.setCategoryColours({0x009E73, 0xE69F00});
    EXPECT_EQ(palette.category(0), 0x009E73u);
    EXPECT_EQ(palette.category(1), 0xE69F00u);
    EXPECT_EQ(palette.category(2), 0x009E73u);
    EXPECT_EQ(palette.category(-1), kNoCategoryColour) << "a card nobody gave a category is paper white";
    palette.setCategoryColours({});
    EXPECT_EQ(palette.category(1), okabeIto()[1]);
}

} // namespace
} // namespace atelier::render
