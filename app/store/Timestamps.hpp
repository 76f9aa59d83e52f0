// Wall-clock stamps the store writes: ISO 8601 UTC in rows, a compact local stamp in file names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier::store {

/// Now as ISO 8601 UTC with milliseconds ("2024-05-01T14:03:22.123Z"), what created_at/started_at hold.
std::string nowIso8601();

/// Now as local "YYYYMMDD-HHMMSS", used in the names of files moved aside.
std::string nowFileStamp();

/// Seconds since the epoch for an ISO 8601 UTC time as nowIso8601() writes it ("2026-11-26T03:40:29.123Z"),
/// or nothing when the text is not one.
std::optional<std::int64_t> parseUtcSeconds(std::string_view iso8601);

} // namespace atelier::store
