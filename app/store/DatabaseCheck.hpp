// `atelier check [--repair]`: what is wrong with a data file, in plain sentences, and a repair.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace atelier::store {

/// What checkDatabase found (and did); `sentences` is what the person reads, in order.
struct CheckReport {
    bool found = false;  ///< a file exists at the path
    bool intact = false; ///< integrity_check, foreign_key_check and the photos' SHA-256 found nothing
    std::vector<std::string> damagedPhotos;     ///< hashes of the photos whose bytes no longer match them
    std::vector<std::string> undecodablePhotos; ///< hashes of the photos the table could not decode
    std::int64_t gaps = 0;                      ///< ranges of missing seq, all sessions together
    std::vector<std::int64_t> liveSessions;     ///< sessions the next start would resume
    bool repaired = false;                      ///< a repaired file now stands at the path
    std::optional<std::filesystem::path> originalKeptAt; ///< where the unrepaired file was kept
    std::vector<std::string> sentences;
};

/// Checks `file` (integrity_check, foreign_key_check, every photo against its SHA-256 with the sessions
/// that use a damaged one, seq gaps per session, live sessions) without modifying it. With `repair` and a
/// damaged file: rebuilds the readable content into a fresh file (VACUUM INTO, else row by row), keeps the
/// original aside, and says what was done. Stop the table first: repairing a file another process is writing
/// loses that process's latest events. Damaged photos cannot be repaired (the file holds no other copy): the
/// report says so and names them.
CheckReport checkDatabase(const std::filesystem::path& file, bool repair);

} // namespace atelier::store
