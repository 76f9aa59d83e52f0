// Theme colours into ImGui's style; texts and targets ImGui drew into the legibility registry.
#include "ui/ThemeStyle.hpp"

#include <algorithm>
#include <cmath>

#include "render/TextLayout.hpp"
#include "render/Theme.hpp"

namespace atelier::ui {
namespace {

ImVec4 vec(std::uint32_t rgb, float alpha = 1.0f) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f,
                  static_cast<float>((rgb >> 8) & 0xFF) / 255.0f, static_cast<float>(rgb & 0xFF) / 255.0f,
                  alpha);
}

} // namespace

void applyTheme(ImGuiStyle& style) {
    const render::Theme& theme = render::theme();
    style.Colors[ImGuiCol_Text] = vec(theme.ink);
    style.Colors[ImGuiCol_TextDisabled] = vec(theme.mutedInk);
    style.Colors[ImGuiCol_WindowBg] = vec(theme.paper);
    style.Colors[ImGuiCol_ChildBg] = vec(theme.paper, 0.0f);
    style.Colors[ImGuiCol_PopupBg] = vec(theme.paper);
    style.Colors[ImGuiCol_Button] = vec(0xE8EEF4);
    style.Colors[ImGuiCol_ButtonHovered] = vec(0xD6E4F0);
    style.Colors[ImGuiCol_ButtonActive] = vec(0xB3CDE3); // pressed: a clear step darker under the finger
    style.Colors[ImGuiCol_Border] = vec(0x8A8F98);
}

ImU32 themeColour(std::uint32_t rgb, float alpha) {
    return ImGui::ColorConvertFloat4ToU32(vec(rgb, alpha));
}

std::uint32_t rgbOf(const ImVec4& colour, std::uint32_t under) {
    const float a = std::clamp(colour.w, 0.0f, 1.0f);
    const auto channel = [&](float value, int shift) {
        const float below = static_cast<float>((under >> shift) & 0xFF) / 255.0f;
        const float mixed = value * a + below * (1 - a);
        return static_cast<std::uint32_t>(std::lround(std::clamp(mixed, 0.0f, 1.0f) * 255.0f)) << shift;
    };
    return channel(colour.x, 16) | channel(colour.y, 8) | channel(colour.z, 0);
}

double capMmOf(const ImFont& font, float sizePx, double pxPerMm) {
    return static_cast<double>(sizePx) * render::capHeightRatio(font) / std::max(1e-6, pxPerMm);
}

void reportText(const std::string& what, const std::string& text, render::TextRole role, const ImFont& font,
                float sizePx, double pxPerMm, std::uint32_t ink, std::uint32_t background) {
    render::Legibility& registry = render::Legibility::frame();
    if (registry.enabled()) {
        registry.text(render::DrawnText{what, text, role, capMmOf(font, sizePx, pxPerMm), ink, background});
    }
}

void reportLastItem(const std::string& what, double pxPerMm) {
    render::Legibility& registry = render::Legibility::frame();
    if (registry.enabled()) {
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        registry.target(render::DrawnTarget{what, (max.x - min.x) / pxPerMm, (max.y - min.y) / pxPerMm});
    }
}

} // namespace atelier::ui
