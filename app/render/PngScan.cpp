// Checks a PNG's chunk structure and counts its inflated image data with zlib before stb_image sees it.
#include "render/PngScan.hpp"

#include <array>
#include <zlib.h>

namespace atelier::render {
namespace {

constexpr std::size_t kSignatureSize = 8;
constexpr std::size_t kScratchSize = std::size_t{64} << 10;

std::uint32_t be32(std::span<const std::uint8_t> bytes, std::size_t at) {
    return (std::uint32_t{bytes[at]} << 24) | (std::uint32_t{bytes[at + 1]} << 16) |
           (std::uint32_t{bytes[at + 2]} << 8) | std::uint32_t{bytes[at + 3]};
}

bool isType(std::span<const std::uint8_t> bytes, std::size_t at, const char (&type)[5]) {
    return bytes[at] == type[0] && bytes[at + 1] == type[1] && bytes[at + 2] == type[2] &&
           bytes[at + 3] == type[3];
}

/// Samples per pixel for a PNG colour type, or 0 when the type and bit depth do not go together.
int channelsOf(int colourType, int bitDepth) {
    const bool eightOrSixteen = bitDepth == 8 || bitDepth == 16;
    switch (colourType) {
    case 0:
        return (bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || eightOrSixteen) ? 1 : 0;
    case 2:
        return eightOrSixteen ? 3 : 0;
    case 3:
        return (bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8) ? 1 : 0;
    case 4:
        return eightOrSixteen ? 2 : 0;
    case 6:
        return eightOrSixteen ? 4 : 0;
    default:
        return 0;
    }
}

/// Bytes of filtered data for an image (or an Adam7 pass): one filter byte per row, then the row.
std::uint64_t filteredBytes(std::uint64_t width, std::uint64_t height, std::uint64_t bitsPerPixel) {
    if (width == 0 || height == 0) {
        return 0;
    }
    return height * (1 + (width * bitsPerPixel + 7) / 8);
}

std::uint64_t expectedBytes(std::uint64_t width, std::uint64_t height, std::uint64_t bitsPerPixel,
                            bool interlaced) {
    if (!interlaced) {
        return filteredBytes(width, height, bitsPerPixel);
    }
    // Adam7: seven passes, each a smaller image (x start, y start, x step, y step).
    constexpr std::array<std::array<std::uint64_t, 4>, 7> kPasses{{
        {0, 0, 8, 8},
        {4, 0, 8, 8},
        {0, 4, 4, 8},
        {2, 0, 4, 4},
        {0, 2, 2, 4},
        {1, 0, 2, 2},
        {0, 1, 1, 2},
    }};
    std::uint64_t total = 0;
    for (const auto& [x0, y0, dx, dy] : kPasses) {
        const std::uint64_t w = width > x0 ? (width - x0 + dx - 1) / dx : 0;
        const std::uint64_t h = height > y0 ? (height - y0 + dy - 1) / dy : 0;
        total += filteredBytes(w, h, bitsPerPixel);
    }
    return total;
}

/// Inflates the IDAT stream piece by piece into a scratch buffer, counting what comes out.
class IdatCounter {
public:
    IdatCounter() { m_ready = inflateInit(&m_stream) == Z_OK; }
    ~IdatCounter() { inflateEnd(&m_stream); }
    IdatCounter(const IdatCounter&) = delete;
    IdatCounter& operator=(const IdatCounter&) = delete;

