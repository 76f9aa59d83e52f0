// EXIF orientation (libexif) and the pixel transform that stands a phone photo upright.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace atelier::render {

/// The EXIF orientation tag of a JPEG file (1..8), or 1 when it has none or it cannot be read.
int readExifOrientation(std::span<const std::uint8_t> jpegBytes);

/// True for orientations that swap width and height (5..8: the camera was held sideways).
inline bool swapsAxes(int orientation) {
    return orientation >= 5 && orientation <= 8;
}

/// Returns RGBA pixels (width × height, top row first) transformed for display per EXIF orientation;
/// width and height are updated (swapped for 5..8). Orientation 1 or unknown returns the input unchanged.
std::vector<std::uint8_t> applyOrientation(std::vector<std::uint8_t> rgba, int& width, int& height,
                                           int orientation);

} // namespace atelier::render
