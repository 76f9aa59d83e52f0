// Stripe patterns for photo placeholders, and a transparent pixel.
#include "render/PatternTextures.hpp"

#include <array>
#include <cstdint>
#include <glad/gl.h>
#include <vector>

namespace atelier::render {
namespace {

constexpr int kSide = 16;

gl::Texture stripes(std::uint32_t light, std::uint32_t dark) {
    std::vector<std::uint8_t> pixels;
    for (int y = 0; y < kSide; ++y) {
        for (int x = 0; x < kSide; ++x) {
            const std::uint32_t colour = (x + y) % kSide < kSide / 2 ? light : dark;
            pixels.insert(pixels.end(),
                          {static_cast<std::uint8_t>(colour >> 16), static_cast<std::uint8_t>(colour >> 8),
                           static_cast<std::uint8_t>(colour), 255});
        }
    }
    gl::Texture texture = gl::Texture::allocate(kSide, kSide, GL_RGBA8, GL_RGBA, 1);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, kSide, kSide, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_REPEAT);
    return texture;
}

gl::Texture transparentPixel() {
    const std::array<std::uint8_t, 4> pixel{0, 0, 0, 0};
    gl::Texture texture = gl::Texture::allocate(1, 1, GL_RGBA8, GL_RGBA, 1);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel.data());
    return texture;
}

} // namespace

PatternTextures::PatternTextures()
    : m_loading(stripes(0xE2DFD8, 0xCBC7BE)), m_broken(stripes(0xEAD9D5, 0xC98E86)),
      m_transparent(transparentPixel()) {}

} // namespace atelier::render
