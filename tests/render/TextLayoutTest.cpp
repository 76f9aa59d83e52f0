// Card text layout on ImGui's metrics: wraps inside the card, keeps the cap height legible, speaks French.
#include <gtest/gtest.h>

#include <imgui.h>

#include "TestFont.hpp"
#include "render/CardStyle.hpp"
#include "render/TextLayout.hpp"

namespace atelier::render {
namespace {

TextFit cardFit() {
    TextFit fit;
    fit.widthMm = kDefaultCardSizeMm.width - 2 * kCardPaddingMm;
    fit.heightMm = kDefaultCardSizeMm.height - 2 * kCardPaddingMm;
    fit.capHeightMm = kCardCapHeightMm;
    fit.minCapHeightMm = kMinCardCapHeightMm;
    fit.lineSpacing = kLineSpacing;
    return fit;
}

void expectInside(const TextBlock& block, const TextFit& fit) {
    for (const PlacedGlyph& glyph : block.glyphs) {
        EXPECT_GE(glyph.x0, -0.5f);
        EXPECT_LE(glyph.x1, fit.widthMm + 0.5);
        EXPECT_GE(glyph.y0, -1.0f);
        EXPECT_LE(glyph.y1, fit.heightMm + 1.0);
    }
}

TEST(TextLayout, ShortTextKeepsTheFullCapHeightOnOneLine) {
    testing::TestFont font;
    const TextBlock block = layoutText(font.font(), "Des arbres", cardFit());
    EXPECT_EQ(block.lines, 1);
    EXPECT_DOUBLE_EQ(block.capHeightMm, kCardCapHeightMm);
    EXPECT_FALSE(block.truncated);
    EXPECT_EQ(block.glyphs.size(), 9u); // the space draws nothing
    expectInside(block, cardFit());
}

TEST(TextLayout, WrapsLongSentencesInsideTheCard) {
    testing::TestFont font;
    const TextBlock block = layoutText(
        font.font(), "Un banc à l’ombre des platanes, près de la fontaine, pour les anciens", cardFit());
    EXPECT_GT(block.lines, 2);
    EXPECT_GE(block.capHeightMm, kMinCardCapHeightMm);
    EXPECT_FALSE(block.truncated);
    expectInside(block, cardFit());
}

TEST(TextLayout, NeverGoesBelowTheMinimumCapHeightAndEndsWithAnEllipsis) {
    testing::TestFont font;
    std::string novel;
    for (int i = 0; i < 60; ++i) {
        novel += "beaucoup de mots ";
    }
    const TextBlock block = layoutText(font.font(), novel, cardFit());
    EXPECT_TRUE(block.truncated);
    EXPECT_DOUBLE_EQ(block.capHeightMm, kMinCardCapHeightMm);
    expectInside(block, cardFit());
}

TEST(TextLayout, HasGlyphsForFrenchPunctuation) {
    testing::TestFont font;
    if (!font.isDejaVu()) {
        GTEST_SKIP() << "DejaVu Sans (fonts-dejavu-core) is not installed";
    }
    for (ImWchar c : {ImWchar(0x0153), ImWchar(0x0152), ImWchar(0x20AC), ImWchar(0x2019), ImWchar(0x2026),
                      ImWchar(0x00AB), ImWchar(0x00E9)}) {
        EXPECT_NE(font.font().FindGlyphNoFallback(c), nullptr) << std::hex << c;
    }
    const TextBlock block = layoutText(font.font(), "Œuvre « cœur » 5 €", cardFit());
    EXPECT_EQ(block.glyphs.size(), 13u); // spaces draw nothing
}

TEST(TextLayout, HonoursLineBreaksAndSurvivesBrokenUtf8) {
    testing::TestFont font;
    EXPECT_EQ(layoutText(font.font(), "Vélo\nBus", cardFit()).lines, 2);
    const TextBlock broken = layoutText(font.font(),
                                        std::string("ab\xC3\x28\xFF"
                                                    "cd"),
                                        cardFit());
    EXPECT_EQ(broken.lines, 1);
    EXPECT_TRUE(layoutText(font.font(), "", cardFit()).glyphs.empty());
}

} // namespace
} // namespace atelier::render
