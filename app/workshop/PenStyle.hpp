// The pens' six colours and three widths, and the style a seat has chosen.
#pragma once

#include <array>
#include <cstdint>

namespace atelier::workshop {

/// Colours of the pen (0xRRGGBBAA), chosen to stand out on aerial photos and on each other: black, white,
/// vermillion, blue, bluish green and yellow (the Okabe–Ito hues that stay distinct for most colour-blind
/// eyes, plus black and white for dark and light ground).
inline constexpr std::array<std::uint32_t, 6> kPenColours = {0x111111FFu, 0xFFFFFFFFu, 0xD55E00FFu,
                                                             0x0072B2FFu, 0x009E73FFu, 0xF0E442FFu};
/// Widths of the pen in millimetres: fine, medium, wide.
inline constexpr std::array<double, 3> kPenWidthsMm = {2.0, 4.0, 8.0};

/// What a seat's pen draws with: indexes into kPenColours and kPenWidthsMm (0-based).
struct PenStyle {
    int colour = 2; ///< vermillion: visible on grass, asphalt and roofs alike
    int width = 1;  ///< medium
    /// The colour as 0xRRGGBBAA.
    std::uint32_t rgba() const { return kPenColours[static_cast<std::size_t>(colour)]; }
    /// The width in millimetres.
    double widthMm() const { return kPenWidthsMm[static_cast<std::size_t>(width)]; }
};

} // namespace atelier::workshop
