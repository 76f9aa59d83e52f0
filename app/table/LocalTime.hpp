// Times stored in UTC shown in the table's local time zone (the system's, or TZ).
#pragma once

#include <string>
#include <string_view>

namespace atelier::table {

/// "2026-12-07 14:05" in local time for an ISO 8601 UTC time from the data file; "" for "" or unreadable
/// text.
std::string localDateTime(std::string_view iso8601Utc);

} // namespace atelier::table
