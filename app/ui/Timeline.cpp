// Draws the replay timeline with Dear ImGui 1.86.
#include "ui/Timeline.hpp"

#include <algorithm>
#include <cmath>
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

/// The text of a catalogue entry in the timeline's language.
std::string textOf(core::Language language, core::TextId id) {
    return std::string(core::text(language, id));
}

/// Where times fall along the bar: phase names and marker lines share it with the scrub slider's grab.
struct TimelineAxis {
    float left = 0;
    float width = 0;
    float grab = 0;
    double durationMs = 1;

    /// The x (pixels) of a time on the bar.
    float xOf(std::int64_t tMs) const {
        return left + grab * 0.5f +
               static_cast<float>(static_cast<double>(tMs) / durationMs) * (width - grab);
    }
};

/// Opens the timeline's window across the bottom of the display and records the rectangle it covers; false
/// (the window already closed) when ImGui has nothing to draw into.
bool beginTimelineWindow(TimelineFrame& frame, float displayWidth, float displayHeight) {
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav;
    const float height = ImGui::GetFontSize() * 7.2f;
    ImGui::SetNextWindowPos(ImVec2(0, displayHeight - height), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(displayWidth, height), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.92f);
    frame.minX = 0;
    frame.minY = displayHeight - height;
    frame.maxX = displayWidth;
    frame.maxY = displayHeight;
    if (!ImGui::Begin("##timeline", nullptr, flags)) {
        ImGui::End();
        return false;
    }
    return true;
}

/// Phase names above the bar, each at its start; tapping one goes there. Leaves the cursor at the bar.
void drawPhaseNames(const TimelineContent& content, const TimelineAxis& axis, TimelineFrame& frame) {
    const float nameTop = ImGui::GetCursorScreenPos().y;
    for (std::size_t i = 0; i < content.markers.size(); ++i) {
        const TimelineMarker& marker = content.markers[i];
        ImGui::SetCursorScreenPos(ImVec2(axis.xOf(marker.tMs), nameTop));
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton(marker.name.c_str())) {
            frame.request.seekMs = marker.tMs;
        }
        addTarget(frame, "timeline.marker." + std::to_string(i));
        ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(ImVec2(axis.left, nameTop + ImGui::GetFontSize() * 1.5f));
}

/// The bar: drag anywhere to scrub; each phase's start is marked across it.
void drawScrubBar(const TimelineContent& content, const TimelineAxis& axis, TimelineFrame& frame) {
    ImGui::SetNextItemWidth(axis.width);
    std::int64_t position = content.positionMs;
    const std::int64_t zero = 0;
    const std::int64_t end = std::max<std::int64_t>(1, content.durationMs);
    if (ImGui::SliderScalar("##scrub", ImGuiDataType_S64, &position, &zero, &end, "")) {
        frame.request.seekMs = position;
    }
    addTarget(frame, "timeline.scrub");
    const ImVec2 barMin = ImGui::GetItemRectMin();
    const ImVec2 barMax = ImGui::GetItemRectMax();
    const float font = ImGui::GetFontSize();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const TimelineMarker& marker : content.markers) {
        const float x = axis.xOf(marker.tMs);
        draw->AddLine(ImVec2(x, barMin.y - font * 0.4f), ImVec2(x, barMax.y), IM_COL32(200, 90, 40, 255),
                      2.0f);
    }
}

/// Previous phase, play or pause, next phase, on one row.
void drawTransport(const TimelineContent& content, core::Language language, TimelineFrame& frame) {
    if (ImGui::Button(("« " + textOf(language, core::TextId::ReplayPreviousPhase)).c_str())) {
        frame.request.previousPhase = true;
    }
    addTarget(frame, "timeline.phase.previous");
    ImGui::SameLine();
    const core::TextId play = content.playing ? core::TextId::ReplayPause : core::TextId::ReplayPlay;
    if (ImGui::Button(textOf(language, play).c_str(), ImVec2(ImGui::GetFontSize() * 6, 0))) {
        frame.request.togglePlay = true;
    }
    addTarget(frame, "timeline.play");
    ImGui::SameLine();
    if (ImGui::Button((textOf(language, core::TextId::ReplayNextPhase) + " »").c_str())) {
        frame.request.nextPhase = true;
    }
    addTarget(frame, "timeline.phase.next");
}

/// The speeds, the current one highlighted, on the transport's row.
void drawSpeeds(const TimelineContent& content, core::Language language, TimelineFrame& frame) {
    ImGui::SameLine();
    ImGui::TextUnformatted(textOf(language, core::TextId::ReplaySpeed).c_str());
    for (const double speed : timelineSpeeds()) {
        ImGui::SameLine();
        const bool current = std::abs(speed - content.speed) < 1e-9;
        if (current) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        }
        if (ImGui::Button(speedLabel(speed).c_str())) {
            frame.request.speed = speed;
        }
        addTarget(frame, speedTargetName(speed));
        if (current) {
            ImGui::PopStyleColor();
        }
    }
}

/// The trails and heat-map switches, on the transport's row.
void drawOverlaySwitches(const TimelineContent& content, core::Language language, TimelineFrame& frame) {
    ImGui::SameLine();
    bool trails = content.trails;
    if (ImGui::Checkbox(textOf(language, core::TextId::ReplayTrails).c_str(), &trails)) {
        frame.request.toggleTrails = true;
    }
    addTarget(frame, "timeline.trails");
    ImGui::SameLine();
    bool heat = content.heat;
    if (ImGui::Checkbox(textOf(language, core::TextId::ReplayHeatMap).c_str(), &heat)) {
        frame.request.toggleHeat = true;
    }
    addTarget(frame, "timeline.heat");
}

/// Elapsed time and, when known, the session's wall-clock time at the position.
void drawTimes(const TimelineContent& content, core::Language language) {
    ImGui::Text("%s %s", textOf(language, core::TextId::ReplayElapsed).c_str(), content.elapsed.c_str());
    if (!content.sessionTime.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("·");
        ImGui::SameLine();
        ImGui::Text("%s %s", textOf(language, core::TextId::ReplaySessionTime).c_str(),
                    content.sessionTime.c_str());
    }
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
    if (!beginTimelineWindow(frame, displayWidth, displayHeight)) {
        return frame;
    }
    TimelineAxis axis;
    axis.left = ImGui::GetCursorScreenPos().x;
    axis.width = ImGui::GetContentRegionAvail().x;
    axis.grab = ImGui::GetStyle().GrabMinSize;
    axis.durationMs = static_cast<double>(std::max<std::int64_t>(1, content.durationMs));
    drawPhaseNames(content, axis, frame);
    drawScrubBar(content, axis, frame);
    drawTransport(content, language, frame);
    drawSpeeds(content, language, frame);
    drawOverlaySwitches(content, language, frame);
    drawTimes(content, language);
    ImGui::End();
    return frame;
}

} // namespace atelier::ui
