// Dear ImGui's context with its SDL2 platform and OpenGL3 renderer backends, owned as one object.
#pragma once

#include <functional>
#include <string>

union SDL_Event;
struct ImFont;

#include "platform/PixelSize.hpp"

namespace atelier::platform {

class Window;

/// The facilitator's text size in pixels for a table `displayWidthMm` wide drawn `drawable` pixels wide:
/// capitals of the theme's body height on the surface (readable across the table) times the config's
/// `uiScale`.
float uiFontPixels(double displayWidthMm, double uiScale, PixelSize drawable);

/// Creates ImGui's context and backends on construction and shuts them down on destruction.
class ImGuiBackend {
public:
    /// Sets up ImGui for this window; fontPixels is the UI font's size in pixels.
    ImGuiBackend(const Window& window, float fontPixels);
    ImGuiBackend(const ImGuiBackend&) = delete;
    ImGuiBackend& operator=(const ImGuiBackend&) = delete;
    ~ImGuiBackend();

    /// Hands a keyboard or mouse event to ImGui; returns true when ImGui wants it for itself.
    bool processEvent(const SDL_Event& event);
    /// Starts an ImGui frame (call before any ImGui widget of the frame). `beforeNewFrame` runs between the
    /// backends' frame and ImGui::NewFrame: the facilitator panel sets ImGui's pointer there.
    void beginFrame(const std::function<void()>& beforeNewFrame = {});
    /// Renders ImGui's draw lists on top of the scene.
    void endFrame();
    /// Draws the draw data of the frame already ended with ImGui::Render() (the stage reads it first).
    void renderDrawData();
    /// The large font cards are written with (glyphs from ImGui's atlas), or the UI font as a fallback.
    ImFont& cardFont() const { return *m_cardFont; }
    /// Why the font could not be loaded, or "" when it was.
    const std::string& fontProblem() const { return m_fontProblem; }

private:
    std::string m_fontProblem;
    ImFont* m_cardFont = nullptr;
};

} // namespace atelier::platform
