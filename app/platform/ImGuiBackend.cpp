// Wires Dear ImGui 1.86 (libimgui-dev) to SDL2 and OpenGL 3.3 core.
#include "platform/ImGuiBackend.hpp"

#include <SDL.h>
#include <algorithm>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include "platform/Window.hpp"
#include "render/Theme.hpp"
#include "ui/Fonts.hpp"
#include "ui/PhotoThumbnail.hpp"
#include "ui/ThemeStyle.hpp"

namespace atelier::platform {
namespace {

/// The body font's pixel size at 13 px and below is set by the screen, not the table (smaller is unreadable).
constexpr double kMinFontPixels = 13.0;

} // namespace

float uiFontPixels(double displayWidthMm, double uiScale, PixelSize drawable) {
    const double pixelsPerMm = drawable.width / displayWidthMm;
    const double pixels =
        render::fontPixelsForCap(render::theme().bodyCapMm * uiScale, pixelsPerMm, ui::uiFontCapRatio());
    return static_cast<float>(std::clamp(pixels, kMinFontPixels, 160.0));
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
    ui::applyTheme(style);
    style.WindowRounding = 8.0f;
    style.FrameRounding = 6.0f;
    style.ScaleAllSizes(fontPixels / 13.0f);
    m_fontProblem = ui::loadUiFont(fontPixels);
    // The banner, the question and headings: the theme's larger capitals, in a font of their own size.
    ui::loadLargeUiFont(fontPixels *
                        static_cast<float>(render::theme().bannerCapMm / render::theme().bodyCapMm));
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
    ui::releaseThumbnailTextures(); // GL objects drawn through ImGui, deleted while the context is current
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
