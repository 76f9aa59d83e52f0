// Writes decoded pixels back as a JPEG or PNG file: how an imported HEIC, WebP, TIFF, PDF, BMP, GIF or an
// oversized photo becomes an asset every part of Atelier reads (display, replay, export).
#pragma once

#include <cstdint>
#include <vector>

namespace atelier::render {

/// A baseline JPEG (libjpeg-turbo, 4:2:0 at `quality`) of straight RGBA pixels, alpha dropped; the same
/// pixels always give the same bytes.
std::vector<std::uint8_t> encodeJpegFile(const std::vector<std::uint8_t>& rgba, int width, int height,
                                         int quality = 92);

/// A PNG (stb_image_write) of straight RGBA pixels, alpha kept; the same pixels always give the same bytes.
std::vector<std::uint8_t> encodePngFile(const std::vector<std::uint8_t>& rgba, int width, int height);

/// True when every pixel is opaque (then a JPEG loses nothing of the alpha).
bool isOpaque(const std::vector<std::uint8_t>& rgba);

} // namespace atelier::render
