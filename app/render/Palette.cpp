// The Okabe–Ito palette and the lookup of category and seat colours.
#include "render/Palette.hpp"

#include <utility>

namespace atelier::render {

const std::vector<std::uint32_t>& okabeIto() {
    static const std::vector<std::uint32_t> colours = {
        0xE69F00, // orange
        0x56B4E9, // sky blue
        0x009E73, // bluish green
        0xF0E442, // yellow
        0x0072B2, // blue
        0xD55E00, // vermillion
        0xCC79A7, // reddish purple
        0x000000, // black
    };
    return colours;
}

Palette::Palette() : m_categories(okabeIto()) {}

void Palette::setCategoryColours(std::vector<std::uint32_t> colours) {
    m_categories = colours.empty() ? okabeIto() : std::move(colours);
}

std::uint32_t Palette::category(int index) const {
    if (index < 0) {
        return kNoCategoryColour; // no category picked yet
    }
    const auto count = static_cast<int>(m_categories.size());
    const int wrapped = ((index % count) + count) % count;
    return m_categories[static_cast<std::size_t>(wrapped)] & 0xFFFFFFu;
}

std::uint32_t Palette::seat(int seat) const {
    if (seat <= 0) {
        return 0x404040;
    }
    const auto& colours = okabeIto();
    return colours[static_cast<std::size_t>(seat - 1) % (colours.size() - 1)];
}

} // namespace atelier::render
