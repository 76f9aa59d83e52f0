// JPEG decoding through libjpeg-turbo: scaled in the decoder (½, ¼, ⅛), row by row, bounded in memory and
// time.
#include "render/ImageDecoders.hpp"
#include "render/RowShrinker.hpp"

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <memory>
#include <optional>

// jpeglib.h needs size_t and FILE declared first.
#include <jerror.h>
#include <jpeglib.h>

namespace atelier::render {
namespace {

/// libjpeg's state with our error and progress handlers; lives on the heap, outside the setjmp frame.
struct JpegContext {
    jpeg_decompress_struct info{};
    jpeg_error_mgr errors{};
    jpeg_progress_mgr progress{};
    std::jmp_buf jump{};
    char message[JMSG_LENGTH_MAX] = {};
    const DecodeWork* work = nullptr;
    bool timedOut = false;
    bool tooLarge = false;
    bool cutShort = false;
};

/// What the decode leaves behind (objects with destructors stay out of the setjmp frame).
struct JpegOutput {
    std::optional<RowShrinker> shrinker;
    std::vector<std::uint8_t> row;
    std::vector<std::uint8_t> rgba;
};

[[noreturn]] void failJpeg(j_common_ptr common) {
    auto* context = reinterpret_cast<JpegContext*>(common->client_data);
    (*common->err->format_message)(common, context->message);
    std::longjmp(context->jump, 1);
}

/// A file cut short is refused: libjpeg would only warn and paint the rest grey.
void warnJpeg(j_common_ptr common, int level) {
    if (level < 0 && common->err->msg_code == JWRN_JPEG_EOF) {
        auto* context = reinterpret_cast<JpegContext*>(common->client_data);
        context->cutShort = true;
        std::longjmp(context->jump, 1);
    }
}

/// Called by libjpeg during long passes (a progressive file's whole scan): the deadline holds there too.
void checkJpegTime(j_common_ptr common) {
    auto* context = reinterpret_cast<JpegContext*>(common->client_data);
    if (context->work->expired()) {
        context->timedOut = true;
        std::longjmp(context->jump, 1);
    }
}

/// Adobe's inverted CMYK to RGBA.
void cmykToRgba(const std::uint8_t* cmyk, std::uint8_t* rgba, std::size_t width) {
    for (std::size_t x = 0; x < width; ++x) {
        const unsigned k = cmyk[x * 4 + 3];
        for (std::size_t c = 0; c < 3; ++c) {
            rgba[x * 4 + c] = static_cast<std::uint8_t>(cmyk[x * 4 + c] * k / 255);
        }
        rgba[x * 4 + 3] = 255;
    }
}

/// The largest ⅛ step that still covers the size the table asks for.
unsigned scaleDenominator(const jpeg_decompress_struct& info, const DecodeWork& work) {
    const auto [wantWidth, wantHeight] =
        work.fit(static_cast<int>(info.image_width), static_cast<int>(info.image_height));
    unsigned denominator = 1;
    while (denominator < 8 &&
           (info.image_width + denominator * 2 - 1) / (denominator * 2) >= unsigned(wantWidth) &&
           (info.image_height + denominator * 2 - 1) / (denominator * 2) >= unsigned(wantHeight)) {
        denominator *= 2;
    }
    return denominator;
}

/// The memory a progressive file's coefficients take, every component at its own sampling.
std::int64_t coefficientBytes(const jpeg_decompress_struct& info) {
    std::int64_t bytes = 0;
    for (int c = 0; c < info.num_components; ++c) {
        const jpeg_component_info& component = info.comp_info[c];
        bytes += std::int64_t{component.width_in_blocks} * component.height_in_blocks * DCTSIZE2 * 2;
    }
    return bytes;
}

/// The whole libjpeg run; its locals are plain values, as longjmp requires. False when it failed.
bool runJpeg(JpegContext& context, std::span<const std::uint8_t> bytes, JpegOutput& out) {
    jpeg_decompress_struct& info = context.info;
    if (setjmp(context.jump) != 0) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    info.client_data = &context;
    info.progress = &context.progress;
    info.mem->max_memory_to_use = static_cast<long>(context.work->limits().maxFrameBytes);
    jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    info.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_RGBA;
    info.scale_num = 1;
    info.scale_denom = scaleDenominator(info, *context.work);
    // A progressive file keeps every coefficient (2 bytes each, per component's blocks) until its last scan.
    if (info.progressive_mode && !context.work->frameFits(coefficientBytes(info) / 4 + 1, 1)) {
        context.tooLarge = true;
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_start_decompress(&info);
    const auto width = static_cast<int>(info.output_width);
    const auto height = static_cast<int>(info.output_height);
    const auto [targetWidth, targetHeight] = context.work->fit(width, height);
    out.shrinker.emplace(width, height, targetWidth, targetHeight);
    out.row.resize(static_cast<std::size_t>(width) * 4);
    out.rgba.resize(static_cast<std::size_t>(width) * 4);
    while (info.output_scanline < info.output_height) {
        JSAMPROW rowPointer = out.row.data();
        jpeg_read_scanlines(&info, &rowPointer, 1);
        if (cmyk) {
            cmykToRgba(out.row.data(), out.rgba.data(), static_cast<std::size_t>(width));
            out.shrinker->addRow(out.rgba.data());
        } else {
            out.shrinker->addRow(out.row.data());
        }
        if (info.output_scanline % 64 == 0 && !context.work->advance(double(info.output_scanline) / height)) {
            context.timedOut = true;
            jpeg_destroy_decompress(&info);
            return false;
        }
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return true;
}

} // namespace

std::variant<RgbaImage, ImageProblem> decodeJpegFile(std::span<const std::uint8_t> bytes,
                                                     const DecodeWork& work) {
    auto context = std::make_unique<JpegContext>();
    context->work = &work;
    context->info.err = jpeg_std_error(&context->errors);
    context->info.client_data = context.get();
    context->errors.error_exit = failJpeg;
    context->errors.emit_message = warnJpeg;
    context->progress.progress_monitor = checkJpegTime;
    JpegOutput out;
    if (!runJpeg(*context, bytes, out)) {
        if (context->timedOut) {
            return work.timedOut();
        }
        if (context->tooLarge) {
            return work.frameTooLarge("progressive JPEG", context->info.image_width,
                                      context->info.image_height);
        }
        if (context->cutShort) {
            return imageProblem(ImageProblem::Kind::Damaged,
                                "is a JPEG file cut short (its image data ends early).");
        }
        return imageProblem(ImageProblem::Kind::Damaged,
                            std::string("is a damaged JPEG file (") + context->message + ").");
    }
    RgbaImage image;
    image.width = out.shrinker->targetWidth();
    image.height = out.shrinker->targetHeight();
    image.rgba = out.shrinker->take();
    return image;
}

} // namespace atelier::render
