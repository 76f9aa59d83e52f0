// The colour of the empty table surface: what the scene clears to, and what tests look for where nothing is drawn.
#pragma once

namespace atelier::render {

/// An 8-bit RGB colour.
struct Rgb {
    unsigned char r, g, b;
};

/// The bare table (a warm light grey that photos and category colours stand out on).
inline constexpr Rgb kTableColour{0xEE, 0xEA, 0xE2};

} // namespace atelier::render
