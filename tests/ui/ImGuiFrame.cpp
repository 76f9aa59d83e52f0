// Sets up Dear ImGui as the platform's backend does (style, font size), minus SDL and GL.
#include "ImGuiFrame.hpp"

#include <algorithm>
#include <imgui.h>

#include "ui/Fonts.hpp"

namespace atelier::ui::testing {

void ImGuiFrame::SetUp() {
    setUpFor(kDisplayWidthPx, kDisplayHeightPx);
}

void ImGuiFrame::setUpFor(float widthPx, float heightPx) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(widthPx, heightPx);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::StyleColorsLight();
    // The UI font is 4.5 mm tall on the surface, never under 13 px (as platform::uiFontPixels picks it).
    const float fontPixels = std::clamp(4.5f * widthPx / 1210.0f, 13.0f, 96.0f);
    ImGui::GetStyle().ScaleAllSizes(fontPixels / 13.0f);
    loadUiFont(fontPixels);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    ASSERT_NE(pixels, nullptr);
}

void ImGuiFrame::TearDown() {
    ImGui::DestroyContext();
}

void ImGuiFrame::frame(const std::function<void()>& draw) {
    ImGui::NewFrame();
    draw();
    ImGui::EndFrame();
}

} // namespace atelier::ui::testing
