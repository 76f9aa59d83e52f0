// Draws the replay timeline with Dear ImGui 1.86.
#include "ui/Timeline.hpp"

#include <algorithm>
#include <cstdio>
#include <imgui.h>

namespace atelier::ui {
namespace {

std::string speedLabel(double speed) {
    char text[16];
    std::snprintf(text, sizeof text, speed < 1 ? "×%.1f" : "×%.0f", speed);
    return text;
}

/// Records the last item drawn as a named target.
void addTarget(TimelineFrame& frame, std::string name) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    frame.targets.push_back(TimelineTarget{std::move(name), min.x, min.y, max.x, max.y});
}

} // namespace

std::string speedTargetName(double speed) {
    char text[32];
    std::snprintf(text, sizeof text, speed < 1 ? "timeline.speed.%.1f" : "timeline.speed.%.0f", speed);
    return text;
}

const std::vector<double>& timelineSpeeds() {
    static const std::vector<double> speeds = {0.5, 1, 2, 4, 8, 16, 32};
    return speeds;
}

TimelineFrame drawTimeline(const TimelineContent& content, core::Language language, float displayWidth,
                           float displayHeight) {
    TimelineFrame frame;
    TimelineRequest& request = frame.request;
    const auto label = [language](core::TextId id) { return std::string(core::text(language, id)); };
    const float font = ImGui::GetFontSize();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav;
    const float height = font * 7.2f;
    ImGui::SetNextWindowPos(ImVec2(0, displayHeight - height), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(displayWidth, height), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.92f);
    frame.minX = 0;
    frame.minY = displayHeight - height;
    frame.maxX = displayWidth;
    frame.maxY = displayHeight;
    if (!ImGui::Begin("##timeline", nullptr, flags)) {
        ImGui::End();
        return frame;
    }

    // Phase names above the bar, each at its start; tapping one goes there.
    const float barLeft = ImGui::GetCursorScreenPos().x;
    const float barWidth = ImGui::GetContentRegionAvail().x;
    const float nameTop = ImGui::GetCursorScreenPos().y;
    const double duration = static_cast<double>(std::max<std::int64_t>(1, content.durationMs));
    const float grab = ImGui::GetStyle().GrabMinSize;
    const auto xOf = [&](std::int64_t tMs) {
        return barLeft + grab * 0.5f +
               static_cast<float>(static_cast<double>(tMs) / duration) * (barWidth - grab);
    };
    for (std::size_t i = 0; i < content.markers.size(); ++i) {
        const TimelineMarker& marker = content.markers[i];
        ImGui::SetCursorScreenPos(ImVec2(xOf(marker.tMs), nameTop));
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton(marker.name.c_str())) {
            request.seekMs = marker.tMs;
        }
        addTarget(frame, "timeline.marker." + std::to_string(i));
        ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(ImVec2(barLeft, nameTop + font * 1.5f));

    // The bar: drag anywhere to scrub.
    ImGui::SetNextItemWidth(barWidth);
    std::int64_t position = content.positionMs;
    const std::int64_t zero = 0;
    const std::int64_t end = std::max<std::int64_t>(1, content.durationMs);
    if (ImGui::SliderScalar("##scrub", ImGuiDataType_S64, &position, &zero, &end, "")) {
        request.seekMs = position;
    }
    addTarget(frame, "timeline.scrub");
    const ImVec2 barMin = ImGui::GetItemRectMin();
    const ImVec2 barMax = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const TimelineMarker& marker : content.markers) {
        const float x = xOf(marker.tMs);
        draw->AddLine(ImVec2(x, barMin.y - font * 0.4f), ImVec2(x, barMax.y), IM_COL32(200, 90, 40, 255),
                      2.0f);
    }

    if (ImGui::Button(("« " + label(core::TextId::ReplayPreviousPhase)).c_str())) {
        request.previousPhase = true;
    }
    addTarget(frame, "timeline.phase.previous");
    ImGui::SameLine();
    if (ImGui::Button(label(content.playing ? core::TextId::ReplayPause : core::TextId::ReplayPlay).c_str(),
                      ImVec2(font * 6, 0))) {
        request.togglePlay = true;
    }
    addTarget(frame, "timeline.play");
    ImGui::SameLine();
    if (ImGui::Button((label(core::TextId::ReplayNextPhase) + " »").c_str())) {
        request.nextPhase = true;
    }
    addTarget(frame, "timeline.phase.next");
    ImGui::SameLine();
    ImGui::TextUnformatted(label(core::TextId::ReplaySpeed).c_str());
    for (const double speed : timelineSpeeds()) {
        ImGui::SameLine();
        const bool current = std::abs(speed - content.speed) < 1e-9;
        if (current) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        }
        if (ImGui::Button(speedLabel(speed).c_str())) {
            request.speed = speed;
        }
        addTarget(frame, speedTargetName(speed));
        if (current) {
            ImGui::PopStyleColor();
        }
    }
    ImGui::SameLine();
    bool trails = content.trails;
    if (ImGui::Checkbox(label(core::TextId::ReplayTrails).c_str(), &trails)) {
        request.toggleTrails = true;
    }
    addTarget(frame, "timeline.trails");
    ImGui::SameLine();
    bool heat = content.heat;
    if (ImGui::Checkbox(label(core::TextId::ReplayHeatMap).c_str(), &heat)) {
        request.toggleHeat = true;
    }
    addTarget(frame, "timeline.heat");
    ImGui::Text("%s %s", label(core::TextId::ReplayElapsed).c_str(), content.elapsed.c_str());
    if (!content.sessionTime.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("·");
        ImGui::SameLine();
        ImGui::Text("%s %s", label(core::TextId::ReplaySessionTime).c_str(), content.sessionTime.c_str());
    }
    ImGui::End();
    return frame;
}

} // namespace atelier::ui
