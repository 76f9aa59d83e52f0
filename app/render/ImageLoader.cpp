// Photo decoding with Debian's stb_image (compiled here, static, JPEG and PNG only, each file walked first by
// JpegScan or PngScan) and stb_image_resize.
#include "render/ImageLoader.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "render/ExifOrientation.hpp"
#include "render/JpegScan.hpp"
#include "render/PngScan.hpp"

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_HDR
#define STBI_NO_LINEAR
#include <stb/stb_image.h>

#define STB_IMAGE_RESIZE_STATIC
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#include <stb/stb_image_resize.h>

namespace atelier::render {
namespace {

bool startsWith(std::span<const std::uint8_t> bytes, std::initializer_list<std::uint8_t> magic,
                std::size_t at = 0) {
    if (bytes.size() < at + magic.size()) {
        return false;
    }
    return std::equal(magic.begin(), magic.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at));
}

/// The format named by the file's first bytes, or "" when it is none we read.
std::string sniffFormat(std::span<const std::uint8_t> bytes) {
    if (startsWith(bytes, {0xFF, 0xD8, 0xFF})) {
        return "JPEG";
    }
    if (startsWith(bytes, {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
        return "PNG";
    }
    return {};
}

ImageProblem problem(ImageProblem::Kind kind, std::string reason) {
    return ImageProblem{kind, std::move(reason)};
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
        return problem(ImageProblem::Kind::Unsupported,
                       "is a HEIC/HEIF or MP4 file; export the photo as JPEG or PNG first.");
    }
    if (startsWith(bytes, {'G', 'I', 'F', '8'}) || startsWith(bytes, {'B', 'M'})) {
        return problem(ImageProblem::Kind::Unsupported,
                       "is a GIF or BMP image; export it as JPEG or PNG first.");
    }
    if (startsWith(bytes, {'R', 'I', 'F', 'F'})) {
        return problem(ImageProblem::Kind::Unsupported,
                       "is a WebP (RIFF) file; export it as JPEG or PNG first.");
    }
    return problem(ImageProblem::Kind::NotAnImage, "is not a JPEG or PNG image.");
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

} // namespace

std::variant<ImageInfo, ImageProblem> inspectImage(std::span<const std::uint8_t> bytes,
                                                   const ImageLimits& limits) {
    if (bytes.empty()) {
        return problem(ImageProblem::Kind::Empty, "is empty (0 bytes).");
    }
    ImageInfo info;
    info.format = sniffFormat(bytes);
    if (info.format.empty()) {
        return unknownFormat(bytes);
    }
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return problem(ImageProblem::Kind::TooLarge, "is larger than 2 GB.");
    }
    // Our own reading of the header first: stb_image will not read the size of very large images at all,
    // and a JPEG's tables must be checked before stb_image 2.27 sees them.
    int headerWidth = 0;
    int headerHeight = 0;
    if (info.format == "JPEG") {
        const JpegScan scan = scanJpeg(bytes);
        if (!scan.problem.empty()) {
            return problem(ImageProblem::Kind::Damaged, scan.problem);
        }
        headerWidth = scan.width;
        headerHeight = scan.height;
    } else if (!pngHeaderSize(bytes, headerWidth, headerHeight)) {
        headerWidth = headerHeight = 0;
    }
    const auto tooLarge = [&](int width, int height) {
        const std::int64_t pixels = static_cast<std::int64_t>(width) * height;
        return problem(ImageProblem::Kind::TooLarge,
                       "is " + std::to_string(width) + " × " + std::to_string(height) + " pixels (" +
                           megapixels(pixels) + " megapixels); photos up to " +
                           megapixels(limits.maxDecodePixels) + " megapixels are accepted.");
    };
    if (static_cast<std::int64_t>(headerWidth) * headerHeight > limits.maxDecodePixels) {
        return tooLarge(headerWidth, headerHeight);
    }
    int components = 0;
    if (stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &info.storedWidth,
                              &info.storedHeight, &components) == 0) {
        return problem(ImageProblem::Kind::Damaged, "looks like a " + info.format +
                                                        " image but its header is damaged or cut short (" +
                                                        stbi_failure_reason() + ").");
    }
    if (info.storedWidth <= 0 || info.storedHeight <= 0) {
        return problem(ImageProblem::Kind::Damaged, "has no pixels (its header says " +
                                                        std::to_string(info.storedWidth) + " × " +
                                                        std::to_string(info.storedHeight) + ").");
    }
    if (static_cast<std::int64_t>(info.storedWidth) * info.storedHeight > limits.maxDecodePixels) {
        return tooLarge(info.storedWidth, info.storedHeight);
    }
    info.orientation = info.format == "JPEG" ? readExifOrientation(bytes) : 1;
    info.uprightWidth = swapsAxes(info.orientation) ? info.storedHeight : info.storedWidth;
    info.uprightHeight = swapsAxes(info.orientation) ? info.storedWidth : info.storedHeight;
    return info;
}

std::variant<DecodedImage, ImageProblem> decodeImage(std::span<const std::uint8_t> bytes,
                                                     const ImageLimits& limits) {
    auto inspected = inspectImage(bytes, limits);
    if (auto* refused = std::get_if<ImageProblem>(&inspected)) {
        return std::move(*refused);
    }
    DecodedImage image;
    image.info = std::get<ImageInfo>(inspected);
    if (image.info.format == "PNG") {
        // stb_image would inflate the whole image data before comparing it with the header: count it first.
        const PngScan scan = scanPng(bytes);
        if (!scan.problem.empty()) {
            return problem(scan.tooLarge ? ImageProblem::Kind::TooLarge : ImageProblem::Kind::Damaged,
                           scan.problem);
        }
    }

    int width = 0;
    int height = 0;
    int components = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &components, 4),
        stbi_image_free);
    if (!pixels) {
        return problem(ImageProblem::Kind::Damaged, "is a damaged or cut-short " + image.info.format +
                                                        " file (" + stbi_failure_reason() + ").");
    }

    // Downscale (in linear light, alpha-aware) to the pixel count and side length the table can hold.
    const double pixelCount = static_cast<double>(width) * height;
    double factor = 1.0;
    if (pixelCount > static_cast<double>(limits.maxPixels)) {
        factor = std::sqrt(static_cast<double>(limits.maxPixels) / pixelCount);
    }
    const int maxSide = std::max(1, limits.maxDimension);
    factor = std::min({factor, static_cast<double>(maxSide) / width, static_cast<double>(maxSide) / height});
    std::vector<std::uint8_t> rgba;
    if (factor < 1.0) {
        const int newWidth = std::clamp(static_cast<int>(width * factor), 1, maxSide);
        const int newHeight = std::clamp(static_cast<int>(height * factor), 1, maxSide);
        rgba.resize(static_cast<std::size_t>(newWidth) * static_cast<std::size_t>(newHeight) * 4);
        if (stbir_resize_uint8_srgb(pixels.get(), width, height, 0, rgba.data(), newWidth, newHeight, 0, 4, 3,
                                    0) == 0) {
            return problem(ImageProblem::Kind::TooLarge, "could not be reduced to fit the table's memory.");
        }
        width = newWidth;
        height = newHeight;
    } else {
        rgba.assign(pixels.get(),
                    pixels.get() + static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    }
    pixels.reset();

    rgba = applyOrientation(std::move(rgba), width, height, image.info.orientation);
    premultiply(rgba);
    image.width = width;
    image.height = height;
    image.rgba = std::move(rgba);
    return image;
}

} // namespace atelier::render
