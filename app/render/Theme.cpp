// The theme in force and the conversion from cap heights to font pixels.
#include "render/Theme.hpp"

#include <algorithm>

namespace atelier::render {
namespace {

Theme& current() {
    static Theme theme;
    return theme;
}

} // namespace

const Theme& theme() {
    return current();
}

void setTheme(const Theme& replacement) {
    current() = replacement;
}

double fontPixelsForCap(double capMm, double pxPerMm, double capRatio) {
    return capMm * pxPerMm / std::max(0.3, capRatio);
}

} // namespace atelier::render
