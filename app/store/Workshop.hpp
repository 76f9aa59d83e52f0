// A row of the workshops table: what the store remembers of a workshop definition.
#pragma once

#include <string>

namespace atelier::store {

/// A workshop as stored; `id` is the stable key of its definition ("demo", "place-carnot-2024").
struct Workshop {
    std::string id;
    std::string title;
    std::string site;
    std::string configJson = "{}"; ///< the definition as JSON, so the file is self-contained
    std::string createdAt;         ///< ISO 8601 UTC, set by the store
};

} // namespace atelier::store
