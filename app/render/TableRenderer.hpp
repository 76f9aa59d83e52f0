// Draws the table's scene from a const view of the board (for now: the empty table surface).
#pragma once

namespace atelier::render {

/// The colour of the empty table surface, also what tests look for where nothing is drawn.
struct Rgb {
    unsigned char r, g, b;
};
inline constexpr Rgb kTableColour{0xEE, 0xEA, 0xE2};

/// Draws the scene into the current framebuffer of the given pixel size.
class TableRenderer {
public:
    /// Clears to the table colour; later layers (photos, strokes, cards) are drawn on top.
    void draw(int width, int height);
};

} // namespace atelier::render
