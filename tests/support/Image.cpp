// PNG (and JPEG) decoding for tests, with Debian's stb_image.
#include "Image.hpp"

#include <cstdlib>

#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG // the report's photo pictures
#include <stb/stb_image.h>

namespace atelier::testing {

Colour Image::at(int x, int y) const {
    const std::size_t i =
        (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
}

int Image::countDarker(int x0, int y0, int x1, int y1, int threshold) const {
    int count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const Colour c = at(x, y);
            if ((c.r * 299 + c.g * 587 + c.b * 114) / 1000 < threshold) {
                ++count;
            }
        }
    }
    return count;
}

std::optional<Image> loadPng(const std::filesystem::path& file) {
    int width = 0, height = 0, channels = 0;
    stbi_uc* data = stbi_load(file.c_str(), &width, &height, &channels, 4);
    if (data == nullptr) {
        return std::nullopt;
    }
    Image image;
    image.width = width;
    image.height = height;
    image.rgba.assign(data, data + static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    stbi_image_free(data);
    return image;
}

bool near(Colour a, Colour b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

} // namespace atelier::testing
