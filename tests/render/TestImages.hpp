// Image files made inside the tests: good ones, and every kind of bad one a facilitator might import.
#pragma once

#include <cstdint>
#include <vector>

namespace atelier::render::testing {

/// Bytes of a file.
using Bytes = std::vector<std::uint8_t>;

/// RGBA pixels, width × height, top row first, with the top half one colour and the bottom half another
/// (0xRRGGBB each), so that "upright" can be checked.
std::vector<std::uint8_t> twoToneRgba(int width, int height, std::uint32_t top, std::uint32_t bottom);

/// A PNG of RGBA (4) or grey (1) pixels, written by stb_image_write.
Bytes encodePng(const std::vector<std::uint8_t>& pixels, int width, int height, int components);

/// A baseline JPEG of RGBA pixels (alpha dropped), written by stb_image_write.
Bytes encodeJpeg(const std::vector<std::uint8_t>& rgba, int width, int height, int quality = 92);

/// The JPEG with an EXIF APP1 segment (big-endian TIFF, IFD0 holding only Orientation) after its SOI.
Bytes withExifOrientation(const Bytes& jpeg, int orientation);

/// A 16-bit-per-channel RGB PNG (hand-built: stored deflate blocks), top half `top`, bottom half `bottom`.
Bytes sixteenBitPng(int width, int height, std::uint32_t top, std::uint32_t bottom);

/// A 1 × 1 RGBA PNG whose image data is a zlib stream of `zeroBytes` zeros (a decompression bomb: a few
/// kilobytes per 10 MB), interlaced (Adam7) or not.
Bytes pngBomb(std::uint64_t zeroBytes, bool interlaced);

/// A PNG signature and IHDR claiming width × height RGBA pixels, with no image data.
Bytes pngHeaderOnly(int width, int height);

} // namespace atelier::render::testing
