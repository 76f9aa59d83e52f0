// Formats and reads session times.
#include "replay/SessionTime.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <vector>

namespace atelier::replay {

std::string formatSessionTime(std::int64_t ms) {
    const std::int64_t seconds = std::max<std::int64_t>(0, ms) / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                  static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
    return text;
}

std::optional<std::int64_t> parseSessionTime(std::string_view text) {
    std::int64_t millis = 0;
    if (const auto dot = text.find('.'); dot != std::string_view::npos) {
        const std::string_view fraction = text.substr(dot + 1);
        if (fraction.empty() || fraction.size() > 3 ||
            !std::all_of(fraction.begin(), fraction.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return std::nullopt;
        }
        std::from_chars(fraction.data(), fraction.data() + fraction.size(), millis);
        for (std::size_t i = fraction.size(); i < 3; ++i) {
            millis *= 10;
        }
        text = text.substr(0, dot);
    }
    std::vector<std::int64_t> parts;
    while (true) {
        const auto colon = text.find(':');
        const std::string_view part = text.substr(0, colon);
        std::int64_t value = 0;
        if (part.empty() || part.size() > 7 ||
            !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return std::nullopt;
        }
        std::from_chars(part.data(), part.data() + part.size(), value);
        parts.push_back(value);
        if (colon == std::string_view::npos) {
            break;
        }
        text = text.substr(colon + 1);
    }
    if (parts.size() > 3) {
        return std::nullopt;
    }
    std::int64_t seconds = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0 && parts[i] > 59) {
            return std::nullopt;
        }
        seconds = seconds * 60 + parts[i];
    }
    return seconds * 1000 + millis;
}

} // namespace atelier::replay
