// How table millimetres map to the pixels of the viewport the scene is drawn into.
#pragma once

#include "core/Geometry.hpp"

namespace atelier::render {

/// The surface (mm, from the config) stretched over the viewport (px): the mapping touch input uses too,
/// so what a finger touches is what is drawn under it.
struct View {
    core::Size surfaceMm{1210, 680};
    int viewportWidth = 0;
    int viewportHeight = 0;

    /// Horizontal pixels per millimetre.
    double pxPerMmX() const { return surfaceMm.width > 0 ? viewportWidth / surfaceMm.width : 1.0; }
    /// Vertical pixels per millimetre.
    double pxPerMmY() const { return surfaceMm.height > 0 ? viewportHeight / surfaceMm.height : 1.0; }
    /// The resolution cached items are rasterised at (the two differ by a fraction of a percent on real
    /// screens).
    double pxPerMm() const { return 0.5 * (pxPerMmX() + pxPerMmY()); }
    /// A table point in viewport pixels, x rightwards and y downwards from the top-left corner.
    core::Vec2 toPixels(core::Vec2 mm) const { return {mm.x * pxPerMmX(), mm.y * pxPerMmY()}; }
    /// True when the view can be drawn (a zero-sized window draws nothing).
    bool drawable() const {
        return viewportWidth > 0 && viewportHeight > 0 && surfaceMm.width > 0 && surfaceMm.height > 0;
    }
    friend bool operator==(const View&, const View&) = default;
};

} // namespace atelier::render
