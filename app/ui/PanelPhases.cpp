// Lays the panel's phase buttons out in columns that fit the panel's height, or in a list scrolled by touch.
#include "ui/PanelPhases.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>

#include "ui/PanelWidgets.hpp"

namespace atelier::ui {
namespace {

/// A column of the grid is never narrower than the touch floor.
constexpr float kTouchFloorMm = 15.0f;
/// More columns than this make names too short to read.
constexpr int kMostColumns = 3;

/// Where the phases end (window-local y) and how tall the controls under them were, in the window's storage.
ImGuiID phasesEndKey() {
    return ImGui::GetID("##phases-end");
}
ImGuiID controlsHeightKey() {
    return ImGui::GetID("##phase-controls-height");
}
ImGuiID shownPhaseKey() {
    return ImGui::GetID("##phase-shown");
}

/// How the phases are laid out this frame.
struct PhaseGrid {
    int columns = 1;
    int rows = 0;
    int rowsShown = 0; ///< fewer than rows: the grid scrolls
    float row = 0;     ///< a button's height
};

/// The grid of `row`-tall buttons in at most `widest` columns within `room` pixels of height.
PhaseGrid gridOf(int count, int widest, float room, float row) {
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const int rowsFit = std::max(2, static_cast<int>(std::floor((room + spacing) / (row + spacing))));
    PhaseGrid grid;
    grid.columns = std::clamp((count + rowsFit - 1) / rowsFit, 1, widest);
    grid.rows = (count + grid.columns - 1) / grid.columns;
    grid.rowsShown = std::min(grid.rows, rowsFit);
    grid.row = row;
    return grid;
}

/// One column of full rows when it fits; else more columns while the longest name fits in one; else rows
/// shrunk to the touch floor (and to what the text needs); else a list that scrolls.
PhaseGrid layout(const PanelModel& model, float width, float row) {
    const ImGuiStyle& style = ImGui::GetStyle();
    // Before the first measure: the lock, question, suggestion (and its sentence) and two rows of session
    // buttons.
    const float controls =
        ImGui::GetStateStorage()->GetFloat(controlsHeightKey(), 6 * (row + style.ItemSpacing.y));
    const float room = ImGui::GetContentRegionAvail().y - controls;
    float longest = 0;
    for (std::size_t i = 0; i < model.phases.size(); ++i) {
        const std::string label = std::to_string(i + 1) + ". " + model.phases[i];
        longest = std::max(longest, ImGui::CalcTextSize(label.c_str()).x + 2 * style.FramePadding.x);
    }
    longest = std::max(longest, kTouchFloorMm * model.pxPerMm);
    int widest = 1; // the most columns in which every name still fits
    while (widest < kMostColumns &&
           (width - static_cast<float>(widest) * style.ItemSpacing.x) / static_cast<float>(widest + 1) >=
               longest) {
        ++widest;
    }
    const int count = static_cast<int>(model.phases.size());
    const PhaseGrid full = gridOf(count, widest, room, row);
    if (full.rowsShown == full.rows) {
        return full;
    }
    const float least = std::max(kTouchFloorMm * model.pxPerMm, ImGui::GetFrameHeight());
    return gridOf(count, widest, room, std::min(row, least));
}

/// The buttons, top to bottom then left to right, so the phases read in order down each column.
void drawGrid(const PanelModel& model, PanelFrame& frame, const PhaseGrid& grid, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float cell = (width - static_cast<float>(grid.columns - 1) * style.ItemSpacing.x) /
                       static_cast<float>(grid.columns);
    const int count = static_cast<int>(model.phases.size());
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.columns; ++c) {
            const int i = c * grid.rows + r;
            if (i >= count) {
                break;
            }
            if (c > 0) {
                ImGui::SameLine();
            }
            const bool lit = i == model.currentPhase;
            if (lit) {
                ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_ButtonActive]);
            }
            const std::string label =
                std::to_string(i + 1) + ". " + model.phases[static_cast<std::size_t>(i)];
            if (panelButton(frame, label, "panel.phase." + std::to_string(i + 1), ImVec2(cell, grid.row))) {
                frame.actions.push_back(PanelAction{PanelAction::Kind::StartPhase, i, 0});
            }
            if (lit) {
                ImGui::PopStyleColor();
                if (grid.rowsShown < grid.rows &&
                    ImGui::GetStateStorage()->GetInt(shownPhaseKey(), -1) != model.currentPhase) {
                    ImGui::SetScrollHereY(0.5f); // a new phase: bring its button in view
                    ImGui::GetStateStorage()->SetInt(shownPhaseKey(), model.currentPhase);
                }
            }
        }
    }
}

} // namespace

void drawPhaseButtons(const PanelModel& model, PanelFrame& frame, float width, float row) {
    const PhaseGrid grid = layout(model, width, row);
    if (grid.rowsShown < grid.rows) {
        const float height =
            static_cast<float>(grid.rowsShown) * (grid.row + ImGui::GetStyle().ItemSpacing.y) -
            ImGui::GetStyle().ItemSpacing.y;
        ImGui::BeginChild("##phase-list", ImVec2(width, height), false,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        drawGrid(model, frame, grid, width);
        panelDragToScroll(frame, "panel.phases");
        ImGui::EndChild();
    } else {
        drawGrid(model, frame, grid, width);
    }
    ImGui::GetStateStorage()->SetFloat(phasesEndKey(), ImGui::GetCursorPosY());
}

void notePhaseControlsEnd(PanelFrame& frame) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const float height = ImGui::GetCursorPosY() - storage->GetFloat(phasesEndKey(), 0);
    if (std::abs(height - storage->GetFloat(controlsHeightKey(), -1)) > 0.5f) {
        frame.scrolled = true; // the phases were laid out for other controls: the next frame shows them right
    }
    storage->SetFloat(controlsHeightKey(), height);
}

} // namespace atelier::ui
