// Checks and decodes photo files on the CPU (worker threads): bounded memory, upright, never a crash.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace atelier::render {

/// How big a photo may be. Past maxDecodePixels a file is refused before decoding (a 20000 × 20000 image
/// would need 1.6 GB); past maxPixels or maxDimension it is decoded and then downscaled.
struct ImageLimits {
    std::int64_t maxDecodePixels = 64'000'000;
    std::int64_t maxPixels = 12'000'000;
    int maxDimension = 8192; ///< also capped by the GPU's GL_MAX_TEXTURE_SIZE (TextureCache does it)
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
    std::string format;  ///< "JPEG" or "PNG"
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
                                                   const ImageLimits& limits);

/// Decodes a whole file (call it on a worker thread: a 24-megapixel JPEG takes about a second), applies the
/// EXIF orientation, downscales to the limits and premultiplies alpha. Never throws for bad input. A PNG's
/// image data is inflated and counted first (PngScan): one that holds more than its pixels need is refused
/// before stb_image allocates anything for it.
std::variant<DecodedImage, ImageProblem> decodeImage(std::span<const std::uint8_t> bytes,
                                                     const ImageLimits& limits);

} // namespace atelier::render
