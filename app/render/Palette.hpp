// Category and seat colours: the workshop's categories, falling back on the colour-blind-safe Okabe–Ito set.
#pragma once

#include <cstdint>
#include <vector>

namespace atelier::render {

/// The eight Okabe–Ito colours (0xRRGGBB), told apart by people with any common colour-vision deficiency;
/// the order puts the most distinct first.
const std::vector<std::uint32_t>& okabeIto();

/// The fill of a card whose category nobody has picked yet (and of the question): plain paper white.
inline constexpr std::uint32_t kNoCategoryColour = 0xFAF8F2;

/// Colours of card categories (from the workshop definition) and of seats (for pens, contacts, lassos).
class Palette {
public:
    /// Starts with the Okabe–Ito colours for categories and seats.
    Palette();

    /// Uses the workshop's category colours (0xRRGGBB); an empty list keeps Okabe–Ito.
    void setCategoryColours(std::vector<std::uint32_t> colours);
    /// The fill of a card of this category (categories past the list wrap round).
    std::uint32_t category(int index) const;
    /// The colour of a seat's contacts and lasso (seat 0, the facilitator, is dark grey).
    std::uint32_t seat(int seat) const;

private:
    std::vector<std::uint32_t> m_categories;
};

} // namespace atelier::render
