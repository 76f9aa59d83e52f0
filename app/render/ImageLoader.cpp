// Photo and plan decoding: sniffs the format, reads the header, then hands the pixels to the format's decoder
// (ImageDecoders.hpp), which shrinks them to the limits as they come; orientation and premultiplication here.
#include "render/ImageLoader.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "render/ExifOrientation.hpp"
#include "render/ImageDecoders.hpp"
#include "render/JpegScan.hpp"
#include "render/PngScan.hpp"

namespace atelier::render {
namespace {

bool startsWith(std::span<const std::uint8_t> bytes, std::initializer_list<std::uint8_t> magic,
                std::size_t at = 0) {
    if (bytes.size() < at + magic.size()) {
        return false;
    }
    return std::equal(magic.begin(), magic.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at));
}

/// True for an ISO-BMFF file whose major brand is a still image (HEIC, HEIF, AVIF), not a video.
bool isHeifBrand(std::span<const std::uint8_t> bytes) {
    if (!startsWith(bytes, {'f', 't', 'y', 'p'}, 4) || bytes.size() < 12) {
        return false;
    }
    const std::string brand(reinterpret_cast<const char*>(bytes.data() + 8), 4);
    for (const char* still :
         {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis"}) {
        if (brand == still) {
            return true;
        }
    }
    return false;
}

std::string megapixels(std::int64_t pixels) {
    const double value = static_cast<double>(pixels) / 1e6;
    char text[32];
    std::snprintf(text, sizeof text, value < 10 ? "%.1f" : "%.0f", value);
    return text;
}

/// A refusal for a file whose magic is unknown; names the common cases a facilitator may meet.
ImageProblem unknownFormat(std::span<const std::uint8_t> bytes) {
    if (startsWith(bytes, {'f', 't', 'y', 'p'}, 4)) {
        return imageProblem(ImageProblem::Kind::Unsupported,
                            "is an MP4 or QuickTime file (a video), not a still image.");
    }
    return imageProblem(ImageProblem::Kind::NotAnImage,
                        "is not an image Atelier reads (JPEG, PNG, HEIC, WebP, TIFF, PDF, BMP or GIF).");
}

void premultiply(std::vector<std::uint8_t>& rgba) {
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) {
        const unsigned alpha = rgba[i + 3];
        if (alpha == 255) {
            continue;
        }
        for (std::size_t c = 0; c < 3; ++c) {
            rgba[i + c] = static_cast<std::uint8_t>((rgba[i + c] * alpha + 127) / 255);
        }
    }
}

/// JPEG and PNG sizes from our own walk of the header (JpegScan also refuses tables that would harm).
std::variant<ImageInfo, ImageProblem> inspectJpegOrPng(std::span<const std::uint8_t> bytes,
                                                       const std::string& format) {
    ImageInfo info;
    info.format = format;
    if (format == "JPEG") {
        const JpegScan scan = scanJpeg(bytes);
        if (!scan.problem.empty()) {
            return imageProblem(ImageProblem::Kind::Damaged, scan.problem);
        }
        info.storedWidth = scan.width;
        info.storedHeight = scan.height;
        info.orientation = readExifOrientation(bytes);
    } else if (!pngHeaderSize(bytes, info.storedWidth, info.storedHeight)) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "looks like a PNG image but its header is damaged or cut short.");
    }
    return info;
}

} // namespace

std::variant<ImageInfo, ImageProblem> inspectFormat(std::span<const std::uint8_t> bytes,
                                                    const std::string& format, const DecodeOptions& options) {
    if (format == "JPEG" || format == "PNG") {
        return inspectJpegOrPng(bytes, format);
    }
    if (format == "HEIF") {
        return inspectHeifFile(bytes);
    }
    if (format == "WebP") {
        return inspectWebpFile(bytes);
    }
    if (format == "TIFF") {
        return inspectTiffFile(bytes);
    }
    if (format == "PDF") {
        return inspectPdfFile(bytes, options.pdfPage);
    }
    return inspectStbFile(bytes, format);
}

std::variant<RgbaImage, ImageProblem> decodeFormat(std::span<const std::uint8_t> bytes,
                                                   const std::string& format, const DecodeWork& work) {
    if (format == "JPEG") {
        return decodeJpegFile(bytes, work);
    }
    if (format == "PNG") {
        // Counted before libpng allocates anything: image data that inflates past what its pixels need.
        const PngScan scan = scanPng(bytes);
        if (!scan.problem.empty()) {
            return imageProblem(scan.tooLarge ? ImageProblem::Kind::TooLarge : ImageProblem::Kind::Damaged,
                                scan.problem);
        }
        return decodePngFile(bytes, work);
    }
    if (format == "HEIF") {
        return decodeHeifFile(bytes, work);
    }
    if (format == "WebP") {
        return decodeWebpFile(bytes, work);
    }
    if (format == "TIFF") {
        return decodeTiffFile(bytes, work);
    }
    if (format == "PDF") {
        return decodePdfFile(bytes, work);
    }
    return decodeStbFile(bytes, format, work);
}