    /// Feeds one IDAT chunk's data; stops early once more than `limit` bytes came out. False on a zlib error.
    bool feed(std::span<const std::uint8_t> data, std::uint64_t limit) {
        if (!m_ready) {
            m_error = "zlib could not start";
            return false;
        }
        m_stream.next_in =
            const_cast<Bytef*>(data.data()); // zlib 1.2 takes a non-const pointer; it only reads
        m_stream.avail_in = static_cast<uInt>(data.size());
        while (!m_ended && m_stream.avail_in > 0 && m_inflated <= limit) {
            m_stream.next_out = m_scratch.data();
            m_stream.avail_out = static_cast<uInt>(m_scratch.size());
            const int result = inflate(&m_stream, Z_NO_FLUSH);
            m_inflated += m_scratch.size() - m_stream.avail_out;
            if (result == Z_STREAM_END) {
                m_ended = true;
            } else if (result == Z_BUF_ERROR) {
                break; // needs the next chunk
            } else if (result != Z_OK) {
                m_error = m_stream.msg != nullptr ? m_stream.msg : "error " + std::to_string(result);
                return false;
            }
        }
        return true;
    }
    std::uint64_t inflated() const { return m_inflated; }
    bool ended() const { return m_ended; }
    const std::string& error() const { return m_error; }

private:
    z_stream m_stream{};
    bool m_ready = false;
    bool m_ended = false;
    std::uint64_t m_inflated = 0;
    std::string m_error;
    std::array<Bytef, kScratchSize> m_scratch{};
};

} // namespace

PngScan scanPng(std::span<const std::uint8_t> bytes) {
    PngScan scan;
    if (bytes.size() < kSignatureSize) {
        scan.problem = "is a PNG cut short before its first chunk.";
        return scan;
    }
    IdatCounter counter;
    bool sawHeader = false;
    bool sawData = false;
    std::size_t at = kSignatureSize;
    while (true) {
        if (at == bytes.size() && sawData) {
            break; // no IEND: the image data is all there is to check
        }
        if (bytes.size() - at < 12) {
            scan.problem = "is a PNG cut short (its last chunk is incomplete).";
            return scan;
        }
        const std::uint32_t length = be32(bytes, at);
        if (length > 0x7FFFFFFFu || bytes.size() - at - 12 < length) {
            scan.problem = "is a PNG cut short or damaged (a chunk claims more bytes than the file holds).";
            return scan;
        }
        const std::size_t type = at + 4;
        const std::span<const std::uint8_t> data = bytes.subspan(at + 8, length);
        at += 12 + static_cast<std::size_t>(length);
        if (!sawHeader) {
            if (!isType(bytes, type, "IHDR") || length != 13) {
                scan.problem = "is a damaged PNG (it does not start with its header chunk).";
                return scan;
            }
            const std::uint32_t width = be32(data, 0);
            const std::uint32_t height = be32(data, 4);
            const int bitDepth = data[8];
            const int channels = channelsOf(data[9], bitDepth);
            if (width == 0 || height == 0 || width > 0x7FFFFFFFu || height > 0x7FFFFFFFu || channels == 0 ||
                data[10] != 0 || data[11] != 0 || data[12] > 1) {
                scan.problem = "is a damaged PNG (its header chunk holds impossible values).";
                return scan;
            }
            scan.width = static_cast<int>(width);
            scan.height = static_cast<int>(height);
            scan.expectedBytes =
                expectedBytes(width, height, static_cast<std::uint64_t>(channels * bitDepth), data[12] == 1);
            sawHeader = true;
            continue;
        }
        if (isType(bytes, type, "IDAT")) {
            sawData = true;
            if (!counter.feed(data, scan.expectedBytes)) {
                scan.inflatedBytes = counter.inflated();
                scan.problem =
                    "is a damaged PNG (its image data cannot be inflated: " + counter.error() + ").";
                return scan;
            }
            scan.inflatedBytes = counter.inflated();
            if (scan.inflatedBytes > scan.expectedBytes) {
                scan.tooLarge = true;
                scan.problem = "is a PNG whose image data inflates to more than the " +
                               std::to_string(scan.expectedBytes) + " bytes its " +
                               std::to_string(scan.width) + " × " + std::to_string(scan.height) +
                               " pixels need (a decompression bomb); it was refused before decoding.";
                return scan;
            }
        } else if (isType(bytes, type, "IEND")) {
            break;
        }
    }
    if (!sawData || scan.inflatedBytes < scan.expectedBytes) {
        scan.problem = "is a damaged or cut-short PNG (its image data holds " +
                       std::to_string(scan.inflatedBytes) + " of the " + std::to_string(scan.expectedBytes) +
                       " bytes its pixels need).";
    }
    return scan;
}

} // namespace atelier::render
