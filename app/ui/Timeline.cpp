// Draws the replay timeline with Dear ImGui 1.86.
#include "ui/Timeline.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui.h>

#include "core/Utf8.hpp"
#include "render/Theme.hpp"
#include "ui/ThemeStyle.hpp"

namespace atelier::ui {
namespace {

std::string speedLabel(double speed) {
    char text[16];
    std::snprintf(text, sizeof text, speed < 1 ? "×%.1f" : "×%.0f", speed);
    return text;
}

/// The surface's pixels per mm this frame (0: unknown), for the targets reported to the legibility registry.
double g_pxPerMm = 0;

/// Records the last item drawn as a named target.
void addTarget(TimelineFrame& frame, std::string name) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    if (g_pxPerMm > 0) {
        reportLastItem(name, g_pxPerMm);
    }
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
    // Three rows of controls (names, bar, transport) and the times under them.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = ImGui::GetFontSize() + 2 * style.FramePadding.y;
    const float height =
        std::max(ImGui::GetFontSize() * 7.2f,
                 3 * row + ImGui::GetFontSize() + 4 * style.ItemSpacing.y + 2 * style.WindowPadding.y);
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

/// The name cut to fit `width` pixels with "…" at its end (whole characters), or the name when it fits.
std::string fitName(const std::string& name, float width) {
    if (ImGui::CalcTextSize(name.c_str()).x <= width) {
        return name;
    }
    std::vector<std::size_t> ends; // byte length of each prefix of whole characters
    for (std::size_t pos = 0; pos < name.size();) {
        pos += std::max<std::size_t>(1, core::utf8SequenceLength(name, pos));
        ends.push_back(std::min(pos, name.size()));
    }
    for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
        const std::string cut = name.substr(0, *end) + "…";
        if (ImGui::CalcTextSize(cut.c_str()).x <= width) {
            return cut;
        }
    }
    return "…";
}

/// Phase names above the bar, each at its start as far as the others and the window's edges allow (a thin
/// line leads from a name pushed aside to its marker); tapping one goes there. Leaves the cursor at the bar.
void drawPhaseNames(const TimelineContent& content, const TimelineAxis& axis, TimelineFrame& frame) {
    const float nameTop = ImGui::GetCursorScreenPos().y;
    const float padding = ImGui::GetStyle().FramePadding.x;
    std::vector<float> wanted;
    std::vector<float> widths;
    for (const TimelineMarker& marker : content.markers) {
        wanted.push_back(axis.xOf(marker.tMs));
        widths.push_back(ImGui::CalcTextSize(marker.name.c_str()).x + 2 * padding);
    }
    const std::vector<LabelPlace> places = layoutPhaseNames(wanted, widths, axis.left, axis.left + axis.width,
                                                            ImGui::GetStyle().ItemSpacing.x * 0.5f);
    const float font = ImGui::GetFontSize();
    const float rowHeight =
        g_pxPerMm > 0 ? font + 2 * ImGui::GetStyle().FramePadding.y + ImGui::GetStyle().ItemSpacing.y
                      : font * 1.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < content.markers.size(); ++i) {
        const TimelineMarker& marker = content.markers[i];
        const std::string label = fitName(marker.name, places[i].width - 2 * padding);
        ImGui::SetCursorScreenPos(ImVec2(places[i].x, nameTop));
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                            ImVec2(padding, g_pxPerMm > 0 ? ImGui::GetStyle().FramePadding.y : 0));
        if (ImGui::Button(label.c_str(), ImVec2(places[i].width, 0))) {
            frame.request.seekMs = marker.tMs;
        }
        ImGui::PopStyleVar();
        addTarget(frame, "timeline.marker." + std::to_string(i));
        ImGui::PopID();
        if (std::abs(places[i].x - wanted[i]) > 0.5f) { // pushed aside: a leader down to its marker
            const float bottom = ImGui::GetItemRectMax().y;
            draw->AddLine(ImVec2(std::clamp(wanted[i], places[i].x, places[i].x + places[i].width), bottom),
                          ImVec2(wanted[i], nameTop + rowHeight - font * 0.4f), IM_COL32(200, 90, 40, 255),
                          1.0f);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(axis.left, nameTop + rowHeight));
}

