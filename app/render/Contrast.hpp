// WCAG 2 contrast: which text colour stays legible (AA, 4.5:1) on a category colour.
#pragma once

#include <cstdint>

namespace atelier::render {

/// Text colour on light backgrounds (0xRRGGBB): pure black, so that every background reaches 4.5:1 with
/// one of the two (the worst background, luminance 0.18, gets 4.58:1).
inline constexpr std::uint32_t kDarkText = 0x000000;
/// Text colour on dark backgrounds (0xRRGGBB).
inline constexpr std::uint32_t kLightText = 0xFFFFFF;
/// The WCAG AA threshold for normal text.
inline constexpr double kMinimumContrast = 4.5;

/// WCAG relative luminance of an sRGB colour 0xRRGGBB, from 0 (black) to 1 (white).
double relativeLuminance(std::uint32_t rgb);

/// WCAG contrast ratio between two colours 0xRRGGBB, from 1 (same) to 21 (black on white).
double contrastRatio(std::uint32_t a, std::uint32_t b);

/// kDarkText or kLightText, whichever contrasts more with the background 0xRRGGBB.
std::uint32_t textColourOn(std::uint32_t background);

} // namespace atelier::render
