// The table's look in one place: type scale, touch sizes, spacing, corner radii, shadows and palette, all in
// millimetres of the table, so that a 4K table and a 1080p one show the same physical sizes.
#pragma once

#include <cstdint>

namespace atelier::render {

/// Every size a person reads or touches, in table millimetres, and the colours drawn with them. Cap heights
/// are those of the capitals (what a reader sees), not a font's nominal size.
struct Theme {
    // Type scale (cap heights, mm).
    double bodyCapMm = 4.5;     ///< panel, timers, keyboard counter, ranking lines, dock labels
    double headingCapMm = 6.0;  ///< the ranking's title, "the table is paused", a disabled tool's reason
    double bannerCapMm = 6.5;   ///< the workshop's title and phase at the top edge
    double questionCapMm = 7.5; ///< the workshop's question on its card
    double minBodyCapMm = 4.0;  ///< no text is smaller (legible across a 55" table)
    double minLargeCapMm = 6.0; ///< the question and the banner are not smaller
    // Touch.
    double minTargetMm = 15.0; ///< every touch target's shorter side at least
    double controlMm = 18.0;   ///< a comfortable button: panel rows, timeline buttons, dock buttons
    double minContrast = 4.5;  ///< WCAG 2.1 AA for normal text
    // Spacing and shapes.
    double gapMm = 4.0;         ///< between neighbouring controls
    double paddingMm = 3.0;     ///< inside a control or panel, around its content
    double smallRadiusMm = 2.5; ///< keys, dock buttons
    double radiusMm = 4.0;      ///< panels, pills, cards
    double shadowMm = 2.5;      ///< reach of the soft shadow under raised things
    float shadowOpacity = 0.3f; ///< its opacity at the edge
    // Palette (0xRRGGBB). Seat and category colours are the Okabe–Ito set (render::Palette), safe for the
    // colour-blind; these are the neutrals drawn with them.
    std::uint32_t ink = 0x1A1A1A;          ///< text on paper (16.1:1)
    std::uint32_t mutedInk = 0x4D4D4D;     ///< secondary text on paper (8.4:1)
    std::uint32_t paper = 0xFFFFFF;        ///< light panels, buttons, labels
    std::uint32_t night = 0x2B2D31;        ///< dark panels: keyboards, rankings, hints
    std::uint32_t nightInk = 0xFFFFFF;     ///< text on night (14.1:1)
    std::uint32_t warningInk = 0x9A3412;   ///< a warning on paper (7.0:1)
    std::uint32_t amber = 0xFFD54F;        ///< "full", "time is up": a warm fill under ink
    std::uint32_t questionFill = 0xFFFDF6; ///< the question's card: warm paper, no category colour
    std::uint32_t questionEdge = 0x1A1A1A; ///< its frame
};

/// The theme in force (the default one unless setTheme replaced it).
const Theme& theme();

/// Replaces the theme in force: for a test that plants a size below the floors, and for a config that scales
/// the type (never below the floors in a shipped config).
void setTheme(const Theme& replacement);

/// Font pixel size that gives `capMm` capitals on a surface of `pxPerMm`, for a font whose capitals are
/// `capRatio` of its pixel size (render::capHeightRatio).
double fontPixelsForCap(double capMm, double pxPerMm, double capRatio);

} // namespace atelier::render
