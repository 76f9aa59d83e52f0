// The SDL window and its OpenGL 3.3 core context: one owner, movable, not copyable.
#pragma once

#include <memory>
#include <string>
#include <variant>

#include "platform/BackBufferAge.hpp"
#include "platform/PixelSize.hpp"

struct SDL_Window;

namespace atelier::platform {

/// How to open the window; headless uses SDL's offscreen driver (EGL, no X server).
struct WindowOptions {
    bool headless = false;
    bool fullscreen = true;
    bool vsync = true;
    bool swapImmediately = false; ///< never wait for the display (the bench measures frames)
    PixelSize size{1280, 720};
    std::string title = "Atelier";
};

/// Why the window or GL context could not be made, in one sentence.
struct WindowError {
    std::string message;
};

/// Owns SDL's video subsystem, the window and the GL context; GL calls are valid while it lives.
class Window {
public:
    /// Opens the window and makes its GL 3.3 core context current on this thread.
    static std::variant<Window, WindowError> open(const WindowOptions& options);

    Window(Window&& other) noexcept;
    Window& operator=(Window&& other) noexcept;
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;
    ~Window();

    /// The SDL handle, for the ImGui backend and event routing inside platform/.
    SDL_Window* sdlWindow() const { return m_window; }
    /// The GL context handle, for the ImGui backend.
    void* glContext() const { return m_context; }
    /// Size of the drawable in pixels (differs from the window size on high-DPI screens).
    PixelSize drawableSize() const;
    /// Size of the window in screen coordinates (what mouse events are in).
    PixelSize windowSize() const;
    /// Shows the frame just drawn.
    void swap();
    /// How many frames ago the back buffer was drawn (1: it holds the last frame); 0 when unknown.
    int backBufferAge() const { return m_backBuffer.age(); }
    /// How that age is known, for the log.
    const char* backBufferHow() const { return m_backBuffer.how(); }

private:
    Window(SDL_Window* window, void* context) : m_window(window), m_context(context) {}
    void release();

    SDL_Window* m_window = nullptr;
    void* m_context = nullptr;
    BackBufferAge m_backBuffer;
};

} // namespace atelier::platform
