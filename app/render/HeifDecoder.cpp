// HEIC/HEIF (and AVIF) decoding through libheif: the primary image, upright, bounded by the frame budget.
#include "render/ImageDecoders.hpp"
#include "render/RowShrinker.hpp"

#include <memory>

#include <libheif/heif.h>

namespace atelier::render {
namespace {

/// The largest side libheif is let to read (it refuses larger images itself).
constexpr int kMaxHeifSide = 32768;

struct HeifContextFree {
    void operator()(heif_context* context) const { heif_context_free(context); }
};
struct HeifHandleFree {
    void operator()(heif_image_handle* handle) const { heif_image_handle_release(handle); }
};
struct HeifImageFree {
    void operator()(heif_image* image) const { heif_image_release(image); }
};
using HeifContext = std::unique_ptr<heif_context, HeifContextFree>;
using HeifHandle = std::unique_ptr<heif_image_handle, HeifHandleFree>;
using HeifImage = std::unique_ptr<heif_image, HeifImageFree>;

ImageProblem heifDamaged(const heif_error& error) {
    return imageProblem(ImageProblem::Kind::Damaged,
                        std::string("is a damaged or cut-short HEIC/HEIF file (") + error.message + ").");
}

/// The file's primary image handle, or why there is none. `context` keeps the file's structure.
std::variant<HeifHandle, ImageProblem> primaryImage(std::span<const std::uint8_t> bytes,
                                                    HeifContext& context) {
    context.reset(heif_context_alloc());
    if (!context) {
        return imageProblem(ImageProblem::Kind::TooLarge, "could not be read: out of memory.");
    }
    heif_context_set_maximum_image_size_limit(context.get(), kMaxHeifSide);
    heif_error error =
        heif_context_read_from_memory_without_copy(context.get(), bytes.data(), bytes.size(), nullptr);
    if (error.code != heif_error_Ok) {
        return heifDamaged(error);
    }
    heif_image_handle* handle = nullptr;
    error = heif_context_get_primary_image_handle(context.get(), &handle);
    if (error.code != heif_error_Ok) {
        return heifDamaged(error);
    }
    return HeifHandle(handle);
}

} // namespace

std::variant<ImageInfo, ImageProblem> inspectHeifFile(std::span<const std::uint8_t> bytes) {
    HeifContext context;
    auto handle = primaryImage(bytes, context);
    if (auto* refused = std::get_if<ImageProblem>(&handle)) {
        return std::move(*refused);
    }
    const heif_image_handle* image = std::get<HeifHandle>(handle).get();
    ImageInfo info;
    info.format = "HEIF";
    info.storedWidth = heif_image_handle_get_width(image); // already turned by the file's irot/imir
    info.storedHeight = heif_image_handle_get_height(image);
    return info;
}

std::variant<RgbaImage, ImageProblem> decodeHeifFile(std::span<const std::uint8_t> bytes,
                                                     const DecodeWork& work) {
    HeifContext context;
    auto handle = primaryImage(bytes, context);
    if (auto* refused = std::get_if<ImageProblem>(&handle)) {
        return std::move(*refused);
    }
    const heif_image_handle* source = std::get<HeifHandle>(handle).get();
    const int width = heif_image_handle_get_width(source);
    const int height = heif_image_handle_get_height(source);
    if (!work.frameFits(width, height)) {
        return work.frameTooLarge("HEIC/HEIF image", width, height);
    }
    heif_image* decoded = nullptr;
    const heif_error error =
        heif_decode_image(source, &decoded, heif_colorspace_RGB, heif_chroma_interleaved_RGBA, nullptr);
    const HeifImage image(decoded);
    if (error.code != heif_error_Ok || !image) {
        return heifDamaged(error);
    }
    int stride = 0;
    const std::uint8_t* plane = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int planeWidth = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int planeHeight = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (plane == nullptr || planeWidth <= 0 || planeHeight <= 0 || stride < planeWidth * 4) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "is a HEIC/HEIF file whose image could not be decoded.");
    }
    const auto [targetWidth, targetHeight] = work.fit(planeWidth, planeHeight);
    RowShrinker shrinker(planeWidth, planeHeight, targetWidth, targetHeight);
    for (int y = 0; y < planeHeight; ++y) {
        shrinker.addRow(plane + static_cast<std::ptrdiff_t>(y) * stride);
    }
    work.advance(1.0);
    return RgbaImage{shrinker.targetWidth(), shrinker.targetHeight(), shrinker.take()};
}

} // namespace atelier::render
