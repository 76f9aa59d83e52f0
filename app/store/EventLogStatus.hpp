// What the EventLog reports to the facilitator panel: how far saving got and what blocks it.
#pragma once

#include <cstdint>
#include <string>

namespace atelier::store {

/// Why events are waiting in memory instead of being saved.
enum class WriteProblem {
    None,     ///< saving works
    DiskFull, ///< the disk (or SQLite's page limit) is full
    ReadOnly, ///< the file or folder cannot be written: read-only mount, permissions, file gone
    Busy,     ///< another program holds the file locked
    Failed,   ///< anything else SQLite refused; the sentence says what
};

/// A snapshot of the writer's progress; cheap to ask for every frame.
struct EventLogStatus {
    std::int64_t appendedSeq = 0; ///< the last seq handed out by append()
    std::int64_t durableSeq = 0;  ///< the last seq committed to disk
    std::int64_t backlog = 0;     ///< events appended but neither durable nor in the rescue journal
    /// The last seq written to the rescue journal instead of the data file (0: none); added to the session
    /// at the next start.
    std::int64_t rescuedSeq = 0;
    std::int64_t snapshotSeq = 0; ///< seq of the last snapshot this writer saved (0: none yet)
    /// Events up to this seq are copied from the write-ahead log into the file itself (a complete
    /// checkpoint); the log's resume point until the first one.
    std::int64_t checkpointedSeq = 0;
    WriteProblem problem = WriteProblem::None;
    std::string lastError; ///< English sentence about the current problem, empty when saving works
};

} // namespace atelier::store
