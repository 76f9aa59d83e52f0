// The writer thread's side of the EventLog: its own connection, the backlog, and writing snapshots.
#pragma once

#include "core/Board.hpp"
#include "store/EventLogOptions.hpp"
#include "store/PendingEvent.hpp"
#include "store/RescueJournal.hpp"
#include "store/SnapshotMaker.hpp"
#include "store/WriteFailure.hpp"

#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace atelier::store {

/// Used only on the writer thread. Never throws: failures come back as WriteFailure and the events
/// stay in the backlog, in seq order, until a later commit succeeds. Committed events go on to a
/// SnapshotMaker; the snapshots it finishes are written right after the next events commit.
class EventLogWriter {
public:
    /// Continues `sessionId` of `file` after `lastSeq`, whose board is `board`; `wake` is called
    /// (from the snapshot thread) when a snapshot is ready to be written.
    EventLogWriter(std::filesystem::path file, std::int64_t sessionId, core::Board board,
                   std::int64_t lastSeq, const EventLogOptions& options, std::function<void()> wake);
    EventLogWriter(const EventLogWriter&) = delete;
    EventLogWriter& operator=(const EventLogWriter&) = delete;
    ~EventLogWriter();

    /// Moves newly appended events into the backlog.
    void accept(std::vector<PendingEvent>& incoming);

    /// Commits the backlog in transactions of options.commitChunk events, then writes a ready snapshot in its
    /// own; nothing (success) or why the events could not be committed. A snapshot that fails is only logged.
    /// When trying again cannot help (a permanent failure) or the backlog outgrows options.maxBacklog, the
    /// backlog and every later event go to the rescue journal instead (a permanent failure that says so).
    std::optional<WriteFailure> commitBacklog();

    /// At close, when the data file still refuses: writes the backlog to the rescue journal; its file, or
    /// nothing when no folder took it (the events are then lost).
    std::optional<std::filesystem::path> rescueAtClose();

    /// Whether commitBacklog() has something to write.
    bool hasWork() const noexcept;

    /// At close, after the last commit: writes a snapshot of the final board (failures only cost speed).
    void writeFinalSnapshot();

    /// The last seq known to be on disk.
    std::int64_t durableSeq() const noexcept { return m_durableSeq; }

    /// Events up to this seq were copied into the file by a complete checkpoint (as of the last
    /// commitBacklog()).
    std::int64_t checkpointedSeq() const noexcept { return m_checkpointSeen; }

    /// The seq of the last snapshot written by this writer (0: none).
    std::int64_t snapshotSeq() const noexcept { return m_snapshotSeq; }

    /// The last seq written to the rescue journal (0: none).
    std::int64_t rescuedSeq() const noexcept { return m_rescuedSeq; }

private:
    std::optional<WriteFailure> commitChunk(std::size_t count);
    WriteFailure rescueBacklog();
    void writeSnapshot(const SnapshotBlob& snapshot);
    void openConnection();
    void closeConnection() noexcept;
    WriteFailure failureFrom(const std::exception& error) const;

    std::filesystem::path m_file;
    std::int64_t m_sessionId;
    std::int64_t m_durableSeq;
    std::int64_t m_snapshotSeq = 0;
    std::int64_t m_checkpointSeen;
    std::deque<PendingEvent> m_backlog;
    std::size_t m_commitChunk;
    std::size_t m_maxBacklog;
    RescueJournal m_rescue;
    std::optional<WriteFailure> m_rescueCause; ///< set once the events go to the rescue journal instead
    std::optional<WriteFailure> m_rescued;     ///< what the last write to the rescue journal reported
    std::int64_t m_rescuedSeq = 0;
    std::vector<CommittedEvent> m_committed;
    bool m_snapshotWarned = false;
    SnapshotMaker m_snapshots;
    std::unique_ptr<SQLite::Database> m_connection;
    std::unique_ptr<SQLite::Statement> m_insertEvent;
};

} // namespace atelier::store
