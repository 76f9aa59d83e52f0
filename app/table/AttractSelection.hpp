// Which past session the exhibition's attract loop may show behind its invitation (privacy first).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "store/SessionSummary.hpp"

namespace atelier::table {

/// Which past sessions the attract loop may show, and when "now" is.
struct AttractPolicy {
    std::string_view workshopId;
    /// Seconds since the Unix epoch, UTC.
    std::int64_t nowUnixS = 0;
    /// A session is shown only once it ended this long ago (privacy: one day), unless allowRecent.
    std::int64_t minAgeS = 24 * 3600;
    bool allowRecent = false;
    /// A session with fewer events than this shows nobody's work: not worth replaying.
    std::int64_t minEvents = 10;
    /// A session id chosen in the config (0: the newest eligible one); it must still pass the rules.
    std::int64_t preferredId = 0;
};

/// The past session to replay behind the invitation, or nothing: an ended or archived session of the
/// workshop, old enough (its end, or its start when it has no end, at least minAgeS before now), with
/// enough events; the preferred one if it qualifies, else the newest that does. Never a live session.
std::optional<std::int64_t> selectAttractSession(const std::vector<store::SessionSummary>& sessions,
                                                 const AttractPolicy& policy);

} // namespace atelier::table
