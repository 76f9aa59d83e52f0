// Wraps, fits and centres UTF-8 text in a box using Dear ImGui's font metrics (no second font system).
#pragma once

#include <string_view>
#include <vector>

struct ImFont;

namespace atelier::render {

/// One glyph placed in the box: corners in mm from the box's top-left, and its place in ImGui's atlas.
struct PlacedGlyph {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
};

/// Text laid out once for a card or label; re-made only when the text or the box changes.
struct TextBlock {
    std::vector<PlacedGlyph> glyphs;
    double capHeightMm = 0; ///< cap height actually used (shrunk for long texts)
    double widthMm = 0;     ///< width of the longest line
    int lines = 0;
    bool truncated = false; ///< the text did not fit at the smallest size and ends with "…"
};

/// How to fit text into a box.
struct TextFit {
    double widthMm = 0;
    double heightMm = 0;
    double capHeightMm = 5;    ///< preferred cap height
    double minCapHeightMm = 4; ///< shrink no further than this
    double lineSpacing = 1.12; ///< multiple of the font size
};

/// The font's cap height as a fraction of its size, measured on 'H' (about 0.73 for DejaVu Sans).
double capHeightRatio(const ImFont& font);

/// Lays text out word-wrapped, each line centred, the block centred vertically; shrinks towards
/// minCapHeightMm to fit, then cuts the last line with "…". Needs the font's atlas to be built.
TextBlock layoutText(const ImFont& font, std::string_view text, const TextFit& fit);

} // namespace atelier::render
