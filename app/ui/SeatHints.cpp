// Draws the first-steps hints with ImGui's background draw list (nothing to touch: they only explain).
#include "ui/SeatHints.hpp"

#include <algorithm>
#include <cstdint>
#include <imgui.h>
#include <string>

#include "render/TableColour.hpp"
#include "ui/DrawListTurn.hpp"
#include "ui/ThemeStyle.hpp"

namespace atelier::ui {
namespace {

constexpr ImU32 kHintPaper = IM_COL32(255, 253, 246, 240);
constexpr ImU32 kHintInk = IM_COL32(28, 28, 30, 255);

/// The hint's paper as 0xRRGGBB, laid over the table by its alpha.
std::uint32_t paperRgb() {
    const std::uint32_t table = (std::uint32_t{render::kTableColour.r} << 16) |
                                (std::uint32_t{render::kTableColour.g} << 8) | render::kTableColour.b;
    return rgbOf(ImGui::ColorConvertU32ToFloat4(kHintPaper), table);
}

} // namespace

void drawSeatHints(const std::vector<SeatHint>& hints, const render::View& view) {
    if (!view.drawable() || hints.empty()) {
        return;
    }
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    ImFont* font = ImGui::GetFont();
    const float size = static_cast<float>(kHintTextMm * view.pxPerMm());
    const float lineGap = size * 0.35f;
    // Glyphs are culled against the clip rectangle before being turned: open it wide.
    list.PushClipRect(ImVec2(-1.0e5f, -1.0e5f), ImVec2(1.0e5f, 1.0e5f), false);
    for (const SeatHint& hint : hints) {
        if (hint.lines.empty()) {
            continue;
        }
        float width = 0;
        for (const std::string& line : hint.lines) {
            width = std::max(width, font->CalcTextSizeA(size, 1.0e5f, 0.0f, line.c_str()).x);
        }
        const float height = static_cast<float>(hint.lines.size()) * size +
                             static_cast<float>(hint.lines.size() - 1) * lineGap;
        const core::Vec2 px = view.toPixels(hint.centreMm);
        const ImVec2 centre(static_cast<float>(px.x), static_cast<float>(px.y));
        const float padX = size * 0.8f;
        const float padY = size * 0.45f;
        const int first = list.VtxBuffer.Size;
        const ImVec2 min(centre.x - width / 2 - padX, centre.y - height / 2 - padY);
        const ImVec2 max(centre.x + width / 2 + padX, centre.y + height / 2 + padY);
        list.AddRectFilled(ImVec2(min.x, min.y + size * 0.12f), ImVec2(max.x, max.y + size * 0.12f),
                           IM_COL32(0, 0, 0, 30), size * 0.6f); // a soft shadow
        list.AddRectFilled(min, max, kHintPaper, size * 0.6f);
        float y = centre.y - height / 2;
        for (const std::string& line : hint.lines) {
            const float lineWidth = font->CalcTextSizeA(size, 1.0e5f, 0.0f, line.c_str()).x;
            list.AddText(font, size, ImVec2(centre.x - lineWidth / 2, y), kHintInk, line.c_str());
            reportText("hint", line, render::TextRole::Body, *font, size, view.pxPerMm(),
                       rgbOf(ImGui::ColorConvertU32ToFloat4(kHintInk)), paperRgb());
            y += size + lineGap;
        }
        turnVertices(list, first, centre, hint.facing);
    }
    list.PopClipRect();
}

} // namespace atelier::ui
