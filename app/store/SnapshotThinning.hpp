// Ended sessions keep fewer snapshots, all compact: `atelier check --compact` and the retention at start.
#pragma once

#include <cstdint>
#include <filesystem>

namespace atelier::store {

class Database;

/// Events between two snapshots that an ended session keeps: about every third of the 4,000-event cadence,
/// so a replay's slowest seek folds at most this many events after a snapshot (~25 ms on the table PC).
inline constexpr std::int64_t kThinnedSnapshotGap = 12000;

/// What thinning did.
struct ThinReport {
    std::int64_t sessions = 0;        ///< ended or archived sessions whose snapshots were rewritten
    std::int64_t snapshotsBefore = 0; ///< their snapshot rows before
    std::int64_t snapshotsAfter = 0;  ///< and after
    std::int64_t unreadable = 0;      ///< snapshots that could not be read and were dropped (events remain)
    std::int64_t bytesBefore = 0;     ///< the data file's size before (compactDataFile only)
    std::int64_t bytesAfter = 0;      ///< and after VACUUM (compactDataFile only)
};

/// For every ended or archived session: keeps the snapshots at least `minGap` events after the last kept
/// one (the first at seq ≥ minGap) and always its last, rewritten as compact boards (a whole board and
/// deltas); a session already thinned and compact is left as it is, so running this again changes
/// nothing. Live sessions are never touched. Each session is one transaction. Throws StoreError.
ThinReport thinEndedSessions(Database& db, std::int64_t minGap = kThinnedSnapshotGap);

/// thinEndedSessions, then VACUUM so the space goes back to the disk. Stop the table first.
ThinReport compactDataFile(Database& db, std::int64_t minGap = kThinnedSnapshotGap);

} // namespace atelier::store
