// WebP decoding through libwebp: still images, scaled by the decoder itself to the size the table shows.
#include "render/ImageDecoders.hpp"

#include <webp/decode.h>

namespace atelier::render {
namespace {

std::variant<WebPBitstreamFeatures, ImageProblem> webpFeatures(std::span<const std::uint8_t> bytes) {
    WebPBitstreamFeatures features{};
    const VP8StatusCode status = WebPGetFeatures(bytes.data(), bytes.size(), &features);
    if (status == VP8_STATUS_NOT_ENOUGH_DATA) {
        return imageProblem(ImageProblem::Kind::Damaged, "is a WebP file cut short (its header ends early).");
    }
    if (status != VP8_STATUS_OK) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "is a damaged WebP file (its header cannot be read).");
    }
    if (features.has_animation != 0) {
        return imageProblem(ImageProblem::Kind::Unsupported,
                            "is an animated WebP; save one frame of it as a still image first.");
    }
    return features;
}

} // namespace

std::variant<ImageInfo, ImageProblem> inspectWebpFile(std::span<const std::uint8_t> bytes) {
    auto features = webpFeatures(bytes);
    if (auto* refused = std::get_if<ImageProblem>(&features)) {
        return std::move(*refused);
    }
    ImageInfo info;
    info.format = "WebP";
    info.storedWidth = std::get<WebPBitstreamFeatures>(features).width;
    info.storedHeight = std::get<WebPBitstreamFeatures>(features).height;
    return info;
}

std::variant<RgbaImage, ImageProblem> decodeWebpFile(std::span<const std::uint8_t> bytes,
                                                     const DecodeWork& work) {
    WebPDecoderConfig config;
    if (WebPInitDecoderConfig(&config) == 0) {
        return imageProblem(ImageProblem::Kind::Unsupported,
                            "cannot be read: this libwebp does not match Atelier.");
    }
    auto features = webpFeatures(bytes);
    if (auto* refused = std::get_if<ImageProblem>(&features)) {
        return std::move(*refused);
    }
    const WebPBitstreamFeatures& source = std::get<WebPBitstreamFeatures>(features);
    const auto [width, height] = work.fit(source.width, source.height);
    RgbaImage image{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 4)};
    config.options.use_scaling = width != source.width || height != source.height ? 1 : 0;
    config.options.scaled_width = width;
    config.options.scaled_height = height;
    config.output.colorspace = MODE_RGBA;
    config.output.is_external_memory = 1;
    config.output.u.RGBA.rgba = image.rgba.data();
    config.output.u.RGBA.stride = width * 4;
    config.output.u.RGBA.size = image.rgba.size();
    const VP8StatusCode status = WebPDecode(bytes.data(), bytes.size(), &config);
    WebPFreeDecBuffer(&config.output);
    if (status == VP8_STATUS_NOT_ENOUGH_DATA) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "is a WebP file cut short (its image data ends early).");
    }
    if (status != VP8_STATUS_OK) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "is a damaged WebP file (its image data cannot be decoded).");
    }
    if (!work.advance(1.0)) {
        return work.timedOut();
    }
    return image;
}

} // namespace atelier::render
