// Draws the panel's session library with touch-sized rows that a finger scrolls.
#include "ui/PanelSessions.hpp"

#include <algorithm>
#include <imgui.h>

#include "ui/PanelScreens.hpp"
#include "ui/PanelWidgets.hpp"

namespace atelier::ui {
namespace {

/// Rows and buttons are at least this large on the glass.
constexpr float kRowMm = 15.0f;

const char* say(const PanelModel& model, const char* french, const char* english) {
    return model.language == core::Language::French ? french : english;
}

float rowHeight(const PanelModel& model) {
    return std::max(kRowMm * model.pxPerMm, ImGui::GetFontSize() * 1.8f);
}

void drawRow(const PanelModel& model, PanelFrame& frame, const PanelSessionRow& row, float height) {
    const std::string replay = say(model, "Revoir", "Replay");
    const float buttonWidth = std::max(
        {ImGui::CalcTextSize(replay.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x,
         ImGui::CalcTextSize(say(model, "Exporter", "Export")).x + 2 * ImGui::GetStyle().FramePadding.x,
         height * 2});
    if (row.live) {
        ImGui::BeginDisabled();
    }
    if (panelButton(frame, replay, "panel.session." + std::to_string(row.id) + ".replay",
                    ImVec2(buttonWidth, height))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::ReplaySession, 0, row.id});
    }
    if (row.live) {
        ImGui::EndDisabled();
    }
    ImGui::SameLine();
    const std::string exportLabel = say(model, "Exporter", "Export");
    if (panelButton(frame, exportLabel, "panel.session." + std::to_string(row.id) + ".export",
                    ImVec2(buttonWidth, height))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::OpenExport, 0, row.id});
    }
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::Text("%s · %s", row.workshop.c_str(), row.when.c_str());
    ImGui::TextDisabled("%s · %d %s · %s", row.duration.c_str(), row.cards,
                        row.cards == 1 ? say(model, "carte", "card") : say(model, "cartes", "cards"),
                        row.status.c_str());
    ImGui::EndGroup();
    ImGui::Separator();
}

} // namespace

void drawSessionsButton(const PanelModel& model, PanelFrame& frame, float width, float row) {
    if (panelButton(frame, say(model, "Séances passées : revoir, exporter", "Past sessions: replay, export"),
                    "panel.sessions", ImVec2(width, row))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::OpenSessions, 0, 0});
    }
}

void drawSessionLibrary(const PanelModel& model, PanelFrame& frame) {
    const float height = rowHeight(model);
    const std::string back = say(model, "\u2190 Retour aux commandes", "\u2190 Back to the controls");
    const float backWidth =
        std::max(ImGui::CalcTextSize(back.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x, height * 3);
    if (panelButton(frame, back, "panel.sessions.back", ImVec2(backWidth, height))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::CloseSessions, 0, 0});
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(say(model, "Séances, la plus récente d'abord", "Sessions, newest first"));
    if (!model.sessionsNotice.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.12f, 0.08f, 1.0f));
        ImGui::TextWrapped("%s", model.sessionsNotice.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::BeginChild("##sessions", ImVec2(0, 0), true);
    if (model.sessions.empty()) {
        ImGui::TextDisabled("%s", say(model, "Aucune séance enregistrée.", "No session recorded yet."));
    }
    for (const PanelSessionRow& row : model.sessions) {
        drawRow(model, frame, row, height);
    }
    panelDragToScroll(frame, "panel.sessions.list");
    ImGui::EndChild();
}

} // namespace atelier::ui
