// How old the window's back buffer is after a swap: what a frame may keep of the previous ones.
#pragma once

namespace atelier::platform {

/// Asks the GL platform (EGL or GLX, through the libraries SDL already loaded) how many frames ago the back
/// buffer was drawn: 1 = it holds the last frame, 2 = the one before, 0 = unknown (draw everything).
class BackBufferAge {
public:
    /// Finds out, on the context current now, how the age can be known; `offscreen` is SDL's offscreen
    /// driver (an EGL pbuffer: eglSwapBuffers leaves it as it is, so it always holds the last frame).
    static BackBufferAge detect(bool offscreen);

    /// The back buffer's age now (ask after each swap, before drawing); 0 when unknown.
    int age() const;
    /// How the age is known, for the log.
    const char* how() const;

private:
    enum class Kind { Unknown, EglBufferAge, GlxBufferAge, Kept };
    Kind m_kind = Kind::Unknown;
    void* m_query = nullptr; ///< eglQuerySurface or glXQueryDrawable
    void* m_display = nullptr;
    void* m_surface = nullptr;
    unsigned long m_drawable = 0;
};

} // namespace atelier::platform
