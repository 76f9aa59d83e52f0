// A pre-flight walk over a JPEG's markers: its size, and tables that would overflow stb_image 2.27.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace atelier::render {

/// What the marker walk found.
struct JpegScan {
    int width = 0; ///< from the first SOF marker; 0 when none was reached
    int height = 0;
    std::string problem; ///< why the file must not reach stb_image; empty when it may
};

/// Walks every marker of a JPEG (entropy-coded data skipped) and refuses Huffman tables listing more than
/// 256 codes: Debian's stb_image 2.27 writes past its tables on those (CVE-2021-37789, fixed upstream
/// in 2.28).
JpegScan scanJpeg(std::span<const std::uint8_t> bytes);

/// Width and height from a PNG's IHDR, for a clear refusal when stb_image will not even read the header.
bool pngHeaderSize(std::span<const std::uint8_t> bytes, int& width, int& height);

} // namespace atelier::render
