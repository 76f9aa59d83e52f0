// Draws the workshop banner with Dear ImGui, in the theme's large type.
#include "ui/Banner.hpp"

#include <imgui.h>

#include "render/TextLayout.hpp"
#include "render/Theme.hpp"
#include "ui/Fonts.hpp"
#include "ui/ThemeStyle.hpp"

namespace atelier::ui {

void drawBanner(const BannerContent& content, core::Language language, const render::View& view) {
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    const render::Theme& theme = render::theme();
    const double pxPerMm = view.pxPerMm();
    ImFont* font = largeUiFont();
    // The banner's capitals are the theme's, whatever size the large font was loaded at.
    const auto size = static_cast<float>(theme.bannerCapMm * pxPerMm / render::capHeightRatio(*font));
    ImGui::SetNextWindowPos(
        ImVec2(static_cast<float>(view.viewportWidth) * 0.5f, static_cast<float>(theme.paddingMm * pxPerMm)),
        ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowBgAlpha(1.0f);
    ImGui::PushFont(font);
    if (ImGui::Begin("##banner", nullptr, flags)) {
        ImGui::SetWindowFontScale(size / font->FontSize);
        const ImGuiStyle& style = ImGui::GetStyle();
        const std::uint32_t paper = rgbOf(style.Colors[ImGuiCol_WindowBg]);
        const std::uint32_t ink = rgbOf(style.Colors[ImGuiCol_Text], paper);
        const std::uint32_t muted = rgbOf(style.Colors[ImGuiCol_TextDisabled], paper);
        // Two short lines (the title, then the phase), so that the large type fits between the top seats'
        // docks and their timers, above their keyboards; the question stands on the table on its own card.
        ImGui::TextUnformatted(content.title.c_str());
        reportText("banner.title", content.title, render::TextRole::Large, *font, size, pxPerMm, ink, paper);
        if (!content.phase.empty()) {
            const std::string label(core::text(language, core::TextId::PhaseLabel));
            ImGui::TextDisabled("%s", label.c_str());
            ImGui::SameLine();
            ImGui::TextUnformatted(content.phase.c_str());
            reportText("banner.phase_label", label, render::TextRole::Large, *font, size, pxPerMm, muted,
                       paper);
            reportText("banner.phase", content.phase, render::TextRole::Large, *font, size, pxPerMm, ink,
                       paper);
        }
        if (!content.warning.empty()) {
            const std::uint32_t warning = theme.warningInk;
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(themeColour(warning)));
            ImGui::TextWrapped("%s", content.warning.c_str());
            ImGui::PopStyleColor();
            reportText("banner.warning", content.warning, render::TextRole::Large, *font, size, pxPerMm,
                       warning, paper);
        }
    }
    ImGui::End();
    ImGui::PopFont();
}

} // namespace atelier::ui
