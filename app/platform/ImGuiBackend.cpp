// Wires Dear ImGui 1.86 (libimgui-dev) to SDL2 and OpenGL 3.3 core.
#include "platform/ImGuiBackend.hpp"

#include <SDL.h>
#include <algorithm>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include "platform/Window.hpp"
#include "ui/Fonts.hpp"

namespace atelier::platform {
namespace {

/// The facilitator's text height on the surface, in millimetres (readable at arm's length).
constexpr double kUiTextHeightMm = 4.5;

} // namespace

float uiFontPixels(double displayWidthMm, double uiScale, PixelSize drawable) {
    const double pixelsPerMm = drawable.width / displayWidthMm;
    return static_cast<float>(std::clamp(kUiTextHeightMm * pixelsPerMm * uiScale, 13.0, 96.0));
}
namespace {

/// Card text is rasterised once at this size and scaled down on the table: sharp at any card scale.
constexpr float kCardFontPixels = 48.0f;

} // namespace

ImGuiBackend::ImGuiBackend(const Window& window, float fontPixels) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // a public table keeps no layout file behind
    io.LogFilename = nullptr;
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 8.0f;
    style.FrameRounding = 6.0f;
    style.ScaleAllSizes(fontPixels / 13.0f);
    m_fontProblem = ui::loadUiFont(fontPixels);
    m_cardFont = ui::loadCardFont(kCardFontPixels);
    if (m_cardFont == nullptr) {
        m_cardFont = ImGui::GetIO().Fonts->Fonts[0];
    }
    // Built now rather than at the first frame: the scene renderer reads card glyphs from this atlas.
    ImGui::GetIO().Fonts->Build();
    ImGui_ImplSDL2_InitForOpenGL(window.sdlWindow(), window.glContext());
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiBackend::~ImGuiBackend() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

bool ImGuiBackend::processEvent(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    const ImGuiIO& io = ImGui::GetIO();
    return io.WantCaptureMouse || io.WantCaptureKeyboard;
}

void ImGuiBackend::beginFrame(const std::function<void()>& beforeNewFrame) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    if (beforeNewFrame) {
        beforeNewFrame();
    }
    ImGui::NewFrame();
}

void ImGuiBackend::endFrame() {
    ImGui::Render();
    renderDrawData();
}

void ImGuiBackend::renderDrawData() {
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace atelier::platform
