// libFuzzer target for one format's decoder (ATELIER_FUZZ_FORMAT: "JPEG", "PNG", "HEIF", "WebP", "TIFF",
// "PDF", "BMP" or "GIF"), fed straight to it without the format sniffing, as a file of that name from a USB
// stick.
//
// Besides crashes and sanitizer reports, the target traps when a promise is broken: a refusal is one sentence
// (not empty, ends with a full stop); decoded pixels fit the limits and hold width × height RGBA pixels. The
// limits are small so that a run never allocates more than a few tens of megabytes, and every input ends
// within a second.
#include "render/ImageDecoders.hpp"

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

template <typename Result>
bool refusedInOneSentence(const Result& result) {
    if (const auto* problem = std::get_if<ImageProblem>(&result)) {
        require(!problem->reason.empty() && problem->reason.back() == '.');
        return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ImageLimits limits;
    limits.maxDecodePixels = 16'000'000;
    limits.maxPixels = 250'000;
    limits.maxDimension = 1024;
    limits.maxFrameBytes = 32 << 20;
    limits.maxDecodeSeconds = 1.0;
    const DecodeOptions options;
    const std::span<const std::uint8_t> bytes(data, size);
    if (size == 0 || refusedInOneSentence(inspectFormat(bytes, ATELIER_FUZZ_FORMAT, options))) {
        return 0;
    }
    const DecodeWork work(limits, options);
    const auto decoded = decodeFormat(bytes, ATELIER_FUZZ_FORMAT, work);
    if (refusedInOneSentence(decoded)) {
        return 0;
    }
    const RgbaImage& image = std::get<RgbaImage>(decoded);
    require(image.width > 0 && image.height > 0);
    require(static_cast<std::int64_t>(image.width) * image.height <=
            4 * limits.maxPixels + 4 * limits.maxDimension);
    require(image.rgba.size() ==
            static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
    return 0;
}
