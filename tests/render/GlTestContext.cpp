// SDL offscreen window + GL context for tests, and pixel read-back helpers.
#include "GlTestContext.hpp"

#include <SDL.h>
#include <cstdlib>
#include <cstring>
#include <glad/gl.h>

namespace atelier::render::testing {

bool glRequired() {
    return std::getenv("CI") != nullptr;
}

GlTestContext* GlTestContext::get(std::string& why) {
    static std::unique_ptr<GlTestContext> context;
    static std::string failure;
    static bool tried = false;
    if (!tried) {
        tried = true;
        setenv("SDL_VIDEODRIVER", "offscreen", 1);
        if (SDL_Init(SDL_INIT_VIDEO) != 0) {
            failure = std::string("SDL_Init: ") + SDL_GetError();
        } else {
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
            SDL_Window* window =
                SDL_CreateWindow("atelier render tests", 0, 0, 64, 64, SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
            SDL_GLContext gl = window != nullptr ? SDL_GL_CreateContext(window) : nullptr;
            if (gl == nullptr) {
                failure = std::string("no GL 3.3 core context: ") + SDL_GetError();
            } else if (gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress)) == 0) {
                failure = "glad could not load OpenGL";
            } else {
                context.reset(new GlTestContext());
                context->m_window = window;
                context->m_context = gl;
            }
        }
    }
    why = failure;
    return context.get();
}

GlTestContext::~GlTestContext() {
    SDL_GL_DeleteContext(m_context);
    SDL_DestroyWindow(static_cast<SDL_Window*>(m_window));
    SDL_Quit();
}

Rgb Pixels::at(int x, int y) const {
    const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + x) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
}

int Pixels::countDarker(int x0, int y0, int x1, int y1, int threshold) const {
    int count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const Rgb c = at(x, y);
            if ((c.r * 299 + c.g * 587 + c.b * 114) / 1000 < threshold) {
                ++count;
            }
        }
    }
    return count;
}

bool near(Rgb a, Rgb b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

Rgb rgb(std::uint32_t colour) {
    return {static_cast<int>((colour >> 16) & 0xFF), static_cast<int>((colour >> 8) & 0xFF),
            static_cast<int>(colour & 0xFF)};
}

RenderTarget::RenderTarget(int width, int height)
    : m_texture(gl::Texture::allocate(width, height, GL_RGBA8, GL_RGBA)),
      m_framebuffer(gl::Framebuffer::forTexture(m_texture)) {
    glViewport(0, 0, width, height);
}

void RenderTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer.id());
}

Pixels RenderTarget::read() const {
    Pixels pixels;
    pixels.width = m_texture.width();
    pixels.height = m_texture.height();
    const std::size_t row = static_cast<std::size_t>(pixels.width) * 4;
    std::vector<std::uint8_t> flipped(row * static_cast<std::size_t>(pixels.height));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffer.id());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, pixels.width, pixels.height, GL_RGBA, GL_UNSIGNED_BYTE, flipped.data());
    pixels.rgba.resize(flipped.size());
    for (int y = 0; y < pixels.height; ++y) {
        std::memcpy(pixels.rgba.data() + static_cast<std::size_t>(y) * row,
                    flipped.data() + static_cast<std::size_t>(pixels.height - 1 - y) * row, row);
    }
    return pixels;
}

} // namespace atelier::render::testing
