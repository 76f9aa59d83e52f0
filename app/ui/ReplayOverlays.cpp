// Draws the replay's touch trails and heat map into ImGui's background list.
#include "ui/ReplayOverlays.hpp"

#include "ui/ThemeStyle.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>
#include <string>

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

namespace {

/// The heat map's cells that a live card covers, even in part (row-major): the heat is drawn around cards,
/// never over their text, as if it lay on the table under them.
std::vector<bool> cellsUnderCards(const replay::HeatMap& map, const core::Board& board) {
    std::vector<bool> covered(static_cast<std::size_t>(map.columns()) * static_cast<std::size_t>(map.rows()));
    for (const auto& [id, card] : board.cards) {
        if (card.deleted) {
            continue;
        }
        const double c = std::abs(std::cos(card.pose.rotation));
        const double s = std::abs(std::sin(card.pose.rotation));
        const double halfX = (card.size.width * c + card.size.height * s) / 2 * card.pose.scale;
        const double halfY = (card.size.width * s + card.size.height * c) / 2 * card.pose.scale;
        const auto cell = [&map](double mm, int count) {
            return std::clamp(static_cast<int>(std::floor(mm / map.cellMm())), 0, count - 1);
        };
        for (int row = cell(card.pose.centre.y - halfY, map.rows());
             row <= cell(card.pose.centre.y + halfY, map.rows()); ++row) {
            for (int column = cell(card.pose.centre.x - halfX, map.columns());
                 column <= cell(card.pose.centre.x + halfX, map.columns()); ++column) {
                covered[static_cast<std::size_t>(row) * static_cast<std::size_t>(map.columns()) +
                        static_cast<std::size_t>(column)] = true;
            }
        }
    }
    return covered;
}

} // namespace

ImU32 heatColour(double t) {
    const auto channel = [](double v) {
        return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
    };
    return IM_COL32(channel(t * 2), channel(t < 0.5 ? t * 1.6 : 1.6 - t * 1.6), channel(1 - t * 2),
                    channel(0.35 + 0.45 * t));
}

void drawHeat(const replay::HeatMap& map, const core::Board& board, const render::View& view) {
    if (map.peak() <= 0) {
        return;
    }
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const double scale = std::log1p(static_cast<double>(map.peak()));
    const std::vector<bool> underCards = cellsUnderCards(map, board);
    for (int row = 0; row < map.rows(); ++row) {
        for (int column = 0; column < map.columns(); ++column) {
            const float heat = map.at(column, row);
            if (heat <= 0 ||
                underCards[static_cast<std::size_t>(row) * static_cast<std::size_t>(map.columns()) +
                           static_cast<std::size_t>(column)]) {
                continue;
            }
            const double t = std::log1p(static_cast<double>(heat)) / scale; // 0..1, touches of a few count
            const core::Vec2 min = view.toPixels({column * map.cellMm(), row * map.cellMm()});
            const core::Vec2 max = view.toPixels({(column + 1) * map.cellMm(), (row + 1) * map.cellMm()});
            draw->AddRectFilled(ImVec2(static_cast<float>(min.x), static_cast<float>(min.y)),
                                ImVec2(static_cast<float>(max.x), static_cast<float>(max.y)), heatColour(t));
        }
    }
}

namespace {

/// Hatching: dark red lines, 6 mm apart, across the card.
constexpr double kHatchStepMm = 6.0;
constexpr ImU32 kHatchColour = IM_COL32(150, 0, 20, 200);

/// A point of a card, from its own millimetres (centred, unrotated) to pixels.
ImVec2 cardPoint(const core::Card& card, double x, double y, const render::View& view) {
    const double c = std::cos(card.pose.rotation);
    const double s = std::sin(card.pose.rotation);
    const core::Vec2 mm{card.pose.centre.x + (x * c - y * s) * card.pose.scale,
                        card.pose.centre.y + (x * s + y * c) * card.pose.scale};
    const core::Vec2 px = view.toPixels(mm);
    return ImVec2(static_cast<float>(px.x), static_cast<float>(px.y));
}

void hatchCard(ImDrawList* draw, const core::Card& card, const render::View& view) {
    const double halfW = card.size.width / 2;
    const double halfH = card.size.height / 2;
    const auto width = static_cast<float>(std::max(1.5, view.pxPerMm() * 0.7 * card.pose.scale));
    // Lines y = x + k in the card's frame, cut to its rectangle.
    for (double k = -(halfW + halfH) + kHatchStepMm / 2; k < halfW + halfH; k += kHatchStepMm) {
        const double x0 = std::max(-halfW, -halfH - k);
        const double x1 = std::min(halfW, halfH - k);
        if (x1 > x0) {
            draw->AddLine(cardPoint(card, x0, x0 + k, view), cardPoint(card, x1, x1 + k, view), kHatchColour,
                          width);
        }
    }
    const ImVec2 corners[4] = {cardPoint(card, -halfW, -halfH, view), cardPoint(card, halfW, -halfH, view),
                               cardPoint(card, halfW, halfH, view), cardPoint(card, -halfW, halfH, view)};
    draw->AddPolyline(corners, 4, kHatchColour, ImDrawFlags_Closed, width * 1.5f);
}

} // namespace

void drawHiddenMarks(const core::Board& board, const std::vector<core::ItemId>& cards,
                     const render::View& view, core::Language language) {
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const std::string tag(core::text(language, core::TextId::ReplayCardHidden));
    const ImVec2 tagSize = ImGui::CalcTextSize(tag.c_str());
    const float pad = ImGui::GetFontSize() * 0.25f;
    for (const core::ItemId id : cards) {
        const core::Card* card = board.findCard(id);
        if (card == nullptr || card->deleted) {
            continue;
        }
        hatchCard(draw, *card, view);
        // The tag over the card's top edge, upright on screen, centred.
        const ImVec2 top = cardPoint(*card, 0, -card->size.height / 2, view);
        const ImVec2 min(top.x - tagSize.x / 2 - pad, top.y - tagSize.y / 2 - pad);
        const ImVec2 max(top.x + tagSize.x / 2 + pad, top.y + tagSize.y / 2 + pad);
        draw->AddRectFilled(min, max, kHatchColour | IM_COL32(0, 0, 0, 255), pad);
        draw->AddText(ImVec2(min.x + pad, min.y + pad), IM_COL32(255, 255, 255, 255), tag.c_str());
        reportText("replay.hidden", tag, render::TextRole::Body, *ImGui::GetFont(), ImGui::GetFontSize(),
                   view.pxPerMm(), 0xFFFFFF,
                   rgbOf(ImGui::ColorConvertU32ToFloat4(kHatchColour | IM_COL32(0, 0, 0, 255))));
    }
}

} // namespace atelier::ui
