// Wall-clock stamps the store writes: ISO 8601 UTC in rows, a compact local stamp in file names.
#pragma once

#include <string>

namespace atelier::store {

/// Now as ISO 8601 UTC with milliseconds ("2024-05-01T14:03:22.123Z"), what created_at/started_at hold.
std::string nowIso8601();

/// Now as local "YYYYMMDD-HHMMSS", used in the names of files moved aside.
std::string nowFileStamp();

} // namespace atelier::store
