// Keeps a replica of the board from committed events on its own thread and serialises it at snapshot points.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"
#include "store/EventLogOptions.hpp"
#include "store/SnapshotBoards.hpp"
#include "store/SnapshotEncoder.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace SQLite {
class Database;
}

namespace atelier::store {

/// An event that is on disk, handed to the SnapshotMaker.
struct CommittedEvent {
    std::int64_t seq = 0;
    std::int64_t tMs = 0;
    core::Event event;
};

/// Serialising a board of megabytes takes milliseconds; doing it here keeps that off the
/// writer thread, whose commits carry the durability promise. This thread also runs the passive WAL
/// checkpoints (every options.checkpointEvery), for the same reason. It only sees committed events, so a
/// snapshot is never ahead of the events on disk. A snapshot is due after
/// options.snapshotEveryEvents events, or options.snapshotEvery of session time (t_ms) once a quarter
/// of those events came: positions depend on the session, not on the machine's speed. When it lags
/// behind by more than snapshotEveryEvents events it catches up before serialising again. A snapshot is
/// a delta of the one before (SnapshotEncoder) unless it is the first this thread makes or the one before
/// was not written: then it is a whole board. So storage grows with the events, not with the board times the
/// events. While committed events are not all checkpointed, it tries again every checkpointEvery even when no
/// new events come, and calls `ready` when a checkpoint copied everything.
class SnapshotMaker {
public:
    /// Starts the thread with the board after `lastSeq`; `ready` is called (from this thread) when a
    /// snapshot can be taken.
    SnapshotMaker(std::filesystem::path file, core::Board board, std::int64_t lastSeq,
                  const EventLogOptions& options, std::function<void()> ready);
    SnapshotMaker(const SnapshotMaker&) = delete;
    SnapshotMaker& operator=(const SnapshotMaker&) = delete;
    /// Stops the thread, dropping what was not serialised.
    ~SnapshotMaker();

    /// Hands over events that were just committed, in seq order.
    void feed(std::vector<CommittedEvent>& committed);

    /// Events up to this seq were all copied into the file by the last complete checkpoint.
    std::int64_t checkpointedSeq() const noexcept { return m_checkpointedSeq.load(); }

    /// Whether take() would give a snapshot.
    bool hasReady() const noexcept { return m_hasReady.load(); }

    /// The newest snapshot made since the last call (older untaken ones are superseded).
    std::optional<SnapshotBlob> take();

    /// The last snapshot taken could not be written: the next one must be a whole board.
    void requestWhole() noexcept { m_wholeNext = true; }

    /// Applies everything fed so far and returns the final snapshot if any event came since the last
    /// one; the thread ends. For closing the log.
    std::optional<SnapshotBlob> finish();

private:
    void run() noexcept;
    bool due() const noexcept;
    void checkpointIfDue(bool force) noexcept;
    SnapshotBlob makeSnapshot();

    std::filesystem::path m_file;
    std::unique_ptr<SQLite::Database> m_checkpointer;
    std::chrono::steady_clock::time_point m_lastCheckpoint;
    bool m_checkpointWarned = false;

    EventLogOptions m_options;
    std::function<void()> m_ready;
    core::Board m_replica;
    std::int64_t m_replicaSeq;
    std::int64_t m_replicaTMs = 0;
    std::int64_t m_tMsAtSnapshot = 0;
    std::int64_t m_eventsSinceSnapshot = 0;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    std::vector<CommittedEvent> m_queue;
    std::optional<SnapshotBlob> m_made;
    SnapshotEncoder m_encoder;
    std::atomic<bool> m_wholeNext{false};
    std::atomic<bool> m_hasReady{false};
    std::atomic<std::int64_t> m_checkpointedSeq;
    bool m_finishing = false;
    bool m_done = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace atelier::store
