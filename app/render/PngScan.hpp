// A bounded pre-flight walk over a PNG: its chunks, and its image data inflated and counted, never kept.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace atelier::render {

/// What the walk found.
struct PngScan {
    int width = 0; ///< from IHDR; 0 when it was not reached
    int height = 0;
    std::uint64_t expectedBytes = 0; ///< filtered image data the header's size, depth and colours need
    std::uint64_t inflatedBytes = 0; ///< image data inflated before the walk stopped
    bool tooLarge = false;           ///< the image data inflates to more than expectedBytes
    std::string problem;             ///< why the file must not reach stb_image; empty when it may
};

/// Walks every chunk of a PNG and inflates its IDAT stream into a small scratch buffer, counting the bytes,
/// and stops as soon as they pass what the header's pixels need: stb_image 2.27 inflates all the image data
/// into one growing buffer before it compares sizes, so a 2 MB file of zeros would take 2 GB there. The walk
/// itself holds 64 KiB and zlib's window whatever the file holds.
PngScan scanPng(std::span<const std::uint8_t> bytes);

} // namespace atelier::render
