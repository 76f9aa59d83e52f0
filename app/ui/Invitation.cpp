// Draws the exhibition's invitation: a veil and one bilingual sentence facing each edge.
#include "ui/Invitation.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>
#include <numbers>

namespace atelier::ui {
namespace {

/// Height of the invitation's main line and of its translation, in millimetres on the table.
constexpr double kInvitationMm = 22.0;
constexpr double kTranslationMm = 13.0;
/// Distance of each invitation's centre from its edge.
constexpr double kEdgeInsetMm = 75.0;

/// Moves the vertices added since `first`, drawn about `from`, to `to`, turned by `angle` (clockwise on
/// screen). They are drawn in the middle of the screen first, because ImGui culls glyphs outside it.
void place(ImDrawList& list, int first, ImVec2 from, ImVec2 to, double angle) {
    const float c = static_cast<float>(std::cos(angle));
    const float s = static_cast<float>(std::sin(angle));
    for (int i = first; i < list.VtxBuffer.Size; ++i) {
        ImVec2& p = list.VtxBuffer[i].pos;
        const float dx = p.x - from.x;
        const float dy = p.y - from.y;
        p = ImVec2(to.x + dx * c - dy * s, to.y + dx * s + dy * c);
    }
}

} // namespace

void drawInvitation(core::Language language, const render::View& view) {
    if (!view.drawable()) {
        return;
    }
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    ImFont* font = ImGui::GetFont();
    const float width = static_cast<float>(view.viewportWidth);
    const float height = static_cast<float>(view.viewportHeight);
    list.AddRectFilled(ImVec2(0, 0), ImVec2(width, height), IM_COL32(16, 20, 28, 130));

    const core::Language other =
        language == core::Language::French ? core::Language::English : core::Language::French;
    const std::string_view main = core::text(language, core::TextId::AttractInvitation);
    const std::string_view second = core::text(other, core::TextId::AttractInvitation);
    const float mainPx = static_cast<float>(kInvitationMm * view.pxPerMm());
    const float secondPx = static_cast<float>(kTranslationMm * view.pxPerMm());
    const ImVec2 mainSize = font->CalcTextSizeA(mainPx, 1e6f, 0.0f, main.data(), main.data() + main.size());
    const ImVec2 secondSize =
        font->CalcTextSizeA(secondPx, 1e6f, 0.0f, second.data(), second.data() + second.size());
    const float pad = mainPx * 0.6f;
    const float panelW = std::max(mainSize.x, secondSize.x) + 2 * pad;
    const float panelH = mainSize.y + secondSize.y + 1.6f * pad;

    const double w = view.surfaceMm.width;
    const double h = view.surfaceMm.height;
    struct Side {
        core::Vec2 centreMm;
        double angle; // clockwise on screen: the reader stands at this edge
    };
    const Side sides[] = {
        {{w / 2, h - kEdgeInsetMm}, 0.0},
        {{w / 2, kEdgeInsetMm}, std::numbers::pi},
        {{kEdgeInsetMm, h / 2}, std::numbers::pi / 2},
        {{w - kEdgeInsetMm, h / 2}, -std::numbers::pi / 2},
    };
    for (const Side& side : sides) {
        const core::Vec2 centre = view.toPixels(side.centreMm);
        const ImVec2 c(width / 2, height / 2);
        const int first = list.VtxBuffer.Size;
        list.AddRectFilled(ImVec2(c.x - panelW / 2, c.y - panelH / 2),
                           ImVec2(c.x + panelW / 2, c.y + panelH / 2), IM_COL32(250, 248, 242, 240),
                           panelH * 0.25f);
        const float top = c.y - panelH / 2 + pad * 0.7f;
        list.AddText(font, mainPx, ImVec2(c.x - mainSize.x / 2, top), IM_COL32(26, 26, 26, 255), main.data(),
                     main.data() + main.size());
        list.AddText(font, secondPx, ImVec2(c.x - secondSize.x / 2, top + mainSize.y + pad * 0.2f),
                     IM_COL32(90, 90, 90, 255), second.data(), second.data() + second.size());
        place(list, first, c, ImVec2(static_cast<float>(centre.x), static_cast<float>(centre.y)), side.angle);
    }
}

} // namespace atelier::ui
