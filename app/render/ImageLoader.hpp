// Checks and decodes photo files on the CPU (worker threads): bounded memory, upright, never a crash.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace atelier::render {

/// How big a photo may be, in pixels, bytes and time. Past maxDecodePixels a file is refused before
/// decoding; below it, an image larger than maxPixels or maxDimension is shrunk while it is decoded (strip by
/// strip for JPEG, PNG, TIFF and WebP), so memory stays near the output's size plus one strip.
struct ImageLimits {
    std::int64_t maxDecodePixels = 400'000'000; ///< the ceiling ([import] max_megapixels)
    std::int64_t maxPixels = 12'000'000;
    int maxDimension = 8192; ///< also capped by the GPU's GL_MAX_TEXTURE_SIZE (TextureCache does it)
    /// The most one decoder may hold at once for a frame that cannot be read in strips (HEIC, GIF, BMP, an
    /// interlaced PNG, a progressive JPEG's coefficients) or for one strip or tile row of a TIFF.
    std::int64_t maxFrameBytes = std::int64_t{256} << 20;
    /// A decode that has used this much CPU time (its thread's) is stopped and refused.
    double maxDecodeSeconds = 120.0;
};

/// How to decode, beyond the limits: which page of a PDF, and where the progress goes.
struct DecodeOptions {
    int pdfPage = 1;                      ///< 1-based
    std::function<void(double)> progress; ///< 0..1 as rows come, from the decoding thread (may be empty)
};

/// Why a file cannot be shown, as a kind (for a translated message) and an English sentence (for the log).
struct ImageProblem {
    /// What went wrong, so that the UI can pick its own words.
    enum class Kind { Empty, NotAnImage, Unsupported, Damaged, TooLarge, Missing };
    Kind kind = Kind::Damaged;
    std::string reason; ///< one sentence, e.g. "is 20000 × 20000 pixels (400 megapixels); ..."
};

/// What a file holds, read from its header only (cheap, safe on the main thread for a few files).
struct ImageInfo {
    std::string format;  ///< "JPEG", "PNG", "HEIF", "WebP", "TIFF", "PDF", "BMP" or "GIF"
    int storedWidth = 0; ///< as encoded
    int storedHeight = 0;
    int orientation = 1;  ///< EXIF orientation 1..8 (1 when absent)
    int uprightWidth = 0; ///< as a person should see it (swapped for orientations 5..8)
    int uprightHeight = 0;
};

/// A decoded photo: upright, within the limits, RGBA with premultiplied alpha, top row first.
struct DecodedImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
    ImageInfo info; ///< the file's own size and orientation, before downscaling
};

/// Reads the header and EXIF orientation, refusing empty, unknown, damaged or too large files.
std::variant<ImageInfo, ImageProblem> inspectImage(std::span<const std::uint8_t> bytes,
                                                   const ImageLimits& limits,
                                                   const DecodeOptions& options = {});

/// Decodes a whole file (call it on a worker thread), applies the EXIF orientation, downscales to the limits
/// and premultiplies alpha. Never throws for bad input. A JPEG is decoded by libjpeg-turbo at ½, ¼ or ⅛ of
/// its size when that still covers the size asked for; a PNG's image data is inflated and counted first
/// (PngScan), then read by libpng with its user limits set.
std::variant<DecodedImage, ImageProblem> decodeImage(std::span<const std::uint8_t> bytes,
                                                     const ImageLimits& limits,
                                                     const DecodeOptions& options = {});

/// As decodeImage, but with straight (not premultiplied) alpha: what an encoder wants.
std::variant<DecodedImage, ImageProblem> decodeUpright(std::span<const std::uint8_t> bytes,
                                                       const ImageLimits& limits,
                                                       const DecodeOptions& options = {});

/// The formats read, from the file's first bytes: "" when none.
std::string sniffImageFormat(std::span<const std::uint8_t> bytes);

} // namespace atelier::render
