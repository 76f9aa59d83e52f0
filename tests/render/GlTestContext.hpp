// An offscreen OpenGL 3.3 core context for pixel tests (SDL's offscreen driver: EGL, no display needed).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "render/Framebuffer.hpp"
#include "render/Texture.hpp"

namespace atelier::render::testing {

/// Opens a hidden SDL window with a GL 3.3 core context and loads glad; one per test process.
class GlTestContext {
public:
    /// The shared context, or nullptr (with the reason in `why`) when this machine has no GL at all.
    static GlTestContext* get(std::string& why);
    ~GlTestContext();
    GlTestContext(const GlTestContext&) = delete;
    GlTestContext& operator=(const GlTestContext&) = delete;

private:
    GlTestContext() = default;
    void* m_window = nullptr;
    void* m_context = nullptr;
};

/// True when a test that finds no GL must fail rather than skip: the environment variable CI is set (CI
/// always has Mesa's llvmpipe, so no context there means the test setup is broken, not the machine).
bool glRequired();

/// An RGB colour read back from the screen.
struct Rgb {
    int r = 0, g = 0, b = 0;
};

/// Pixels read back from a render target, top row first.
struct Pixels {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;

    /// The pixel at (x, y) from the top-left corner.
    Rgb at(int x, int y) const;
    /// Pixels in [x0, x1) × [y0, y1) darker than the luminance threshold (0..255).
    int countDarker(int x0, int y0, int x1, int y1, int threshold) const;
};

/// True when two colours differ by at most tolerance on every channel.
bool near(Rgb a, Rgb b, int tolerance = 6);
/// An 0xRRGGBB colour as Rgb.
Rgb rgb(std::uint32_t colour);

/// A texture-backed framebuffer the scene is drawn into, as a window's back buffer would be.
class RenderTarget {
public:
    /// Makes a width × height target and binds it for drawing.
    RenderTarget(int width, int height);
    /// Binds it again (SceneRenderer draws into whatever is bound).
    void bind() const;
    /// Reads it back.
    Pixels read() const;

private:
    gl::Texture m_texture;
    gl::Framebuffer m_framebuffer;
};

} // namespace atelier::render::testing
