// The knobs of the EventLog writer: batching, snapshots, retries. Defaults are the product's values.
#pragma once

#include <chrono>
#include <cstdint>

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
};

} // namespace atelier::store
