// One line of the session list (`atelier sessions`) and the session statuses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier::store {

/// A session is live until a facilitator ends it; quitting or crashing leaves it live for resume.
enum class SessionStatus { Live, Ended, Archived };

/// The text stored in sessions.status ("live", "ended", "archived").
std::string_view toText(SessionStatus status);

/// The status for a stored text, or nothing for text this version does not know.
std::optional<SessionStatus> sessionStatusFromText(std::string_view text);

/// What the session list shows about one session.
struct SessionSummary {
    std::int64_t id = 0;
    std::string workshopId;
    std::string workshopTitle;
    std::string startedAt;              ///< ISO 8601 UTC
    std::optional<std::string> endedAt; ///< ISO 8601 UTC, empty while live
    SessionStatus status = SessionStatus::Live;
    std::int64_t eventCount = 0; ///< the last seq (seq is contiguous from 1)
    std::string lastPhase;       ///< name in the last phase.started event, empty if none
    std::int64_t durationMs = 0; ///< t_ms of the last event: how long a replay lasts
};

} // namespace atelier::store
