// Rebuilds a damaged data file into a fresh one: VACUUM INTO when SQLite can, else row by row.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace atelier::store {

/// How the rebuild went; `sentences` say what was copied and what could not be read.
struct SalvageResult {
    bool ok = false; ///< `target` exists, passes integrity_check and foreign_key_check
    std::vector<std::string> sentences;
};

/// Writes the readable content of `source` into the new file `target` (which must not exist).
/// Rows whose parent is missing get a placeholder workshop or session, so no event is dropped.
SalvageResult salvageInto(const std::filesystem::path& source, const std::filesystem::path& target);

} // namespace atelier::store
