// The session's append-only event log: the main thread appends, a writer thread commits batches.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"
#include "store/EventLogOptions.hpp"
#include "store/EventLogStatus.hpp"
#include "store/PendingEvent.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace atelier::store {

class Database;
class EventLogWriter;

/// Every user action reaches atelier.db within ~100 ms without the main thread ever waiting on disk.
/// append() only encodes and queues; the writer thread (own connection) commits one transaction per
/// batch; a snapshot thread keeps a replica board for the snapshots and runs the WAL checkpoints. When
/// the disk refuses, events stay in memory (up to options.maxBacklog), status() says why, and they are
/// written in order once it works again. What cannot be written by the time the log closes, or after a
/// failure that retrying cannot mend, goes to a rescue journal that the next start merges back
/// (store/RescueJournal.hpp).
class EventLog {
public:
    /// Continues `sessionId` of `db`'s file after `lastSeq`, where the board is `board` (what
    /// loadSession returned; an empty board and 0 for a new session). Starts the writer thread.
    EventLog(const Database& db, std::int64_t sessionId, core::Board board, std::int64_t lastSeq,
             EventLogOptions options = {});
    EventLog(const EventLog&) = delete;
    EventLog& operator=(const EventLog&) = delete;
    /// Saves what is pending (retrying up to options.shutdownGrace if the disk refuses) and joins.
    ~EventLog();

    /// Queues an event `tMs` ms after the session started; returns its seq. Never touches the disk.
    std::int64_t append(std::int64_t tMs, const core::Event& event);

    /// Waits until every event appended so far is durable; false if `timeout` passed first.
    bool flush(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// Waits until `done(status())` holds, checking after each step of the writer (a commit, a snapshot
    /// saved, a checkpoint completed); false if `timeout` passed first or the writer stopped. For tests
    /// and tools that must not race the writer's threads.
    bool waitFor(const std::function<bool(const EventLogStatus&)>& done,
                 std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// Progress and the current problem, for the facilitator's warning; cheap enough for every frame.
    EventLogStatus status() const;

    /// The session this log appends to.
    std::int64_t sessionId() const noexcept { return m_sessionId; }

private:
    void run(core::Board board, std::int64_t lastSeq) noexcept;
    void writerLoop(core::Board board, std::int64_t lastSeq);
    void giveUp(EventLogWriter& writer, std::int64_t backlog, const std::string& cause);

    using Clock = std::chrono::steady_clock;

    std::filesystem::path m_file;
    std::int64_t m_sessionId;
    EventLogOptions m_options;

    mutable std::mutex m_mutex;
    std::condition_variable m_wakeWriter;
    std::condition_variable m_progress;
    std::vector<PendingEvent> m_queue;
    std::int64_t m_flushWanted = 0;
    bool m_stopping = false;
    bool m_writerDone = false;
    EventLogStatus m_status;

    std::thread m_writer;
};

} // namespace atelier::store
