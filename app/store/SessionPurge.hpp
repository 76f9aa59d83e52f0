// Retention: old sessions' events, snapshots and the photos no one uses any more leave the data file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace atelier::store {

class Database;

/// What a purge removed.
struct PurgeReport {
    std::vector<std::int64_t> sessions; ///< the sessions deleted, oldest first
    std::int64_t events = 0;            ///< their events
    std::int64_t snapshots = 0;         ///< their snapshots
    std::int64_t photos = 0;            ///< photos no remaining event places
    std::int64_t bytesBefore = 0;       ///< the data file's size before
    std::int64_t bytesAfter = 0;        ///< and after the space was given back (VACUUM)
};

/// Deletes every ended or archived session that ended before `cutoffUnixS` (seconds since the epoch) —
/// its events, snapshots and row — and the photos no remaining event places, in one transaction; then gives
/// the space back to the disk. Live sessions are never touched. Throws StoreError when the file refuses.
PurgeReport purgeSessionsEndedBefore(Database& db, std::int64_t cutoffUnixS);

} // namespace atelier::store
