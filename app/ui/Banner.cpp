// Draws the workshop banner with Dear ImGui.
#include "ui/Banner.hpp"

#include <imgui.h>

namespace atelier::ui {

void drawBanner(const BannerContent& content, core::Language language, float displayWidth) {
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    ImGui::SetNextWindowPos(ImVec2(displayWidth * 0.5f, ImGui::GetFontSize() * 0.3f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.92f);
    if (ImGui::Begin("##banner", nullptr, flags)) {
        // One line, so it fits between the top seats' docks and above their keyboards; the question
        // itself stands on the table as the prompt card.
        ImGui::TextUnformatted(content.title.c_str());
        if (!content.phase.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("·");
            ImGui::SameLine();
            ImGui::TextDisabled("%s", std::string(core::text(language, core::TextId::PhaseLabel)).c_str());
            ImGui::SameLine();
            ImGui::TextUnformatted(content.phase.c_str());
        }
        if (!content.warning.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.2f, 0.1f, 1.0f));
            ImGui::TextWrapped("%s", content.warning.c_str());
            ImGui::PopStyleColor();
        }
    }
    ImGui::End();
}

} // namespace atelier::ui
