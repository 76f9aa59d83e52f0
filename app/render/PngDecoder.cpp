// PNG decoding through libpng: user limits on size and chunks, rows read one at a time unless interlaced.
#include "render/ImageDecoders.hpp"
#include "render/RowShrinker.hpp"

#include <algorithm>
#include <csetjmp>
#include <cstring>
#include <memory>
#include <optional>

#include <png.h>

namespace atelier::render {
namespace {

/// Where libpng reads from, and what went wrong.
struct PngContext {
    std::span<const std::uint8_t> bytes;
    std::size_t offset = 0;
    std::string message;
    const DecodeWork* work = nullptr;
    bool timedOut = false;
    bool tooLarge = false;
    png_uint_32 width = 0;
    png_uint_32 height = 0;
};

/// What the decode leaves behind (objects with destructors stay out of the setjmp frame).
struct PngOutput {
    std::optional<RowShrinker> shrinker;
    std::vector<std::uint8_t> frame; ///< the whole image, only for an interlaced file
};

void readPng(png_structp png, png_bytep data, png_size_t length) {
    auto* context = static_cast<PngContext*>(png_get_io_ptr(png));
    if (context->bytes.size() - context->offset < length) {
        png_error(png, "the file is cut short");
    }
    std::memcpy(data, context->bytes.data() + context->offset, length);
    context->offset += length;
}

void failPng(png_structp png, png_const_charp message) {
    static_cast<PngContext*>(png_get_error_ptr(png))->message = message;
    png_longjmp(png, 1);
}

void warnPng(png_structp, png_const_charp) {}

/// Every colour type and depth to 8-bit RGBA.
void expandToRgba(png_structp png, png_infop info) {
    const png_byte colour = png_get_color_type(png, info);
    png_set_expand(png);
    png_set_strip_16(png);
    if (colour == PNG_COLOR_TYPE_GRAY || colour == PNG_COLOR_TYPE_GRAY_ALPHA) {
        png_set_gray_to_rgb(png);
    }
    if ((colour & PNG_COLOR_MASK_ALPHA) == 0 && png_get_valid(png, info, PNG_INFO_tRNS) == 0) {
        png_set_filler(png, 0xFF, PNG_FILLER_AFTER);
    }
}

/// The whole libpng run; its locals are plain values, as longjmp requires. False when it failed.
bool runPng(png_structp png, png_infop info, PngContext& context, PngOutput& out) {
    if (setjmp(png_jmpbuf(png)) != 0) {
        return false;
    }
    png_read_info(png, info);
    context.width = png_get_image_width(png, info);
    context.height = png_get_image_height(png, info);
    expandToRgba(png, info);
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    const auto width = static_cast<int>(context.width);
    const auto height = static_cast<int>(context.height);
    const auto [targetWidth, targetHeight] = context.work->fit(width, height);
    out.shrinker.emplace(width, height, targetWidth, targetHeight);
    const std::size_t rowBytes = static_cast<std::size_t>(width) * 4;
    if (passes > 1 && !context.work->frameFits(width, height)) {
        context.tooLarge = true;
        return false;
    }
    // An interlaced file fills its rows over seven passes: it is held whole (within maxFrameBytes).
    out.frame.resize(passes > 1 ? rowBytes * static_cast<std::size_t>(height) : rowBytes);
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < height; ++y) {
            png_bytep row = out.frame.data() + (passes > 1 ? rowBytes * static_cast<std::size_t>(y) : 0);
            png_read_row(png, row, nullptr);
            if (passes == 1) {
                out.shrinker->addRow(row);
            }
            if (y % 64 == 63 && !context.work->advance((pass + double(y) / height) / passes)) {
                context.timedOut = true;
                return false;
            }
        }
    }
    for (int y = 0; passes > 1 && y < height; ++y) {
        out.shrinker->addRow(out.frame.data() + rowBytes * static_cast<std::size_t>(y));
    }
    png_read_end(png, nullptr);
    return true;
}

} // namespace

std::variant<RgbaImage, ImageProblem> decodePngFile(std::span<const std::uint8_t> bytes,
                                                    const DecodeWork& work) {
    PngContext context;
    context.bytes = bytes;
    context.work = &work;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &context, failPng, warnPng);
    png_infop info = png != nullptr ? png_create_info_struct(png) : nullptr;
    if (info == nullptr) {
        png_destroy_read_struct(&png, nullptr, nullptr);
        return imageProblem(ImageProblem::Kind::TooLarge, "could not be read: out of memory.");
    }
    // Sides past what the ceiling allows, and ancillary chunks past 8 MB, are refused by libpng itself.
    const auto side =
        static_cast<png_uint_32>(std::min<std::int64_t>(work.limits().maxDecodePixels, 0x7fffffff));
    png_set_user_limits(png, side, side);
    png_set_chunk_cache_max(png, 1000);
    png_set_chunk_malloc_max(png, png_alloc_size_t{8} << 20);
    png_set_crc_action(png, PNG_CRC_DEFAULT, PNG_CRC_WARN_DISCARD);
    png_set_read_fn(png, &context, readPng);
    PngOutput out;
    const bool good = runPng(png, info, context, out);
    png_destroy_read_struct(&png, &info, nullptr);
    if (!good) {
        if (context.timedOut) {
            return work.timedOut();
        }
        if (context.tooLarge) {
            return work.frameTooLarge("interlaced PNG", context.width, context.height);
        }
        return imageProblem(ImageProblem::Kind::Damaged,
                            "is a damaged or cut-short PNG file (" + context.message + ").");
    }
    RgbaImage image;
    image.width = out.shrinker->targetWidth();
    image.height = out.shrinker->targetHeight();
    image.rgba = out.shrinker->take();
    return image;
}

} // namespace atelier::render
