// Back-buffer age from EGL_EXT_buffer_age or GLX_EXT_buffer_age, looked up in the libraries SDL loaded.
#include "platform/BackBufferAge.hpp"

#include <cstdint>
#include <cstring>
#include <dlfcn.h>
#include <initializer_list>

namespace atelier::platform {
namespace {

// The few EGL and GLX values used, so that no EGL or GLX header is needed.
constexpr std::int32_t kEglExtensions = 0x3055;
constexpr std::int32_t kEglDraw = 0x3059;
constexpr std::int32_t kEglBufferAge = 0x313D;
constexpr int kGlxBackBufferAge = 0x20F4;

using EglGetCurrentContext = void* (*)();
using EglGetCurrentDisplay = void* (*)();
using EglGetCurrentSurface = void* (*)(std::int32_t);
using EglQueryString = const char* (*)(void*, std::int32_t);
using EglQuerySurface = unsigned (*)(void*, void*, std::int32_t, std::int32_t*);
using GlxGetCurrentContext = void* (*)();
using GlxGetCurrentDisplay = void* (*)();
using GlxGetCurrentDrawable = unsigned long (*)();
using GlxQueryExtensionsString = const char* (*)(void*, int);
using GlxQueryDrawable = void (*)(void*, unsigned long, int, unsigned*);

/// A function of a library already loaded by SDL (never loads one).
template <class F>
F loaded(const char* library, const char* name) {
    void* handle = dlopen(library, RTLD_LAZY | RTLD_NOLOAD);
    return handle != nullptr ? reinterpret_cast<F>(dlsym(handle, name)) : nullptr;
}

bool hasExtension(const char* list, const char* name) {
    if (list == nullptr) {
        return false;
    }
    const std::size_t length = std::strlen(name);
    for (const char* at = std::strstr(list, name); at != nullptr; at = std::strstr(at + 1, name)) {
        if ((at == list || at[-1] == ' ') && (at[length] == ' ' || at[length] == '\0')) {
            return true;
        }
    }
    return false;
}

} // namespace

BackBufferAge BackBufferAge::detect(bool offscreen) {
    BackBufferAge result;
    const auto eglContext = loaded<EglGetCurrentContext>("libEGL.so.1", "eglGetCurrentContext");
    if (eglContext != nullptr && eglContext() != nullptr) {
        if (offscreen) { // a pbuffer: swapping has no effect on it (EGL 1.5, 3.10.3)
            result.m_kind = Kind::Kept;
            return result;
        }
        const auto display = loaded<EglGetCurrentDisplay>("libEGL.so.1", "eglGetCurrentDisplay");
        const auto surface = loaded<EglGetCurrentSurface>("libEGL.so.1", "eglGetCurrentSurface");
        const auto extensions = loaded<EglQueryString>("libEGL.so.1", "eglQueryString");
        const auto query = loaded<EglQuerySurface>("libEGL.so.1", "eglQuerySurface");
        if (display != nullptr && surface != nullptr && extensions != nullptr && query != nullptr &&
            hasExtension(extensions(display(), kEglExtensions), "EGL_EXT_buffer_age")) {
            result.m_kind = Kind::EglBufferAge;
            result.m_query = reinterpret_cast<void*>(query);
            result.m_display = display();
            result.m_surface = surface(kEglDraw);
        }
        return result;
    }
    for (const char* library : {"libGLX.so.0", "libGL.so.1"}) {
        const auto glxContext = loaded<GlxGetCurrentContext>(library, "glXGetCurrentContext");
        if (glxContext == nullptr || glxContext() == nullptr) {
            continue;
        }
        const auto display = loaded<GlxGetCurrentDisplay>(library, "glXGetCurrentDisplay");
        const auto drawable = loaded<GlxGetCurrentDrawable>(library, "glXGetCurrentDrawable");
        const auto extensions = loaded<GlxQueryExtensionsString>(library, "glXQueryExtensionsString");
        const auto query = loaded<GlxQueryDrawable>(library, "glXQueryDrawable");
        if (display != nullptr && drawable != nullptr && extensions != nullptr && query != nullptr &&
            hasExtension(extensions(display(), 0), "GLX_EXT_buffer_age")) {
            result.m_kind = Kind::GlxBufferAge;
            result.m_query = reinterpret_cast<void*>(query);
            result.m_display = display();
            result.m_drawable = drawable();
        }
        return result;
    }
    return result;
}

int BackBufferAge::age() const {
    switch (m_kind) {
    case Kind::Kept:
        return 1;
    case Kind::EglBufferAge: {
        std::int32_t age = 0;
        const auto query = reinterpret_cast<EglQuerySurface>(m_query);
        return query(m_display, m_surface, kEglBufferAge, &age) != 0 ? age : 0;
    }
    case Kind::GlxBufferAge: {
        unsigned age = 0;
        reinterpret_cast<GlxQueryDrawable>(m_query)(m_display, m_drawable, kGlxBackBufferAge, &age);
        return static_cast<int>(age);
    }
    case Kind::Unknown:
        break;
    }
    return 0;
}

const char* BackBufferAge::how() const {
    switch (m_kind) {
    case Kind::Kept:
        return "an offscreen EGL pbuffer (kept between frames)";
    case Kind::EglBufferAge:
        return "EGL_EXT_buffer_age";
    case Kind::GlxBufferAge:
        return "GLX_EXT_buffer_age";
    case Kind::Unknown:
        break;
    }
    return "unknown (every frame drawn whole)";
}

} // namespace atelier::platform
