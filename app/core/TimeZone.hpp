// The table's local time zone (config `[table] time_zone`), read from the system's TZif files, and the dates
// the table shows in words. Plain C++: the session times are stored in UTC; the table never shows UTC.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Catalogue.hpp"

namespace atelier::core {

/// A time zone's offsets from UTC over time, from a TZif file (RFC 8536, version 2 or later).
class TimeZone {
public:
    /// UTC itself (offset 0 at every moment).
    TimeZone() = default;
    /// Reads zone `name` (e.g. "Europe/Paris") under `root`; nothing when the name is not a zone there.
    static std::optional<TimeZone> load(std::string_view name,
                                        const std::filesystem::path& root = "/usr/share/zoneinfo");
    /// The zone's name ("UTC" for the default).
    const std::string& name() const { return m_name; }
    /// Seconds to add to UTC at the UTC moment `utcS` (seconds since 1970) to get the local time.
    int offsetAt(std::int64_t utcS) const;

private:
    std::string m_name = "UTC";
    std::vector<std::int64_t> m_transitions; ///< UTC seconds, ascending
    std::vector<int> m_offsetAfter;          ///< the offset from each transition on
    int m_offsetBefore = 0;                  ///< before the first transition
};

/// A local date and time, broken down.
struct LocalTime {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    int weekday = 4; ///< 0 Sunday … 6 Saturday
};

/// The local time in `zone` at the UTC moment `utcS`.
LocalTime localTime(std::int64_t utcS, const TimeZone& zone);
/// Seconds since 1970 of a stored ISO 8601 UTC time ("2026-12-07T13:05:00Z", fractions ignored).
std::optional<std::int64_t> parseIsoUtc(std::string_view iso);
/// "lundi 7 décembre 2026 à 14 h 05" / "Monday 7 December 2026 at 14:05".
std::string dateTimeInWords(const LocalTime& time, Language language);
/// A stored ISO 8601 UTC time in words in `zone` (the text itself when it cannot be read).
std::string isoInWords(const std::string& iso, const TimeZone& zone, Language language);
/// "14:05:09".
std::string clockText(const LocalTime& time);

} // namespace atelier::core