ImageProblem imageProblem(ImageProblem::Kind kind, std::string reason) {
    return ImageProblem{kind, std::move(reason)};
}

std::string sniffImageFormat(std::span<const std::uint8_t> bytes) {
    if (startsWith(bytes, {0xFF, 0xD8, 0xFF})) {
        return "JPEG";
    }
    if (startsWith(bytes, {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
        return "PNG";
    }
    if (isHeifBrand(bytes)) {
        return "HEIF";
    }
    if (startsWith(bytes, {'R', 'I', 'F', 'F'}) && startsWith(bytes, {'W', 'E', 'B', 'P'}, 8)) {
        return "WebP";
    }
    if (startsWith(bytes, {'I', 'I', 42, 0}) || startsWith(bytes, {'M', 'M', 0, 42}) ||
        startsWith(bytes, {'I', 'I', 43, 0}) || startsWith(bytes, {'M', 'M', 0, 43})) {
        return "TIFF";
    }
    if (startsWith(bytes, {'%', 'P', 'D', 'F', '-'})) {
        return "PDF";
    }
    if (startsWith(bytes, {'G', 'I', 'F', '8'})) {
        return "GIF";
    }
    if (startsWith(bytes, {'B', 'M'})) {
        return "BMP";
    }
    return {};
}

std::variant<ImageInfo, ImageProblem> inspectImage(std::span<const std::uint8_t> bytes,
                                                   const ImageLimits& limits, const DecodeOptions& options) {
    if (bytes.empty()) {
        return imageProblem(ImageProblem::Kind::Empty, "is empty (0 bytes).");
    }
    const std::string format = sniffImageFormat(bytes);
    if (format.empty()) {
        return unknownFormat(bytes);
    }
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return imageProblem(ImageProblem::Kind::TooLarge, "is larger than 2 GB.");
    }
    auto inspected = inspectFormat(bytes, format, options);
    if (auto* refused = std::get_if<ImageProblem>(&inspected)) {
        return std::move(*refused);
    }
    ImageInfo info = std::get<ImageInfo>(std::move(inspected));
    if (info.storedWidth <= 0 || info.storedHeight <= 0) {
        return imageProblem(ImageProblem::Kind::Damaged, "has no pixels (its header says " +
                                                             std::to_string(info.storedWidth) + " × " +
                                                             std::to_string(info.storedHeight) + ").");
    }
    const std::int64_t pixels = static_cast<std::int64_t>(info.storedWidth) * info.storedHeight;
    if (format != "PDF" && pixels > limits.maxDecodePixels) {
        return imageProblem(ImageProblem::Kind::TooLarge,
                            "is " + std::to_string(info.storedWidth) + " × " +
                                std::to_string(info.storedHeight) + " pixels (" + megapixels(pixels) +
                                " megapixels); images up to " + megapixels(limits.maxDecodePixels) +
                                " megapixels are accepted ([import] max_megapixels).");
    }
    info.uprightWidth = swapsAxes(info.orientation) ? info.storedHeight : info.storedWidth;
    info.uprightHeight = swapsAxes(info.orientation) ? info.storedWidth : info.storedHeight;
    return info;
}

std::variant<DecodedImage, ImageProblem>
decodeUpright(std::span<const std::uint8_t> bytes, const ImageLimits& limits, const DecodeOptions& options) {
    auto inspected = inspectImage(bytes, limits, options);
    if (auto* refused = std::get_if<ImageProblem>(&inspected)) {
        return std::move(*refused);
    }
    DecodedImage image;
    image.info = std::get<ImageInfo>(inspected);
    const DecodeWork work(limits, options);
    auto decoded = decodeFormat(bytes, image.info.format, work);
    if (auto* refused = std::get_if<ImageProblem>(&decoded)) {
        return std::move(*refused);
    }
    RgbaImage& pixels = std::get<RgbaImage>(decoded);
    if (image.info.format == "PDF") { // a page's size is the one it was drawn at
        image.info.storedWidth = image.info.uprightWidth = pixels.width;
        image.info.storedHeight = image.info.uprightHeight = pixels.height;
    }
    image.rgba =
        applyOrientation(std::move(pixels.rgba), pixels.width, pixels.height, image.info.orientation);
    image.width = pixels.width;
    image.height = pixels.height;
    return image;
}

std::variant<DecodedImage, ImageProblem>
decodeImage(std::span<const std::uint8_t> bytes, const ImageLimits& limits, const DecodeOptions& options) {
    auto decoded = decodeUpright(bytes, limits, options);
    if (auto* image = std::get_if<DecodedImage>(&decoded)) {
        premultiply(image->rgba);
    }
    return decoded;
}

} // namespace atelier::render
