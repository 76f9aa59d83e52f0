// TZif reading (the 64-bit block of version 2+ files) and the civil calendar without the C library's TZ.
#include "core/TimeZone.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace atelier::core {
namespace {

std::int64_t bigEndian(const std::string& bytes, std::size_t at, int size) {
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i) {
        value = value << 8 | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    }
    if (size == 4) {
        return static_cast<std::int32_t>(static_cast<std::uint32_t>(value));
    }
    return static_cast<std::int64_t>(value);
}

struct Counts {
    std::int64_t isUt = 0, isStd = 0, leap = 0, time = 0, type = 0, chars = 0;
    /// Bytes of the data block that follows the 44-byte header, for transition times of `timeSize` bytes.
    std::int64_t dataSize(int timeSize) const {
        return time * timeSize + time + type * 6 + chars + leap * (timeSize + 4) + isStd + isUt;
    }
};

std::optional<Counts> header(const std::string& bytes, std::size_t at) {
    if (bytes.size() < at + 44 || bytes.compare(at, 4, "TZif") != 0) {
        return std::nullopt;
    }
    Counts counts;
    counts.isUt = bigEndian(bytes, at + 20, 4);
    counts.isStd = bigEndian(bytes, at + 24, 4);
    counts.leap = bigEndian(bytes, at + 28, 4);
    counts.time = bigEndian(bytes, at + 32, 4);
    counts.type = bigEndian(bytes, at + 36, 4);
    counts.chars = bigEndian(bytes, at + 40, 4);
    if (counts.isUt < 0 || counts.isStd < 0 || counts.leap < 0 || counts.time < 0 || counts.type < 1 ||
        counts.chars < 0 || counts.time > 100000 || counts.type > 256) {
        return std::nullopt;
    }
    return counts;
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(int year, int month, int day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

constexpr std::array<const char*, 12> kMonthsFr{"janvier",   "février", "mars",     "avril",
                                                "mai",       "juin",    "juillet",  "août",
                                                "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<const char*, 12> kMonthsEn{"January",   "February", "March",    "April",
                                                "May",       "June",     "July",     "August",
                                                "September", "October",  "November", "December"};
constexpr std::array<const char*, 7> kDaysFr{"dimanche", "lundi",    "mardi", "mercredi",
                                             "jeudi",    "vendredi", "samedi"};
constexpr std::array<const char*, 7> kDaysEn{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                             "Thursday", "Friday", "Saturday"};

} // namespace

std::optional<TimeZone> TimeZone::load(std::string_view name, const std::filesystem::path& root) {
    if (name == "UTC" || name == "Etc/UTC") {
        return TimeZone{};
    }
    if (name.empty() || name.front() == '/' || name.find("..") != std::string_view::npos) {
        return std::nullopt; // a zone's name, never a path out of the zone folder
    }
    std::ifstream in(root / std::filesystem::path(name), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::optional<Counts> first = header(bytes, 0);
    if (!first || bytes[4] < '2') {
        return std::nullopt;
    }
    const std::size_t second = 44 + static_cast<std::size_t>(first->dataSize(4));
    const std::optional<Counts> counts = header(bytes, second);
    if (!counts || bytes.size() < second + 44 + static_cast<std::size_t>(counts->dataSize(8))) {
        return std::nullopt;
    }
    TimeZone zone;
    zone.m_name = std::string(name);
    const std::size_t times = second + 44;
    const std::size_t indices = times + static_cast<std::size_t>(counts->time) * 8;
    const std::size_t types = indices + static_cast<std::size_t>(counts->time);
    auto offsetOfType = [&](std::int64_t type) {
        return static_cast<int>(bigEndian(bytes, types + static_cast<std::size_t>(type) * 6, 4));
    };
    zone.m_offsetBefore = offsetOfType(0);
    for (std::int64_t i = 0; i < counts->time; ++i) {
        const auto type = static_cast<unsigned char>(bytes[indices + static_cast<std::size_t>(i)]);
        if (type >= counts->type) {
            return std::nullopt;
        }
        zone.m_transitions.push_back(bigEndian(bytes, times + static_cast<std::size_t>(i) * 8, 8));
        zone.m_offsetAfter.push_back(offsetOfType(type));
    }
    return zone;
}

int TimeZone::offsetAt(std::int64_t utcS) const {
    const auto after = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcS);
    if (after == m_transitions.begin()) {
        return m_offsetBefore;
    }
    return m_offsetAfter[static_cast<std::size_t>(after - m_transitions.begin() - 1)];
}

LocalTime localTime(std::int64_t utcS, const TimeZone& zone) {
    const std::int64_t local = utcS + zone.offsetAt(utcS);
    const std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const std::int64_t secondsOfDay = local - days * 86400;
    LocalTime time;
    time.hour = static_cast<int>(secondsOfDay / 3600);
    time.minute = static_cast<int>(secondsOfDay / 60 % 60);
    time.second = static_cast<int>(secondsOfDay % 60);
    time.weekday = static_cast<int>(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday
    // Civil from days (Howard Hinnant's algorithm).
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    time.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    time.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    time.year = static_cast<int>(yoe + era * 400 + (time.month <= 2 ? 1 : 0));
    return time;
}

std::optional<std::int64_t> parseIsoUtc(std::string_view iso) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    const std::string text(iso.substr(0, 19));
    if (text.size() < 19 ||
        std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &year, &month, &day, &hour, &minute, &second) !=
            6 ||
        month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

std::string dateTimeInWords(const LocalTime& time, Language language) {
    char clock[16];
    const auto month = static_cast<std::size_t>(time.month - 1);
    const auto weekday = static_cast<std::size_t>(time.weekday);
    if (language == Language::French) {
        std::snprintf(clock, sizeof clock, "%d h %02d", time.hour, time.minute);
        return std::string(kDaysFr[weekday]) + " " + (time.day == 1 ? "1er" : std::to_string(time.day)) +
               " " + kMonthsFr[month] + " " + std::to_string(time.year) + " à " + clock;
    }
    std::snprintf(clock, sizeof clock, "%02d:%02d", time.hour, time.minute);
    return std::string(kDaysEn[weekday]) + " " + std::to_string(time.day) + " " + kMonthsEn[month] + " " +
           std::to_string(time.year) + " at " + clock;
}

std::string isoInWords(const std::string& iso, const TimeZone& zone, Language language) {
    const std::optional<std::int64_t> utc = parseIsoUtc(iso);
    return utc ? dateTimeInWords(localTime(*utc, zone), language) : iso;
}

std::string clockText(const LocalTime& time) {
    char clock[16];
    std::snprintf(clock, sizeof clock, "%02d:%02d:%02d", time.hour, time.minute, time.second);
    return clock;
}

} // namespace atelier::core
