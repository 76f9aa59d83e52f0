// Draws the export screen with touch-sized toggles and a progress bar per kind of file.
#include "ui/PanelExport.hpp"

#include <algorithm>
#include <imgui.h>

#include "ui/PanelScreens.hpp"

namespace atelier::ui {
namespace {

constexpr float kRowMm = 15.0f;

const char* say(const PanelModel& model, const char* french, const char* english) {
    return model.language == core::Language::French ? french : english;
}

bool button(PanelFrame& frame, const std::string& label, const std::string& name, ImVec2 size,
            bool lit = false) {
    if (lit) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    }
    ImGui::PushID(name.c_str());
    const bool pressed = ImGui::Button(label.c_str(), size);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    frame.targets.push_back(PanelTarget{name, min.x, min.y, max.x, max.y});
    ImGui::PopID();
    if (lit) {
        ImGui::PopStyleColor();
    }
    return pressed;
}

std::string kindLabel(const PanelModel& model, PanelExportKind kind) {
    switch (kind) {
    case PanelExportKind::Html:
        return say(model, "Rapport HTML", "HTML report");
    case PanelExportKind::Csv:
        return say(model, "Tableur CSV", "CSV spreadsheet");
    case PanelExportKind::Json:
        return "JSON";
    case PanelExportKind::Standalone:
        return say(model, "Fichier de séance", "Session file");
    case PanelExportKind::Png:
        return say(model, "Images par phase (PNG)", "Picture per phase (PNG)");
    case PanelExportKind::Video:
        return say(model, "Vidéo accélérée (MP4)", "Time-lapse video (MP4)");
    case PanelExportKind::GeoJson:
        return say(model, "Carte (GeoJSON, SIG)", "Map (GeoJSON, GIS)");
    case PanelExportKind::Decidim:
        return say(model, "Propositions Decidim (CSV)", "Decidim proposals (CSV)");
    }
    return {};
}

void drawDestinations(const PanelModel& model, PanelFrame& frame, float row) {
    const PanelExportView& view = model.exportView;
    ImGui::TextDisabled("%s", say(model, "Vers :", "To:"));
    if (view.destinations.empty()) {
        ImGui::TextWrapped("%s", say(model, "Aucune clé USB ni dossier d'export : branchez une clé.",
                                     "No USB stick and no export folder: plug in a stick."));
    }
    const float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < view.destinations.size(); ++i) {
        const PanelExportDestination& destination = view.destinations[i];
        const std::string label = std::string(destination.removable ? say(model, "Clé USB « ", "USB stick “")
                                                                    : say(model, "Dossier « ", "Folder “")) +
                                  destination.name + say(model, " »", "”");
        if (button(frame, label, "panel.export.dest." + std::to_string(i + 1), ImVec2(width, row),
                   view.destination == static_cast<int>(i))) {
            frame.actions.push_back(
                PanelAction{PanelAction::Kind::ExportDestination, static_cast<int>(i), 0});
        }
    }
}

void drawKinds(const PanelModel& model, PanelFrame& frame, float row) {
    const PanelExportView& view = model.exportView;
    ImGui::TextDisabled("%s", say(model, "Fichiers :", "Files:"));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    for (std::size_t i = 0; i < kPanelExportKinds; ++i) {
        const auto kind = static_cast<PanelExportKind>(i);
        const bool unavailable = !view.unavailable[i].empty();
        if (i % 2 == 1) {
            ImGui::SameLine();
        }
        ImGui::BeginGroup();
        if (unavailable) {
            ImGui::BeginDisabled();
        }
        const std::string label = std::string(view.chosen[i] ? "\u2713 " : "") + kindLabel(model, kind);
        if (button(frame, label, std::string("panel.export.kind.") + exportKindName(kind), ImVec2(half, row),
                   view.chosen[i])) {
            frame.actions.push_back(PanelAction{PanelAction::Kind::ExportToggle, static_cast<int>(i), 0});
        }
        if (unavailable) {
            ImGui::EndDisabled();
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + half);
            ImGui::TextDisabled("%s", view.unavailable[i].c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::EndGroup();
    }
}

void drawProgress(const PanelModel& model, PanelFrame& frame, float row) {
    const PanelExportView& view = model.exportView;
    for (const PanelExportLine& line : view.lines) {
        ImGui::ProgressBar(line.fraction, ImVec2(ImGui::GetContentRegionAvail().x * 0.6f, 0),
                           line.done ? say(model, "écrit", "written") : nullptr);
        ImGui::SameLine();
        ImGui::TextUnformatted(kindLabel(model, line.kind).c_str());
    }
    const float width = ImGui::GetContentRegionAvail().x;
    if (view.running) {
        if (button(frame, say(model, "Annuler l'export", "Cancel the export"), "panel.export.cancel",
                   ImVec2(width, row))) {
            frame.actions.push_back(PanelAction{PanelAction::Kind::ExportCancel, 0, 0});
        }
        return;
    }
    const bool ready = view.destination >= 0 &&
                       std::any_of(view.chosen.begin(), view.chosen.end(), [](bool b) { return b; });
    if (!ready) {
        ImGui::BeginDisabled();
    }
    if (button(frame, say(model, "Exporter", "Export"), "panel.export.start", ImVec2(width, row))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::ExportStart, 0, 0});
    }
    if (!ready) {
        ImGui::EndDisabled();
    }
    if (!view.outcome.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.failed ? ImVec4(0.70f, 0.12f, 0.08f, 1.0f)
                                                         : ImVec4(0.10f, 0.45f, 0.15f, 1.0f));
        ImGui::TextWrapped("%s", view.outcome.c_str());
        ImGui::PopStyleColor();
    }
}

} // namespace

const char* exportKindName(PanelExportKind kind) {
    switch (kind) {
    case PanelExportKind::Html:
        return "html";
    case PanelExportKind::Csv:
        return "csv";
    case PanelExportKind::Json:
        return "json";
    case PanelExportKind::Standalone:
        return "session";
    case PanelExportKind::Png:
        return "png";
    case PanelExportKind::Video:
        return "video";
    case PanelExportKind::GeoJson:
        return "geojson";
    case PanelExportKind::Decidim:
        return "decidim";
    }
    return "";
}

void drawExportScreen(const PanelModel& model, PanelFrame& frame) {
    const float row = std::max(kRowMm * model.pxPerMm, ImGui::GetFontSize() * 1.8f);
    const PanelExportView& view = model.exportView;
    if (view.running) {
        ImGui::BeginDisabled();
    }
    const std::string back = say(model, "\u2190 Retour aux séances", "\u2190 Back to the sessions");
    if (button(frame, back, "panel.export.back",
               ImVec2(std::max(ImGui::CalcTextSize(back.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x,
                               row * 3),
                      row))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::ExportBack, 0, 0});
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %s", say(model, "Exporter :", "Export:"), view.sessionLabel.c_str());
    drawDestinations(model, frame, row);
    drawKinds(model, frame, row);
    if (view.running) {
        ImGui::EndDisabled();
    }
    ImGui::Separator();
    drawProgress(model, frame, row);
}

} // namespace atelier::ui
