// The replay's row for the table: back to the live session, the seat filter; the dimming it asks for.
#include "ui/ReplayControls.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>
#include <string>

namespace atelier::ui {
namespace {

/// Every control of the replay is at least this large on the glass (the issue: ≥ 15 mm).
constexpr float kControlMm = 15.0f;
/// What is left of an item that the seat filter dims.
constexpr ImU32 kDim = IM_COL32(40, 40, 40, 190);

const char* say(core::Language language, const char* french, const char* english) {
    return language == core::Language::French ? french : english;
}

bool control(ReplayControlsFrame& frame, const std::string& label, const std::string& name, ImVec2 size,
             bool lit) {
    if (lit) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    }
    const bool pressed = ImGui::Button((label + "##" + name).c_str(), size);
    if (lit) {
        ImGui::PopStyleColor();
    }
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    frame.targets.push_back(TimelineTarget{name, min.x, min.y, max.x, max.y});
    return pressed;
}

ImVec2 toImVec(core::Vec2 pixel) {
    return ImVec2(static_cast<float>(pixel.x), static_cast<float>(pixel.y));
}

/// The pixel of a point given in an item's own frame (mm from its centre before rotation and scale).
ImVec2 itemPoint(const core::Pose& pose, double x, double y, const render::View& view) {
    const double c = std::cos(pose.rotation);
    const double s = std::sin(pose.rotation);
    const core::Vec2 mm{pose.centre.x + (x * c - y * s) * pose.scale,
                        pose.centre.y + (x * s + y * c) * pose.scale};
    return toImVec(view.toPixels(mm));
}

} // namespace

ReplayControlsFrame drawReplayControls(const ReplayControlsContent& content, core::Language language,
                                       const render::View& view, float timelineTop) {
    ReplayControlsFrame frame;
    const float side = std::max(kControlMm * static_cast<float>(view.pxPerMm()), ImGui::GetFontSize() * 1.8f);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float height = side + 2 * style.WindowPadding.y;
    ImGui::SetNextWindowPos(ImVec2(0, std::max(0.0f, timelineTop - height)), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.92f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("##replay-controls", nullptr, flags)) {
        const std::string back =
            say(language, "\u2190 Retour à la table en direct", "\u2190 Back to the live table");
        const float backWidth =
            std::max(ImGui::CalcTextSize(back.c_str()).x + 2 * style.FramePadding.x, side * 3);
        frame.back = control(frame, back, "replay.back", ImVec2(backWidth, side), false);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(say(language, "Places :", "Seats:"));
        ImGui::SameLine();
        const std::string all = say(language, "Toutes", "All");
        const float allWidth =
            std::max(ImGui::CalcTextSize(all.c_str()).x + 2 * style.FramePadding.x, side * 1.5f);
        if (control(frame, all, "replay.seat.all", ImVec2(allWidth, side), content.seat == 0)) {
            frame.seat = 0;
        }
        for (int seat = 1; seat <= content.seats; ++seat) {
            ImGui::SameLine();
            if (control(frame, std::to_string(seat), "replay.seat." + std::to_string(seat),
                        ImVec2(side, side), content.seat == seat)) {
                frame.seat = seat;
            }
        }
        const ImVec2 pos = ImGui::GetWindowPos();
        const ImVec2 size = ImGui::GetWindowSize();
        frame.minX = pos.x;
        frame.minY = pos.y;
        frame.maxX = pos.x + size.x;
        frame.maxY = pos.y + size.y;
    }
    ImGui::End();
    return frame;
}

void dimOtherSeats(const core::Board& board, int seat, const render::View& view) {
    if (seat == 0) {
        return;
    }
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    for (const auto& [id, card] : board.cards) {
        if (card.deleted || card.seat == seat) {
            continue;
        }
        const double w = card.size.width / 2;
        const double h = card.size.height / 2;
        draw->AddQuadFilled(itemPoint(card.pose, -w, -h, view), itemPoint(card.pose, w, -h, view),
                            itemPoint(card.pose, w, h, view), itemPoint(card.pose, -w, h, view), kDim);
    }
    for (const auto& [id, stroke] : board.strokes) {
        if (stroke.erased || stroke.seat == seat || stroke.points.empty()) {
            continue;
        }
        const core::Photo* photo = stroke.parent == core::kNoItem ? nullptr : board.findPhoto(stroke.parent);
        std::vector<ImVec2> points;
        for (const core::Vec2& point : stroke.points) {
            points.push_back(photo ? itemPoint(photo->pose, point.x, point.y, view)
                                   : toImVec(view.toPixels(point)));
        }
        const float width = static_cast<float>(std::max(2.0, stroke.width * view.pxPerMm() + 2));
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), kDim, ImDrawFlags_None, width);
    }
}

} // namespace atelier::ui
