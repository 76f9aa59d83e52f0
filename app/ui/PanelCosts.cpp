// The costs screen of the facilitator's panel: proposals on the left, the amount and its pad on the right.
#include "ui/PanelCosts.hpp"

#include "render/Theme.hpp"
#include "ui/PanelScreens.hpp"
#include "ui/PanelWidgets.hpp"
#include "workshop/NumberPad.hpp"

#include <algorithm>
#include <imgui.h>

namespace atelier::ui {
namespace {

/// The pad's keys, a little larger than the panel's rows (which are the theme's touch target, over 15 mm).
constexpr float kKeyMm = 16.0f;
constexpr std::int64_t kCentsPerEuro = 100;

std::string tr(const PanelModel& model, core::TextId id) {
    return std::string(core::text(model.language, id));
}

/// A panel button that is dimmed, and does nothing, unless `enabled`; true when pressed this frame.
bool button(PanelFrame& frame, const std::string& label, const std::string& name, ImVec2 size,
            bool enabled = true) {
    if (!enabled) {
        ImGui::BeginDisabled();
    }
    const bool pressed = panelButton(frame, label, name, size);
    if (!enabled) {
        ImGui::EndDisabled();
    }
    return pressed && enabled;
}

void press(PanelFrame& frame, int value, std::int64_t card = 0) {
    frame.actions.push_back(PanelAction{PanelAction::Kind::Cost, value, card});
}

void drawList(const PanelModel& model, PanelFrame& frame, float row) {
    const ImGuiStyle& style = ImGui::GetStyle();
    if (model.costs.proposals.empty()) {
        ImGui::TextWrapped("%s", tr(model, core::TextId::PanelCostNoProposal).c_str());
    }
    const float width = ImGui::GetContentRegionAvail().x;
    for (const PanelProposal& proposal : model.costs.proposals) {
        const bool lit = proposal.id == model.costs.selected;
        if (lit) {
            ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_ButtonActive]);
        }
        const std::string cost = proposal.cents > 0 ? workshop::formatEuros(proposal.cents / kCentsPerEuro)
                                                    : tr(model, core::TextId::PanelCostNone);
        const std::string label = proposal.title + "  —  " + cost;
        if (button(frame, label, "panel.costs.item." + std::to_string(proposal.id), ImVec2(width, row))) {
            press(frame, kCostSelect, proposal.id);
        }
        if (lit) {
            ImGui::PopStyleColor();
        }
    }
}

void drawPadColumn(const PanelModel& model, PanelFrame& frame, float row) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float key = std::max(kKeyMm * model.pxPerMm, row);
    const std::string amount =
        model.costs.typed.empty() ? std::string("…") : workshop::formatEuros(std::stoll(model.costs.typed));
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted(amount.c_str());
    ImGui::SetWindowFontScale(1.0f);
    if (model.costs.tooLarge) {
        ImGui::TextWrapped("%s", tr(model, core::TextId::PanelCostTooLarge).c_str());
    }
    const bool chosen = model.costs.selected != 0 && model.costs.canSet;
    static const char* const kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "000", "0", "\u232B"};
    for (int k = 0; k < 12; ++k) {
        if (k % 3 != 0) {
            ImGui::SameLine();
        }
        const int value = k < 9 ? k + 1 : (k == 9 ? kCostThousand : (k == 10 ? 0 : kCostErase));
        const std::string name = k < 9 || k == 10 ? std::to_string(value) : (k == 9 ? "000" : "erase");
        if (button(frame, kKeys[k], "panel.costs.key." + name, ImVec2(key, key), chosen)) {
            press(frame, value);
        }
    }
    const float wide = 3 * key + 2 * style.ItemSpacing.x;
    if (button(frame, tr(model, core::TextId::PanelCostSet), "panel.costs.set", ImVec2(wide, row),
               chosen && !model.costs.typed.empty())) {
        press(frame, kCostSet);
    }
    if (button(frame, tr(model, core::TextId::PanelCostClear), "panel.costs.clear", ImVec2(wide, row),
               chosen)) {
        press(frame, kCostClear);
    }
}

} // namespace

void drawCostsEntry(const PanelModel& model, PanelFrame& frame, float width, float row) {
    if (!model.costs.canSet) {
        return; // only in a budget phase: the controls of the other phases keep their room
    }
    if (button(frame, tr(model, core::TextId::PanelCosts), "panel.costs", ImVec2(width, row))) {
        press(frame, kCostOpen);
    }
}

void drawCosts(const PanelModel& model, PanelFrame& frame) {
    const float row =
        std::max(static_cast<float>(render::theme().controlMm) * model.pxPerMm, ImGui::GetFontSize() * 1.8f);
    const ImGuiStyle& style = ImGui::GetStyle();
    if (button(frame, "\u2190 " + tr(model, core::TextId::PanelClose), "panel.costs.back",
               ImVec2(row * 4, row))) {
        press(frame, kCostBack);
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(model, core::TextId::PanelCostsTitle).c_str());
    if (!model.costs.canSet) {
        ImGui::TextDisabled("%s", tr(model, core::TextId::PanelCostNeedsBudgetPhase).c_str());
    }
    ImGui::Separator();
    const ImVec2 whole = ImGui::GetContentRegionAvail();
    const float padWidth =
        3 * std::max(kKeyMm * model.pxPerMm, row) + 2 * style.ItemSpacing.x + 2 * style.WindowPadding.x;
    ImGui::BeginChild("##cost-list",
                      ImVec2(std::max(whole.x - padWidth - style.ItemSpacing.x, whole.x * 0.4f), whole.y),
                      true);
    drawList(model, frame, row);
    panelDragToScroll(frame, "panel.costs.list");
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##cost-pad", ImVec2(0, whole.y), false, ImGuiWindowFlags_NoScrollbar);
    drawPadColumn(model, frame, row);
    ImGui::EndChild();
}

} // namespace atelier::ui
