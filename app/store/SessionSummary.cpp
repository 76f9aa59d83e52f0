// Converts session statuses to and from the text stored in sessions.status.
#include "store/SessionSummary.hpp"

namespace atelier::store {

std::string_view toText(SessionStatus status) {
    switch (status) {
    case SessionStatus::Live:
        return "live";
    case SessionStatus::Ended:
        return "ended";
    case SessionStatus::Archived:
        return "archived";
    }
    return "live";
}

std::optional<SessionStatus> sessionStatusFromText(std::string_view text) {
    if (text == "live") {
        return SessionStatus::Live;
    }
    if (text == "ended") {
        return SessionStatus::Ended;
    }
    if (text == "archived") {
        return SessionStatus::Archived;
    }
    return std::nullopt;
}

} // namespace atelier::store
