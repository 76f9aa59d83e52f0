// Image files of every imported format, written in the tests by the formats' own libraries from known pixels.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "TestImages.hpp"

namespace atelier::render::testing {

/// A HEIC (HEVC, libheif's x265 encoder) of RGBA pixels; alpha dropped.
Bytes encodeHeic(const std::vector<std::uint8_t>& rgba, int width, int height);

/// A lossless WebP (libwebp's encoder) of RGBA pixels.
Bytes encodeWebp(const std::vector<std::uint8_t>& rgba, int width, int height);

/// How a TIFF is laid out: strips of `rowsPerStrip` rows, or square tiles of `tileSide` when not 0.
struct TiffLayout {
    int rowsPerStrip = 16;
    int tileSide = 0;
    bool deflate = true;
};

/// An RGB TIFF (libtiff, written to a scratch file) of RGBA pixels; alpha dropped.
Bytes encodeTiff(const std::vector<std::uint8_t>& rgba, int width, int height, TiffLayout layout = {});

/// Where a GeoTIFF lies on the map, north up: the outer top-left corner of its first pixel in the coordinates
/// of EPSG:`epsg` (easting, northing), and square pixels of `pixelSize` map units (ModelTiepoint +
/// ModelPixelScale, PixelIsArea).
struct GeoTiffPlacement {
    double left = 0;
    double top = 0;
    double pixelSize = 1;
    int epsg = 2154; ///< Lambert-93
};

/// An RGB GeoTIFF in strips (libtiff, its georeference tags through libgeotiff) of RGBA pixels; alpha
/// dropped.
Bytes encodeGeoTiff(const std::vector<std::uint8_t>& rgba, int width, int height,
                    const GeoTiffPlacement& placement);

/// Writes to `file` a width × height RGB TIFF of one colour (0xRRGGBB) in deflated strips of 16 rows, a row
/// at a time: a 20000 × 20000 one takes a few megabytes on disk and one row of memory.
void writeSolidTiff(const std::filesystem::path& file, int width, int height, std::uint32_t colour);

/// A PDF (cairo) of `pages` pages of widthPt × heightPt points, each page its top half `top` and bottom half
/// `bottom` (0xRRGGBB), page n (1-based) with n thin black bars along its left edge.
Bytes encodePdf(double widthPt, double heightPt, std::uint32_t top, std::uint32_t bottom, int pages = 1);

/// A 24-bit bottom-up BMP (written by hand) of RGBA pixels; alpha dropped.
Bytes encodeBmp(const std::vector<std::uint8_t>& rgba, int width, int height);

/// A GIF (giflib) of RGBA pixels of at most 256 colours (alpha dropped), followed by a second frame of
/// `secondFrame` (0xRRGGBB) when not 0: only the first must show.
Bytes encodeGif(const std::vector<std::uint8_t>& rgba, int width, int height, std::uint32_t secondFrame = 0);

} // namespace atelier::render::testing
