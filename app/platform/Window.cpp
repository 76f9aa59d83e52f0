// Opens the SDL window with an OpenGL 3.3 core context and loads GL through glad.
#include "platform/Window.hpp"

#include <SDL.h>
#include <cstdlib>
#include <glad/gl.h>
#include <spdlog/spdlog.h>
#include <string_view>

namespace atelier::platform {

std::variant<Window, WindowError> Window::open(const WindowOptions& options) {
    if (options.headless) {
        setenv("SDL_VIDEODRIVER", "offscreen", 1);
    }
    // Touches and the mouse are separate contact sources: never let SDL synthesise one from the other.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS | SDL_INIT_TIMER) != 0) {
        return WindowError{std::string("cannot start the video system (") + SDL_GetError() +
                           "); without a display, run with --headless."};
    }

    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);

    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    if (options.fullscreen && !options.headless) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    } else if (!options.headless) {
        flags |= SDL_WINDOW_RESIZABLE;
    }
    SDL_Window* window =
        SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                         options.size.width, options.size.height, flags);
    if (window == nullptr) {
        std::string reason = SDL_GetError();
        SDL_Quit();
        return WindowError{"cannot open the window (" + reason + ")."};
    }
    SDL_GLContext context = SDL_GL_CreateContext(window);
    if (context == nullptr) {
        std::string reason = SDL_GetError();
        SDL_DestroyWindow(window);
        SDL_Quit();
        return WindowError{"cannot create an OpenGL 3.3 core context (" + reason + ")."};
    }
    Window result(window, context);
    SDL_GL_MakeCurrent(window, context);
    const int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress));
    if (version == 0 || GLAD_VERSION_MAJOR(version) * 10 + GLAD_VERSION_MINOR(version) < 33) {
        return WindowError{"the graphics driver does not offer OpenGL 3.3 core."};
    }
    if (options.vsync && SDL_GL_SetSwapInterval(1) != 0) {
        spdlog::warn("vsync is not available here ({}); frames may tear", SDL_GetError());
    } else if (options.swapImmediately) {
        SDL_GL_SetSwapInterval(0);
    }
    const char* driver = SDL_GetCurrentVideoDriver();
    result.m_backBuffer = BackBufferAge::detect(driver != nullptr && std::string_view(driver) == "offscreen");
    spdlog::info("OpenGL {} on {} ({}), video driver {}",
                 reinterpret_cast<const char*>(glGetString(GL_VERSION)),
                 reinterpret_cast<const char*>(glGetString(GL_RENDERER)),
                 reinterpret_cast<const char*>(glGetString(GL_VENDOR)), SDL_GetCurrentVideoDriver());
    return result;
}

Window::Window(Window&& other) noexcept
    : m_window(other.m_window), m_context(other.m_context), m_backBuffer(other.m_backBuffer) {
    other.m_window = nullptr;
    other.m_context = nullptr;
}

Window& Window::operator=(Window&& other) noexcept {
    if (this != &other) {
        release();
        m_window = std::exchange(other.m_window, nullptr);
        m_context = std::exchange(other.m_context, nullptr);
        m_backBuffer = other.m_backBuffer;
    }
    return *this;
}

Window::~Window() {
    release();
}

void Window::release() {
    if (m_context != nullptr) {
        SDL_GL_DeleteContext(m_context);
        m_context = nullptr;
    }
    if (m_window != nullptr) {
        SDL_DestroyWindow(m_window);
        m_window = nullptr;
        SDL_Quit();
    }
}

PixelSize Window::drawableSize() const {
    PixelSize size;
    SDL_GL_GetDrawableSize(m_window, &size.width, &size.height);
    return size;
}

PixelSize Window::windowSize() const {
    PixelSize size;
    SDL_GetWindowSize(m_window, &size.width, &size.height);
    return size;
}

void Window::swap() {
    SDL_GL_SwapWindow(m_window);
}

} // namespace atelier::platform
