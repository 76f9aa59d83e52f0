// Writers for test images: stb_image_write for the ordinary ones, by hand for EXIF, 16-bit and lying headers.
#include "TestImages.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <stb/stb_image_write.h>
#include <string>

namespace atelier::render::testing {
namespace {

void append(void* context, void* data, int size) {
    auto* out = static_cast<Bytes*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

void put32(Bytes& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<std::uint8_t>(value >> shift));
    }
}

std::uint32_t crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc = 0xFFFFFFFFu) {
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return crc;
}

void chunk(Bytes& png, const char* type, const Bytes& data) {
    put32(png, static_cast<std::uint32_t>(data.size()));
    Bytes typed(type, type + 4);
    typed.insert(typed.end(), data.begin(), data.end());
    png.insert(png.end(), typed.begin(), typed.end());
    put32(png, crc32(typed.data(), typed.size()) ^ 0xFFFFFFFFu);
}

Bytes ihdr(int width, int height, int depth, int colourType) {
    Bytes data;
    put32(data, static_cast<std::uint32_t>(width));
    put32(data, static_cast<std::uint32_t>(height));
    data.insert(data.end(),
                {static_cast<std::uint8_t>(depth), static_cast<std::uint8_t>(colourType), 0, 0, 0});
    return data;
}

const Bytes kPngSignature = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

} // namespace

std::vector<std::uint8_t> twoToneRgba(int width, int height, std::uint32_t top, std::uint32_t bottom) {
    std::vector<std::uint8_t> pixels;
    pixels.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    for (int y = 0; y < height; ++y) {
        const std::uint32_t colour = y < height / 2 ? top : bottom;
        for (int x = 0; x < width; ++x) {
            pixels.insert(pixels.end(),
                          {static_cast<std::uint8_t>(colour >> 16), static_cast<std::uint8_t>(colour >> 8),
                           static_cast<std::uint8_t>(colour), 255});
        }
    }
    return pixels;
}

Bytes encodePng(const std::vector<std::uint8_t>& pixels, int width, int height, int components) {
    Bytes out;
    stbi_write_png_to_func(append, &out, width, height, components, pixels.data(), width * components);
    return out;
}

Bytes encodeJpeg(const std::vector<std::uint8_t>& rgba, int width, int height, int quality) {
    Bytes out;
    stbi_write_jpg_to_func(append, &out, width, height, 4, rgba.data(), quality);
    return out;
}

Bytes withExifOrientation(const Bytes& jpeg, int orientation) {
    const Bytes payload = {'E', 'x', 'i', 'f', 0, 0,
                           // TIFF header, big-endian ("MM"), IFD0 at offset 8
                           'M', 'M', 0, 0x2A, 0, 0, 0, 8,
                           // IFD0: one entry, Orientation (0x0112), SHORT (3), count 1, value, padding
                           0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, static_cast<std::uint8_t>(orientation), 0,
                           0,
                           // no next IFD
                           0, 0, 0, 0};
    const std::size_t length = payload.size() + 2;
    const Bytes marker = {0xFF, 0xE1, static_cast<std::uint8_t>(length >> 8),
                          static_cast<std::uint8_t>(length)};
    // Built by copying into a sized buffer: GCC 12 at -O3 misreads vector::insert here (-Warray-bounds).
    Bytes out(jpeg.size() + marker.size() + payload.size());
    auto at = std::copy_n(jpeg.begin(), 2, out.begin()); // SOI
    at = std::copy(marker.begin(), marker.end(), at);
    at = std::copy(payload.begin(), payload.end(), at);
    std::copy(jpeg.begin() + 2, jpeg.end(), at);
    return out;
}

Bytes sixteenBitPng(int width, int height, std::uint32_t top, std::uint32_t bottom) {
    Bytes raw;
    for (int y = 0; y < height; ++y) {
        raw.push_back(0); // filter: none
        const std::uint32_t colour = y < height / 2 ? top : bottom;
        for (int x = 0; x < width; ++x) {
            for (int shift : {16, 8, 0}) {
                const auto value = static_cast<std::uint8_t>(colour >> shift);
                raw.push_back(value); // 16-bit big-endian: v * 257
                raw.push_back(value);
            }
        }
    }
    Bytes zlib = {0x78, 0x01};
    std::uint32_t a = 1;
    std::uint32_t b = 0;
    for (std::uint8_t byte : raw) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    for (std::size_t offset = 0; offset < raw.size(); offset += 65535) {
        const std::size_t size = std::min<std::size_t>(65535, raw.size() - offset);
        const bool last = offset + size == raw.size();
        zlib.push_back(last ? 1 : 0);
        zlib.insert(zlib.end(), {static_cast<std::uint8_t>(size), static_cast<std::uint8_t>(size >> 8),
                                 static_cast<std::uint8_t>(~size), static_cast<std::uint8_t>(~size >> 8)});
        zlib.insert(zlib.end(), raw.begin() + static_cast<std::ptrdiff_t>(offset),
                    raw.begin() + static_cast<std::ptrdiff_t>(offset + size));
    }
    put32(zlib, (b << 16) | a);
    Bytes png = kPngSignature;
    chunk(png, "IHDR", ihdr(width, height, 16, 2));
    chunk(png, "IDAT", zlib);
    chunk(png, "IEND", {});
    return png;
}

Bytes pngBomb(std::uint64_t zeroBytes, bool interlaced) {
    Bytes zlib;
    z_stream stream{};
    deflateInit(&stream, Z_BEST_COMPRESSION);
    const std::vector<Bytef> zeros(std::size_t{1} << 20, 0);
    std::vector<Bytef> out(std::size_t{1} << 16);
    std::uint64_t left = zeroBytes;
    int result = Z_OK;
    while (result != Z_STREAM_END) {
        const std::size_t piece = static_cast<std::size_t>(std::min<std::uint64_t>(left, zeros.size()));
        stream.next_in = const_cast<Bytef*>(zeros.data());
        stream.avail_in = static_cast<uInt>(piece);
        left -= piece;
        do {
            stream.next_out = out.data();
            stream.avail_out = static_cast<uInt>(out.size());
            result = deflate(&stream, left == 0 ? Z_FINISH : Z_NO_FLUSH);
            zlib.insert(zlib.end(), out.begin(), out.end() - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    Bytes header = ihdr(1, 1, 8, 6);
    header[12] = interlaced ? 1 : 0;
    Bytes png = kPngSignature;
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", zlib);
    chunk(png, "IEND", {});
    return png;
}

Bytes pngHeaderOnly(int width, int height) {
    Bytes png = kPngSignature;
    chunk(png, "IHDR", ihdr(width, height, 8, 6));
    chunk(png, "IEND", {});
    return png;
}

} // namespace atelier::render::testing
