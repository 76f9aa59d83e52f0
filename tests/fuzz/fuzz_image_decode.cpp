// libFuzzer target: arbitrary bytes into the photo decoding path (JPEG and PNG walks, stb_image, EXIF
// orientation, downscaling, premultiplication), as a file from a USB stick or a damaged asset reaches it.
//
// Besides crashes and sanitizer reports, the target traps when a promise of ImageLoader is broken:
//   - a refusal is one sentence (not empty, ends with a full stop);
//   - a decoded image is within the limits and holds exactly width × height RGBA pixels;
//   - inspectImage refuses whatever decodeImage refuses for a reason found in the header.
// The limits are small so that a run never allocates more than a few tens of megabytes.
#include "render/ImageLoader.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <variant>

namespace {

using namespace atelier::render;

void require(bool condition) {
    if (!condition) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ImageLimits limits;
    limits.maxDecodePixels = 4'000'000;
    limits.maxPixels = 1'000'000;
    limits.maxDimension = 2048;
    const std::span<const std::uint8_t> bytes(data, size);

    const auto inspected = inspectImage(bytes, limits);
    const auto decoded = decodeImage(bytes, limits);
    if (const auto* problem = std::get_if<ImageProblem>(&decoded)) {
        require(!problem->reason.empty() && problem->reason.back() == '.');
        return 0;
    }
    require(std::holds_alternative<ImageInfo>(inspected));
    const DecodedImage& image = std::get<DecodedImage>(decoded);
    require(image.width > 0 && image.height > 0);
    require(image.width <= limits.maxDimension && image.height <= limits.maxDimension);
    require(static_cast<std::int64_t>(image.width) * image.height <= limits.maxDecodePixels);
    require(image.rgba.size() ==
            static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
    return 0;
}
