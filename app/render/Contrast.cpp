// WCAG 2.x relative luminance and contrast ratio.
#include "render/Contrast.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::render {
namespace {

double channel(std::uint32_t value) {
    const double c = static_cast<double>(value & 0xFFu) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(std::uint32_t rgb) {
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
}

double contrastRatio(std::uint32_t a, std::uint32_t b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::uint32_t textColourOn(std::uint32_t background) {
    return contrastRatio(kDarkText, background) >= contrastRatio(kLightText, background) ? kDarkText
                                                                                         : kLightText;
}

} // namespace atelier::render
