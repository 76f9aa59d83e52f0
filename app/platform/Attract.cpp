// Idle time, the choice of a past session to show, and the invitation drawn toward every side.
#include "platform/Attract.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <imgui.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <numbers>
#include <spdlog/spdlog.h>

namespace atelier::platform {
namespace {

/// Height of the invitation's main line and of its translation, in millimetres on the table.
constexpr double kInvitationMm = 22.0;
constexpr double kTranslationMm = 13.0;
/// Distance of each invitation's centre from its edge.
constexpr double kEdgeInsetMm = 75.0;

bool readInt(std::string_view text, std::size_t at, std::size_t length, int& out) {
    if (at + length > text.size()) {
        return false;
    }
    const char* first = text.data() + at;
    const auto [end, error] = std::from_chars(first, first + length, out);
    return error == std::errc{} && end == first + length;
}

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

/// Milliseconds as whole seconds for the log.
std::int64_t sessionSeconds(std::int64_t ms) {
    return (ms + 500) / 1000;
}

} // namespace

std::optional<std::int64_t> parseUtcSeconds(std::string_view iso) {
    // YYYY-MM-DDTHH:MM:SS, then optional fraction, then Z.
    std::tm utc{};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (iso.size() < 20 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':' ||
        iso[16] != ':' || iso.back() != 'Z' || !readInt(iso, 0, 4, year) || !readInt(iso, 5, 2, month) ||
        !readInt(iso, 8, 2, day) || !readInt(iso, 11, 2, hour) || !readInt(iso, 14, 2, minute) ||
        !readInt(iso, 17, 2, second)) {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    utc.tm_year = year - 1900;
    utc.tm_mon = month - 1;
    utc.tm_mday = day;
    utc.tm_hour = hour;
    utc.tm_min = minute;
    utc.tm_sec = second;
    return static_cast<std::int64_t>(timegm(&utc));
}

std::optional<std::int64_t> selectAttractSession(const std::vector<store::SessionSummary>& sessions,
                                                 const AttractPolicy& policy) {
    auto eligible = [&policy](const store::SessionSummary& session) {
        if (session.workshopId != policy.workshopId || session.status == store::SessionStatus::Live ||
            session.eventCount < policy.minEvents) {
            return false;
        }
        if (policy.allowRecent) {
            return true;
        }
        // A session without a readable time is never shown: its age cannot be proved.
        const std::optional<std::int64_t> endedAt =
            parseUtcSeconds(session.endedAt ? *session.endedAt : session.startedAt);
        return endedAt && policy.nowUnixS - *endedAt >= policy.minAgeS;
    };
    std::optional<std::int64_t> newest;
    for (const store::SessionSummary& session : sessions) {
        if (!eligible(session)) {
            continue;
        }
        if (session.id == policy.preferredId) {
            return session.id;
        }
        if (!newest || session.id > *newest) {
            newest = session.id;
        }
    }
    return newest;
}

ReplayAttractSource::ReplayAttractSource(const std::filesystem::path& dataFile, std::int64_t sessionId,
                                         double speed, std::int64_t holdMs)
    : m_player(dataFile, sessionId), m_speed(std::clamp(speed, replay::kMinSpeed, replay::kMaxSpeed)),
      m_playMs(static_cast<std::int64_t>(std::ceil(static_cast<double>(m_player.durationMs()) / m_speed))),
      m_holdMs(std::max<std::int64_t>(0, holdMs)) {
    m_player.seek(0); // the events of the session's first instant (its configuration, the site photos)
}

std::int64_t ReplayAttractSource::sessionTimeAt(std::int64_t tMs) const {
    const std::int64_t period = std::max<std::int64_t>(1, periodMs());
    const std::int64_t inPass = ((tMs % period) + period) % period;
    const auto sessionMs = static_cast<std::int64_t>(std::llround(static_cast<double>(inPass) * m_speed));
    return std::min(sessionMs, m_player.durationMs());
}

const core::Board& ReplayAttractSource::boardAt(std::int64_t tMs) {
    // Forward within a pass folds only the new events; the jump back to the start reloads from seq 0.
    m_player.seek(sessionTimeAt(tMs));
    return m_player.board();
}

std::unique_ptr<AttractSource> makeAttractSource(const std::vector<store::SessionSummary>& sessions,
                                                 const AttractPolicy& policy, core::Board freshTable,
                                                 const AttractReplay& replay) {
    const std::optional<std::int64_t> chosen = selectAttractSession(sessions, policy);
    if (!chosen) {
        spdlog::info("attract loop: no past session may be shown yet (none ended a day ago); the fresh "
                     "table is shown");
    } else if (!replay.dataFile) {
        spdlog::warn("attract loop: session {} cannot be replayed (no data file); the fresh table is shown",
                     *chosen);
    } else {
        try {
            auto source =
                std::make_unique<ReplayAttractSource>(*replay.dataFile, *chosen, replay.speed, replay.holdMs);
            spdlog::info(
                "attract loop: replaying session {} at x{} ({} s of table time, one pass every {} s)",
                *chosen, std::clamp(replay.speed, replay::kMinSpeed, replay::kMaxSpeed),
                sessionSeconds(source->durationMs()), sessionSeconds(source->periodMs()));
            return source;
        } catch (const std::exception& error) {
            spdlog::warn("attract loop: session {} cannot be replayed, the fresh table is shown: {}", *chosen,
                         error.what());
        }
    }
    return std::make_unique<EmptyTableSource>(std::move(freshTable));
}

AttractLoop::AttractLoop(std::int64_t idleTimeoutMs, std::int64_t nowMs)
    : m_idleTimeoutMs(std::max<std::int64_t>(0, idleTimeoutMs)), m_lastActivityMs(nowMs) {}

bool AttractLoop::idleExpired(std::int64_t nowMs) const {
    return enabled() && !active() && nowMs - m_lastActivityMs >= m_idleTimeoutMs;
}

void AttractLoop::begin(std::unique_ptr<AttractSource> source, std::int64_t nowMs) {
    m_source = std::move(source);
    m_beganMs = nowMs;
    m_lastFrameMs = nowMs - kFrameMs; // the first frame is due at once
}

void AttractLoop::end(std::int64_t nowMs) {
    m_source.reset();
    m_lastActivityMs = nowMs;
}

const core::Board& AttractLoop::board(std::int64_t nowMs) {
    m_lastFrameMs = nowMs;
    return m_source->boardAt(nowMs - m_beganMs);
}

std::optional<std::int64_t> AttractLoop::nextWakeMs() const {
    if (animating()) {
        return m_lastFrameMs + kFrameMs;
    }
    if (!enabled() || active()) {
        return std::nullopt;
    }
    return m_lastActivityMs + m_idleTimeoutMs;
}

void keepLargeBlocksOutOfTheHeap() {
#if defined(__GLIBC__)
    if (mallopt(M_MMAP_THRESHOLD, 256 * 1024) != 1) {
        spdlog::debug("the allocator kept its own mmap threshold");
    }
#endif
}

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

} // namespace atelier::platform