/// The pauses inside the phases, each a hatched stretch of the bar from its start to its end (never thinner
/// than a finger's hint: a few pixels), named timeline.pause.<k>; a tap there scrubs into the pause.
void drawPauses(const TimelineContent& content, const TimelineAxis& axis, float top, float bottom,
                TimelineFrame& frame) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float minWidth = std::max(4.0f, ImGui::GetFontSize() * 0.4f);
    const float step = std::max(3.0f, (bottom - top) * 0.5f);
    int number = 0;
    for (const TimelineMarker& marker : content.markers) {
        for (const TimelinePause& pause : marker.pauses) {
            const float x0 = axis.xOf(pause.startMs);
            const float x1 = std::max(axis.xOf(pause.endMs), x0 + minWidth);
            draw->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), IM_COL32(40, 40, 48, 150));
            draw->PushClipRect(ImVec2(x0, top), ImVec2(x1, bottom), true);
            for (float x = x0 - (bottom - top); x < x1; x += step) {
                draw->AddLine(ImVec2(x, bottom), ImVec2(x + (bottom - top), top),
                              IM_COL32(235, 235, 235, 200), 1.0f);
            }
            draw->PopClipRect();
            frame.targets.push_back(
                TimelineTarget{"timeline.pause." + std::to_string(number++), x0, top, x1, bottom});
        }
    }
}

/// The bar: drag anywhere to scrub; each phase's start is marked across it, each pause hatched on it.
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
    drawPauses(content, axis, barMin.y, barMax.y, frame);
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
        // At least as wide as the theme's touch size: "×2" alone would be a 12 mm target at 1080p.
        const std::string label = speedLabel(speed);
        const float width =
            std::max(ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x,
                     static_cast<float>(render::theme().controlMm * g_pxPerMm));
        if (ImGui::Button(label.c_str(), ImVec2(width, 0))) {
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

std::vector<LabelPlace> layoutPhaseNames(const std::vector<float>& wanted, const std::vector<float>& widths,
                                         float left, float right, float gap) {
    const std::size_t count = std::min(wanted.size(), widths.size());
    std::vector<LabelPlace> places(count);
    if (count == 0) {
        return places;
    }
    // Widths: the widest names give way first, until all fit side by side.
    const float room = std::max(0.0f, right - left - gap * static_cast<float>(count - 1));
    std::vector<float> sorted(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(count));
    std::sort(sorted.begin(), sorted.end());
    float cap = sorted.back();
    float used = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const auto sharing = static_cast<float>(count - i); // names at least this wide share what is left
        if (used + sorted[i] * sharing > room) {
            cap = (room - used) / sharing;
            break;
        }
        used += sorted[i];
    }
    for (std::size_t i = 0; i < count; ++i) {
        places[i].width = std::max(0.0f, std::min(widths[i], cap));
    }
    // Forward: each at its marker or right after the one before; backward: none past the right end.
    float next = left;
    for (std::size_t i = 0; i < count; ++i) {
        places[i].x = std::max(wanted[i], next);
        next = places[i].x + places[i].width + gap;
    }
    float limit = right;
    for (std::size_t i = count; i-- > 0;) {
        places[i].x = std::max(left, std::min(places[i].x, limit - places[i].width));
        limit = places[i].x - gap;
    }
    return places;
}

const std::vector<double>& timelineSpeeds() {
    static const std::vector<double> speeds = {0.5, 1, 2, 4, 8, 16, 32};
    return speeds;
}

TimelineFrame drawTimeline(const TimelineContent& content, core::Language language, float displayWidth,
                           float displayHeight) {
    TimelineFrame frame;
    g_pxPerMm = content.pxPerMm;
    // Touch-sized controls: the frame padding makes every button and the bar the theme's control height.
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const float control = static_cast<float>(render::theme().controlMm * content.pxPerMm);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(padding.x, std::max(padding.y, (control - ImGui::GetFontSize()) / 2)));
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, std::max(ImGui::GetStyle().GrabMinSize, control * 0.8f));
    if (!beginTimelineWindow(frame, displayWidth, displayHeight)) {
        ImGui::PopStyleVar(2);
        return frame;
    }
    if (content.pxPerMm > 0) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const std::uint32_t paper = rgbOf(style.Colors[ImGuiCol_WindowBg]);
        const std::uint32_t button = rgbOf(style.Colors[ImGuiCol_Button], paper);
        reportText("timeline.text", content.elapsed, render::TextRole::Body, *ImGui::GetFont(),
                   ImGui::GetFontSize(), content.pxPerMm, rgbOf(style.Colors[ImGuiCol_Text], paper), paper);
        reportText("timeline.button", content.elapsed, render::TextRole::Body, *ImGui::GetFont(),
                   ImGui::GetFontSize(), content.pxPerMm, rgbOf(style.Colors[ImGuiCol_Text], button), button);
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
    ImGui::PopStyleVar(2);
    return frame;
}

} // namespace atelier::ui
