// A size in screen pixels: the window, the offscreen surface, an exported picture.
#pragma once

namespace atelier::platform {

/// Pixel size of the window or offscreen surface.
struct PixelSize {
    int width = 0;
    int height = 0;
};

} // namespace atelier::platform
