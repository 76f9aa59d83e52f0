// The knobs of the EventLog writer: batching, snapshots, retries. Defaults are the product's values.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace atelier::store {

/// Timings and sizes of the writer thread; tests shorten them, the table uses the defaults.
struct EventLogOptions {
    /// A batch is committed at least this often while events wait, so each is durable within ~100 ms.
    std::chrono::milliseconds commitEvery{50};
    /// A snapshot of the board is written after this many events...
    std::int64_t snapshotEveryEvents = 4000;
    /// ...or after this much session time (t_ms), when at least a quarter that many events came since.
    std::chrono::milliseconds snapshotEvery{30000};
    /// The write-ahead log is copied into the file (a passive checkpoint, on the snapshot thread) this often.
    std::chrono::milliseconds checkpointEvery{1000};
    /// While the disk refuses writes, the writer tries again this often.
    std::chrono::milliseconds retryEvery{1000};
    /// On destruction, how long to keep retrying a failing disk before giving up on the backlog.
    std::chrono::milliseconds shutdownGrace{3000};
    /// A backlog is committed in transactions of at most this many events, so a disk with a little room
    /// left takes what it can and one bad batch does not hold back the rest.
    std::size_t commitChunk = 500;
    /// While the disk refuses, at most this many events wait in memory; more go to the rescue journal.
    std::size_t maxBacklog = 20000;
    /// Where a rescue journal may go, best first; empty: store::rescueDirectories() of the data file.
    std::vector<std::filesystem::path> rescueDirs;
};

} // namespace atelier::store
