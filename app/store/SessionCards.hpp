// How many idea cards each session of a data file holds (the panel's session library counts them).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>

namespace atelier::store {

/// Cards created per session (card.created events, the facilitator's prompt cards included), read-only.
/// Empty when the file cannot be read (the library then shows no counts rather than failing).
std::map<std::int64_t, int> cardsPerSession(const std::filesystem::path& dataFile);

} // namespace atelier::store
