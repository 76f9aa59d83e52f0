// What the facilitator's PIN pad remembers across restarts, kept in the data file (table pin_guard).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier::store {

class Database;

/// The pad's wrong tries and lock, for one PIN (the config's hash as written): a restart does not reset them,
/// and a new PIN set in the config starts afresh.
struct PinGuard {
    std::string configHash;             ///< the config's pin_hash this row belongs to
    int wrong = 0;                      ///< wrong PINs since the last lock ran out or the right PIN
    int lockouts = 0;                   ///< locks in a row since the right PIN: the next one lasts longer
    std::int64_t lockedUntilUnixMs = 0; ///< when the pad unlocks (ms since the epoch); 0 when not locked
    std::string rewrittenHash;          ///< the Argon2id hash that replaced an older config hash, or ""
};

/// The row kept for this config hash, if any. Throws StoreError when the file cannot be read.
std::optional<PinGuard> loadPinGuard(const Database& db, std::string_view configHash);

/// Keeps `guard` as the only row (a row of an older PIN is dropped). Throws StoreError when the file refuses.
void savePinGuard(Database& db, const PinGuard& guard);

} // namespace atelier::store
