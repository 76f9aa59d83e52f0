// The attract loop's choice of a past session: ended, old enough, busy enough, of this workshop.
#include "table/AttractSelection.hpp"

#include "store/Timestamps.hpp"

namespace atelier::table {

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
            store::parseUtcSeconds(session.endedAt ? *session.endedAt : session.startedAt);
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

} // namespace atelier::table
