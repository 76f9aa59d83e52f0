// Draws the seat timers with ImGui's background draw list (no window: nothing to touch).
#include "ui/SeatTimers.hpp"
#include "ui/DrawListTurn.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>

#include "render/TextLayout.hpp"
#include "render/Theme.hpp"
#include "ui/ThemeStyle.hpp"

namespace atelier::ui {

void drawSeatTimers(const std::vector<TimerMark>& marks, const std::string& text, bool over, float flash,
                    const render::View& view) {
    const auto displayWidth = static_cast<float>(view.viewportWidth);
    const auto displayHeight = static_cast<float>(view.viewportHeight);
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    ImFont* font = ImGui::GetFont();
    const render::Theme& theme = render::theme();
    // The smallest the text may get: the theme's body capitals.
    const auto floor = static_cast<float>(theme.bodyCapMm * view.pxPerMm() / render::capHeightRatio(*font));
    if (!text.empty()) {
        const std::uint32_t fillRgb = over ? 0xFFECB3 : theme.paper;
        const ImU32 fill = themeColour(fillRgb, 1.0f);
        const ImU32 ink = themeColour(theme.ink);
        // Glyphs are culled against the clip rectangle before being turned: open it wide, or a label near a
        // side edge would lose the letters that lie off screen before the turn.
        list.PushClipRect(ImVec2(-1.0e5f, -1.0e5f), ImVec2(1.0e5f, 1.0e5f), false);
        for (const TimerMark& mark : marks) {
            const int first = list.VtxBuffer.Size;
            const ImVec2 centre(mark.x, mark.y);
            // Fitted to its box, smaller when the phase's name is long.
            float size = std::max(floor, mark.height > 0 ? mark.height / 1.7f : ImGui::GetFontSize());
            ImVec2 extent = font->CalcTextSizeA(size, 10000.0f, 0.0f, text.c_str());
            if (mark.width > 0 && extent.x + size > mark.width) {
                size = std::max(floor, size * mark.width / (extent.x + size));
                extent = font->CalcTextSizeA(size, 10000.0f, 0.0f, text.c_str());
            }
            reportText("seat_timer", text, render::TextRole::Body, *font, size, view.pxPerMm(), theme.ink,
                       fillRgb);
            const float padX = size * 0.5f;
            const float padY = size * 0.25f;
            const ImVec2 min(centre.x - extent.x / 2 - padX, centre.y - extent.y / 2 - padY);
            const ImVec2 max(centre.x + extent.x / 2 + padX, centre.y + extent.y / 2 + padY);
            list.AddRectFilled(min, max, fill, size * 0.4f);
            list.AddText(font, size, ImVec2(centre.x - extent.x / 2, centre.y - extent.y / 2), ink,
                         text.c_str());
            turnVertices(list, first, centre, mark.facing);
        }
        list.PopClipRect();
    }
    if (flash > 0) {
        // A warm glow along the edges, never a hard blink: the time is up, nobody is startled.
        const float alpha = std::clamp(flash, 0.0f, 1.0f) * 150.0f;
        const float thickness = std::max(displayWidth, displayHeight) * 0.012f;
        list.AddRect(ImVec2(thickness / 2, thickness / 2),
                     ImVec2(displayWidth - thickness / 2, displayHeight - thickness / 2),
                     IM_COL32(255, 193, 7, static_cast<int>(alpha)), 0.0f, 0, thickness);
    }
}

} // namespace atelier::ui
