// The format decoders behind ImageLoader (one source file each): header reading and strip-wise decoding.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "render/ImageLoader.hpp"

namespace atelier::render {

/// Straight (not premultiplied) RGBA pixels, top row first, as stored (before the EXIF orientation).
struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

/// What a decoder is asked for and what bounds its work: the output's largest size, the memory a decoder
/// may hold for a whole frame, a deadline, and where its progress goes.
class DecodeWork {
public:
    DecodeWork(const ImageLimits& limits, const DecodeOptions& options);

    /// The size an image of width × height is shrunk to (never enlarged) to fit maxPixels and maxDimension.
    std::pair<int, int> fit(int width, int height) const;
    /// The size a vector page of width × height points is drawn at: as large as the limits allow.
    std::pair<int, int> fitPage(double width, double height) const;
    /// True when a frame of width × height RGBA pixels may be held in memory whole.
    bool frameFits(std::int64_t width, std::int64_t height) const;
    /// Reports the share done (0..1); false once the time allowed is spent (the decoder then stops).
    bool advance(double done) const;
    /// True once the time allowed is spent (nothing reported).
    bool expired() const;
    /// The refusal when advance() said stop.
    ImageProblem timedOut() const;
    /// The refusal for a frame that would not fit the memory allowed for a whole-frame decode.
    ImageProblem frameTooLarge(const std::string& format, std::int64_t width, std::int64_t height) const;

    const ImageLimits& limits() const { return m_limits; }
    const DecodeOptions& options() const { return m_options; }

private:
    const ImageLimits& m_limits;
    const DecodeOptions& m_options;
    double m_startSeconds; ///< the decoding thread's CPU time when the work began
};

/// A refusal of `kind` with its sentence.
ImageProblem imageProblem(ImageProblem::Kind kind, std::string reason);

/// The header of a file of `format` (as sniffImageFormat names it), by that format's reader.
std::variant<ImageInfo, ImageProblem> inspectFormat(std::span<const std::uint8_t> bytes,
                                                    const std::string& format, const DecodeOptions& options);
/// The pixels of a file of `format`, by that format's decoder, shrunk to the work's limits.
std::variant<RgbaImage, ImageProblem> decodeFormat(std::span<const std::uint8_t> bytes,
                                                   const std::string& format, const DecodeWork& work);

/// JPEG through libjpeg-turbo, decoded straight at ½, ¼ or ⅛ of its size when the table shows no more.
std::variant<RgbaImage, ImageProblem> decodeJpegFile(std::span<const std::uint8_t> bytes,
                                                     const DecodeWork& work);
/// PNG through libpng (user limits set), row by row when not interlaced.
std::variant<RgbaImage, ImageProblem> decodePngFile(std::span<const std::uint8_t> bytes,
                                                    const DecodeWork& work);

/// HEIC/HEIF (and AVIF) through libheif: size after the file's own rotation and mirroring.
std::variant<ImageInfo, ImageProblem> inspectHeifFile(std::span<const std::uint8_t> bytes);
/// The primary image, upright (libheif applies the file's transformations), whole-frame decode.
std::variant<RgbaImage, ImageProblem> decodeHeifFile(std::span<const std::uint8_t> bytes,
                                                     const DecodeWork& work);

/// WebP through libwebp: still images only.
std::variant<ImageInfo, ImageProblem> inspectWebpFile(std::span<const std::uint8_t> bytes);
/// Decoded straight at the fitted size (libwebp scales while decoding).
std::variant<RgbaImage, ImageProblem> decodeWebpFile(std::span<const std::uint8_t> bytes,
                                                     const DecodeWork& work);

/// TIFF (GeoTIFF included: only its pixels here) through libtiff.
std::variant<ImageInfo, ImageProblem> inspectTiffFile(std::span<const std::uint8_t> bytes);
/// The first image, read strip by strip or tile row by tile row and shrunk as it comes.
std::variant<RgbaImage, ImageProblem> decodeTiffFile(std::span<const std::uint8_t> bytes,
                                                     const DecodeWork& work);

/// PDF through poppler-cpp: the page asked for (DecodeOptions::pdfPage), its size in points.
std::variant<ImageInfo, ImageProblem> inspectPdfFile(std::span<const std::uint8_t> bytes, int page);
/// The page drawn on white at the largest size the limits allow (a vector plan stays sharp).
std::variant<RgbaImage, ImageProblem> decodePdfFile(std::span<const std::uint8_t> bytes,
                                                    const DecodeWork& work);

/// BMP and GIF (first frame) through stb_image, after a header check of their size.
std::variant<ImageInfo, ImageProblem> inspectStbFile(std::span<const std::uint8_t> bytes,
                                                     const std::string& format);
/// Whole-frame decode within the frame budget.
std::variant<RgbaImage, ImageProblem> decodeStbFile(std::span<const std::uint8_t> bytes,
                                                    const std::string& format, const DecodeWork& work);

} // namespace atelier::render
