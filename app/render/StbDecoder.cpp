// BMP and GIF (first frame) through Debian's stb_image, compiled here (static, those two formats only), each
// file's size read and checked against the frame budget before stb_image allocates for it.
#include "render/ImageDecoders.hpp"
#include "render/RowShrinker.hpp"

#include <memory>

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_BMP
#define STBI_ONLY_GIF
#define STBI_NO_STDIO
#define STBI_NO_HDR
#define STBI_NO_LINEAR
#include <stb/stb_image.h>

namespace atelier::render {
namespace {

/// Bytes stb_image holds per pixel while decoding: a GIF keeps its output, background and history.
std::int64_t workingBytesPerPixel(const std::string& format) {
    return format == "GIF" ? 9 : 4;
}

std::uint32_t little(std::span<const std::uint8_t> bytes, std::size_t at, int size) {
    std::uint32_t value = 0;
    for (int i = size - 1; i >= 0; --i) {
        value = (value << 8) | bytes[at + static_cast<std::size_t>(i)];
    }
    return value;
}

/// stb_image reads zeros past the end of a BMP: an uncompressed one shorter than its pixels is refused here.
bool bmpCutShort(std::span<const std::uint8_t> bytes, const ImageInfo& info) {
    if (bytes.size() < 34) {
        return true;
    }
    const std::uint32_t compression = little(bytes, 30, 4);
    if (little(bytes, 14, 4) < 40 || (compression != 0 && compression != 3)) {
        return false; // an old header or run-length coding: stb_image checks those as it reads
    }
    const std::uint64_t bits = little(bytes, 28, 2);
    const std::uint64_t rowBytes = (static_cast<std::uint64_t>(info.storedWidth) * bits + 31) / 32 * 4;
    return bytes.size() < little(bytes, 10, 4) + rowBytes * static_cast<std::uint64_t>(info.storedHeight);
}

} // namespace

std::variant<ImageInfo, ImageProblem> inspectStbFile(std::span<const std::uint8_t> bytes,
                                                     const std::string& format) {
    ImageInfo info;
    info.format = format;
    int components = 0;
    if (stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &info.storedWidth,
                              &info.storedHeight, &components) == 0) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "looks like a " + format + " image but its header is damaged or cut short (" +
                                stbi_failure_reason() + ").");
    }
    if (format == "BMP" && bmpCutShort(bytes, info)) {
        return imageProblem(ImageProblem::Kind::Damaged, "is a BMP file cut short (its pixels end early).");
    }
    return info;
}

std::variant<RgbaImage, ImageProblem> decodeStbFile(std::span<const std::uint8_t> bytes,
                                                    const std::string& format, const DecodeWork& work) {
    auto inspected = inspectStbFile(bytes, format);
    if (auto* refused = std::get_if<ImageProblem>(&inspected)) {
        return std::move(*refused);
    }
    const ImageInfo& info = std::get<ImageInfo>(inspected);
    if (!work.frameFits(info.storedWidth,
                        std::int64_t{info.storedHeight} * workingBytesPerPixel(format) / 4 + 1)) {
        return work.frameTooLarge(format + " image", info.storedWidth, info.storedHeight);
    }
    int width = 0;
    int height = 0;
    int components = 0;
    const std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &components, 4),
        stbi_image_free);
    if (!pixels) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "is a damaged or cut-short " + format + " file (" + stbi_failure_reason() + ").");
    }
    const auto [targetWidth, targetHeight] = work.fit(width, height);
    RgbaImage image{targetWidth, targetHeight, {}};
    if (targetWidth == width && targetHeight == height) {
        image.rgba.assign(pixels.get(), pixels.get() + static_cast<std::size_t>(width) * height * 4);
    } else {
        RowShrinker shrinker(width, height, targetWidth, targetHeight);
        for (int y = 0; y < height; ++y) {
            shrinker.addRow(pixels.get() + static_cast<std::size_t>(y) * width * 4);
        }
        image.rgba = shrinker.take();
    }
    work.advance(1.0);
    return image;
}

} // namespace atelier::render
