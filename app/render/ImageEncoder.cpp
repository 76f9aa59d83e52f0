// JPEG encoding through libjpeg-turbo and PNG encoding through stb_image_write, into memory.
#include "render/ImageEncoder.hpp"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include <jpeglib.h>
#include <stb/stb_image_write.h>

namespace atelier::render {
namespace {

/// libjpeg only fails here when memory runs out: it becomes an exception (no longjmp through C++ frames,
/// since nothing with a destructor lives between the throw and the libjpeg call that raised it).
[[noreturn]] void failJpegWrite(j_common_ptr common) {
    char message[JMSG_LENGTH_MAX];
    (*common->err->format_message)(common, message);
    throw std::runtime_error(std::string("could not write the JPEG (") + message + ")");
}

void appendBytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

} // namespace

std::vector<std::uint8_t> encodeJpegFile(const std::vector<std::uint8_t>& rgba, int width, int height,
                                         int quality) {
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    errors.error_exit = failJpegWrite;
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_create_compress(&info);
    try {
        jpeg_mem_dest(&info, &buffer, &size);
        info.image_width = static_cast<JDIMENSION>(width);
        info.image_height = static_cast<JDIMENSION>(height);
        info.input_components = 4;
        info.in_color_space = JCS_EXT_RGBA;
        jpeg_set_defaults(&info);
        jpeg_set_quality(&info, quality, TRUE);
        jpeg_start_compress(&info, TRUE);
        while (info.next_scanline < info.image_height) {
            auto* row = const_cast<JSAMPLE*>(
                &rgba[static_cast<std::size_t>(info.next_scanline) * static_cast<std::size_t>(width) * 4]);
            jpeg_write_scanlines(&info, &row, 1);
        }
        jpeg_finish_compress(&info);
    } catch (...) {
        jpeg_destroy_compress(&info);
        std::free(buffer);
        throw;
    }
    std::vector<std::uint8_t> bytes(buffer, buffer + size);
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return bytes;
}

std::vector<std::uint8_t> encodePngFile(const std::vector<std::uint8_t>& rgba, int width, int height) {
    std::vector<std::uint8_t> bytes;
    if (stbi_write_png_to_func(appendBytes, &bytes, width, height, 4, rgba.data(), width * 4) == 0) {
        throw std::runtime_error("could not write the PNG");
    }
    return bytes;
}

bool isOpaque(const std::vector<std::uint8_t>& rgba) {
    for (std::size_t i = 3; i < rgba.size(); i += 4) {
        if (rgba[i] != 255) {
            return false;
        }
    }
    return true;
}

} // namespace atelier::render
