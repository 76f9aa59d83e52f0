// Captures the GL back buffer with glReadPixels and encodes it with stb_image_write.
#include "render/Screenshot.hpp"

#include <cstring>
#include <glad/gl.h>
#include <stb/stb_image_write.h>
#include <system_error>
#include <vector>

namespace atelier::render {

std::string saveScreenshot(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) {
        return file.string() + ": nothing to capture (the surface is empty).";
    }
    const std::size_t rowBytes = static_cast<std::size_t>(width) * 4;
    std::vector<unsigned char> pixels(rowBytes * static_cast<std::size_t>(height));
    GLint previousAlignment = 4;
    glGetIntegerv(GL_PACK_ALIGNMENT, &previousAlignment);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    glPixelStorei(GL_PACK_ALIGNMENT, previousAlignment);

    // GL's first row is the bottom one; PNG's is the top one.
    std::vector<unsigned char> row(rowBytes);
    for (int top = 0, bottom = height - 1; top < bottom; ++top, --bottom) {
        unsigned char* a = pixels.data() + static_cast<std::size_t>(top) * rowBytes;
        unsigned char* b = pixels.data() + static_cast<std::size_t>(bottom) * rowBytes;
        std::memcpy(row.data(), a, rowBytes);
        std::memcpy(a, b, rowBytes);
        std::memcpy(b, row.data(), rowBytes);
    }
    for (std::size_t i = 3; i < pixels.size(); i += 4) {
        pixels[i] = 255;
    }

    std::error_code error;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), error);
    }
    if (stbi_write_png(file.c_str(), width, height, 4, pixels.data(), static_cast<int>(rowBytes)) == 0) {
        return file.string() + ": cannot write the screenshot there (folder missing or not writable?).";
    }
    return {};
}

} // namespace atelier::render
