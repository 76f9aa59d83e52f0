// Draws the replay's touch trails and heat map into ImGui's background list.
#include "ui/ReplayOverlays.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>

#include "render/Palette.hpp"

namespace atelier::ui {

void drawTrails(const std::vector<replay::Trail>& trails, const render::View& view) {
    const render::Palette palette;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const float width = static_cast<float>(std::max(2.0, view.pxPerMm() * 1.5));
    for (const replay::Trail& trail : trails) {
        const std::uint32_t rgb = palette.seat(trail.seat);
        const ImU32 colour = IM_COL32(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, 220);
        std::vector<ImVec2> points;
        for (const core::Vec2& point : trail.pointsMm) {
            const core::Vec2 pixel = view.toPixels(point);
            points.emplace_back(static_cast<float>(pixel.x), static_cast<float>(pixel.y));
        }
        if (points.size() >= 2) {
            draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, ImDrawFlags_None,
                              width);
        }
        draw->AddCircleFilled(points.back(), width * 2.5f, colour);
    }
}

void drawHeat(const replay::HeatMap& map, const render::View& view) {
    if (map.peak() <= 0) {
        return;
    }
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const double scale = std::log1p(static_cast<double>(map.peak()));
    for (int row = 0; row < map.rows(); ++row) {
        for (int column = 0; column < map.columns(); ++column) {
            const float heat = map.at(column, row);
            if (heat <= 0) {
                continue;
            }
            const double t = std::log1p(static_cast<double>(heat)) / scale; // 0..1, touches of a few count
            const auto channel = [](double v) { return static_cast<int>(std::clamp(v, 0.0, 1.0) * 255); };
            const ImU32 colour = IM_COL32(channel(t * 2), channel(t < 0.5 ? t * 1.6 : 1.6 - t * 1.6),
                                          channel(1 - t * 2), channel(0.35 + 0.45 * t));
            const core::Vec2 min = view.toPixels({column * map.cellMm(), row * map.cellMm()});
            const core::Vec2 max = view.toPixels({(column + 1) * map.cellMm(), (row + 1) * map.cellMm()});
            draw->AddRectFilled(ImVec2(static_cast<float>(min.x), static_cast<float>(min.y)),
                                ImVec2(static_cast<float>(max.x), static_cast<float>(max.y)), colour);
        }
    }
}

} // namespace atelier::ui
