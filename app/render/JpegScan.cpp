// JPEG marker walk (ITU T.81 B.1): segment lengths, SOS entropy data skipping, DHT table sizes.
#include "render/JpegScan.hpp"

namespace atelier::render {
namespace {

std::uint32_t be16(std::span<const std::uint8_t> bytes, std::size_t at) {
    return at + 1 < bytes.size() ? (std::uint32_t{bytes[at]} << 8) | bytes[at + 1] : 0;
}

bool isStartOfFrame(std::uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

/// Checks the tables of one DHT segment occupying [begin, end).
bool huffmanTablesFit(std::span<const std::uint8_t> bytes, std::size_t begin, std::size_t end) {
    std::size_t at = begin;
    while (at < end) {
        unsigned codes = 0;
        for (std::size_t i = 1; i <= 16; ++i) {
            // stb reads zeros past the end of the file, so only the bytes present count.
            codes += at + i < bytes.size() ? bytes[at + i] : 0;
        }
        if (codes > 256) {
            return false;
        }
        at += 17 + codes;
    }
    return true;
}

} // namespace

JpegScan scanJpeg(std::span<const std::uint8_t> bytes) {
    JpegScan scan;
    std::size_t at = 2; // after SOI
    while (at + 1 < bytes.size()) {
        if (bytes[at] != 0xFF) {
            ++at; // garbage between segments: stb skips it too
            continue;
        }
        const std::uint8_t marker = bytes[at + 1];
        if (marker == 0xFF) {
            ++at; // fill byte
            continue;
        }
        if (marker == 0xD9) {
            break; // EOI
        }
        if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2; // markers without a length
            continue;
        }
        const std::uint32_t length = be16(bytes, at + 2);
        if (length < 2) {
            break; // stb refuses it itself
        }
        const std::size_t begin = at + 4;
        const std::size_t end = at + 2 + length;
        if (marker == 0xC4 && !huffmanTablesFit(bytes, begin, end)) {
            scan.problem = "is a damaged JPEG (a Huffman table lists more than 256 codes).";
            return scan;
        }
        if (isStartOfFrame(marker) && scan.width == 0) {
            scan.height = static_cast<int>(be16(bytes, begin + 1));
            scan.width = static_cast<int>(be16(bytes, begin + 3));
        }
        at = end;
        if (marker == 0xDA) {
            // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
            while (at + 1 < bytes.size() && !(bytes[at] == 0xFF && bytes[at + 1] != 0x00 &&
                                              !(bytes[at + 1] >= 0xD0 && bytes[at + 1] <= 0xD7))) {
                ++at;
            }
        }
    }
    return scan;
}

bool pngHeaderSize(std::span<const std::uint8_t> bytes, int& width, int& height) {
    if (bytes.size() < 24 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
        return false;
    }
    const auto be32 = [&](std::size_t at) {
        return (std::uint32_t{bytes[at]} << 24) | (std::uint32_t{bytes[at + 1]} << 16) |
               (std::uint32_t{bytes[at + 2]} << 8) | bytes[at + 3];
    };
    const std::uint32_t w = be32(16);
    const std::uint32_t h = be32(20);
    if (w == 0 || h == 0 || w > 0x7FFFFFFFu || h > 0x7FFFFFFFu) {
        return false;
    }
    width = static_cast<int>(w);
    height = static_cast<int>(h);
    return true;
}

} // namespace atelier::render
