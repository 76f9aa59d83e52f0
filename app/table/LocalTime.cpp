// Converts the data file's UTC times to the table's local time for people to read.
#include "table/LocalTime.hpp"

#include <ctime>

#include "store/Timestamps.hpp"

namespace atelier::table {

std::string localDateTime(std::string_view iso8601Utc) {
    const std::optional<std::int64_t> seconds = store::parseUtcSeconds(iso8601Utc);
    if (!seconds) {
        return {};
    }
    const std::time_t time = static_cast<std::time_t>(*seconds);
    std::tm local{};
    if (localtime_r(&time, &local) == nullptr) {
        return {};
    }
    char text[32];
    const std::size_t written = std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return std::string(text, written);
}

} // namespace atelier::table
