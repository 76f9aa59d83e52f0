// Session times as people write them (H:MM:SS) on the command line, in exports and on the timeline.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier::replay {

/// Session time as H:MM:SS (hours not padded, milliseconds dropped).
std::string formatSessionTime(std::int64_t ms);

/// Reads "HH:MM:SS", "MM:SS" or "SS", each optionally with ".mmm"; nothing for anything else (minutes and
/// seconds past 59 after a colon, signs, letters).
std::optional<std::int64_t> parseSessionTime(std::string_view text);

} // namespace atelier::replay
