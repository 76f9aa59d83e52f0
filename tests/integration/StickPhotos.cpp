// Photo files for the panel's import, written with Debian's stb_image_write (its implementation for the
// whole integration test binary lives here).
#include "StickPhotos.hpp"

#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-function"
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBIW_WINDOWS_UTF8 0
#include <stb/stb_image_write.h>
#pragma GCC diagnostic pop

namespace atelier::testing {

bool writeSolidPng(const std::filesystem::path& file, int width, int height, std::uint8_t r, std::uint8_t g,
                   std::uint8_t b) {
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    for (std::size_t i = 0; i < pixels.size(); i += 3) {
        pixels[i] = r;
        pixels[i + 1] = g;
        pixels[i + 2] = b;
    }
    return stbi_write_png(file.string().c_str(), width, height, 3, pixels.data(), width * 3) != 0;
}

} // namespace atelier::testing
