// The attract loop's sources: a still fresh table, or a past session looping fast through the Player.
#include "table/AttractSource.hpp"

#include <algorithm>
#include <cmath>
#include <spdlog/spdlog.h>

namespace atelier::table {
namespace {

/// Milliseconds as whole seconds for the log.
std::int64_t sessionSeconds(std::int64_t ms) {
    return (ms + 500) / 1000;
}

} // namespace

ReplayAttractSource::ReplayAttractSource(const std::filesystem::path& dataFile, std::int64_t sessionId,
                                         double speed, std::int64_t holdMs)
    : m_player(dataFile, sessionId, replay::Audience::Public),
      m_speed(std::clamp(speed, replay::kMinSpeed, replay::kMaxSpeed)),
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

} // namespace atelier::table
