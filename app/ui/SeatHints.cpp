// Draws the first-steps hints with ImGui's background draw list (nothing to touch: they only explain).
#include "ui/SeatHints.hpp"

#include <algorithm>
#include <imgui.h>

#include "ui/DrawListTurn.hpp"

namespace atelier::ui {

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
        list.AddRectFilled(min, max, IM_COL32(255, 253, 246, 240), size * 0.6f);
        float y = centre.y - height / 2;
        for (const std::string& line : hint.lines) {
            const float lineWidth = font->CalcTextSizeA(size, 1.0e5f, 0.0f, line.c_str()).x;
            list.AddText(font, size, ImVec2(centre.x - lineWidth / 2, y), IM_COL32(28, 28, 30, 255),
                         line.c_str());
            y += size + lineGap;
        }
        turnVertices(list, first, centre, hint.facing);
    }
    list.PopClipRect();
}

} // namespace atelier::ui
