// The million-event session the store and replay benchmarks share, and the flags that size it.
#pragma once

#include "TempDir.hpp"

#include <cstdint>

namespace atelier::store::testing {

/// Reads and removes the benchmarks' own flags from argv (argc shrinks), leaving Google Benchmark's:
/// --atelier_fixture_events=N sizes benchFixture() (default 1,000,000, at least 1,000); the return value
/// says whether --atelier_quick asked for a smoke run whose figures mean nothing.
bool takeBenchFlags(int& argc, char** argv);

/// A session written once per process through the real EventLog: WorkshopSimulator(2024) with the snapshot
/// cadence a live table has (flushes every 250 events, the snapshot thread never left far behind).
struct BenchFixture {
    atelier::testing::TempDir dir;
    std::int64_t session = 0;
    std::int64_t events = 0;
    double writeSeconds = 0;
    std::int64_t fileBytes = 0;
    std::int64_t lastSnapshotBytes = 0;
    std::int64_t snapshots = 0;
    std::int64_t snapshotBytes = 0;
    std::int64_t largestSnapshotBytes = 0; ///< the largest row: the last whole board, usually
    std::int64_t deltaSnapshots = 0;       ///< rows that are deltas of the one before
};

/// The fixture, built at the first call (its figures go to stderr); workshop "demo".
const BenchFixture& benchFixture();

} // namespace atelier::store::testing
