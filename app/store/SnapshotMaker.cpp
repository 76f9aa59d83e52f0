// The snapshot thread: folds committed events into its replica board and serialises it when due.
#include "store/SnapshotMaker.hpp"

#include "core/Apply.hpp"
#include "store/Schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <iterator>
#include <spdlog/spdlog.h>
#include <utility>

namespace atelier::store {

SnapshotMaker::SnapshotMaker(std::filesystem::path file, core::Board board, std::int64_t lastSeq,
                             const EventLogOptions& options, std::function<void()> ready)
    : m_file(std::move(file)), m_lastCheckpoint(std::chrono::steady_clock::now()), m_options(options),
      m_ready(std::move(ready)), m_replica(std::move(board)), m_replicaSeq(lastSeq),
      m_checkpointedSeq(lastSeq) {
    m_thread = std::thread([this] { run(); });
}

SnapshotMaker::~SnapshotMaker() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void SnapshotMaker::feed(std::vector<CommittedEvent>& committed) {
    if (committed.empty()) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_done) {
            committed.clear();
            return;
        }
        if (m_queue.empty()) {
            m_queue.swap(committed);
        } else {
            std::move(committed.begin(), committed.end(), std::back_inserter(m_queue));
        }
    }
    committed.clear();
    m_wake.notify_one();
}

std::optional<SnapshotBlob> SnapshotMaker::take() {
    std::lock_guard lock(m_mutex);
    m_hasReady = false;
    return std::exchange(m_made, std::nullopt);
}

std::optional<SnapshotBlob> SnapshotMaker::finish() {
    std::unique_lock lock(m_mutex);
    m_finishing = true;
    m_wake.notify_one();
    m_finished.wait(lock, [&] { return m_done; });
    m_hasReady = false;
    return std::exchange(m_made, std::nullopt);
}

SnapshotBlob SnapshotMaker::makeSnapshot() {
    bool untaken = false;
    {
        std::lock_guard lock(m_mutex);
        untaken = m_made.has_value(); // it will be superseded, so nothing may build on it
    }
    return m_encoder.encode(m_replica, m_replicaSeq, untaken || m_wholeNext.exchange(false));
}

bool SnapshotMaker::due() const noexcept {
    const std::int64_t timedMinimum = std::max<std::int64_t>(1, m_options.snapshotEveryEvents / 4);
    return m_eventsSinceSnapshot >= m_options.snapshotEveryEvents ||
           (m_eventsSinceSnapshot >= timedMinimum &&
            m_replicaTMs - m_tMsAtSnapshot >= m_options.snapshotEvery.count());
}

void SnapshotMaker::checkpointIfDue(bool force) noexcept {
    const auto now = std::chrono::steady_clock::now();
    if (!force && now < m_lastCheckpoint + m_options.checkpointEvery) {
        return;
    }
    m_lastCheckpoint = now;
    try {
        if (!m_checkpointer) {
            m_checkpointer = std::make_unique<SQLite::Database>(m_file, SQLite::OPEN_READWRITE, 100);
            configureConnection(*m_checkpointer, ConnectionRole::Checkpointer);
        }
        // One row: busy, frames in the log, frames copied into the file.
        SQLite::Statement checkpoint(*m_checkpointer, "PRAGMA wal_checkpoint(PASSIVE)");
        const bool complete = checkpoint.executeStep() &&
                              checkpoint.getColumn(1).getInt64() == checkpoint.getColumn(2).getInt64();
        m_checkpointWarned = false;
        if (complete && m_checkpointedSeq.load() != m_replicaSeq) {
            m_checkpointedSeq = m_replicaSeq;
            m_ready();
        }
    } catch (const std::exception& error) {
        if (!m_checkpointWarned) {
            spdlog::warn(
                "The write-ahead log of {} could not be copied into the file ({}); it grows until this "
                "works again. Nothing is lost.",
                m_file.string(), error.what());
            m_checkpointWarned = true;
        }
        m_checkpointer.reset();
    }
}

void SnapshotMaker::run() noexcept {
    std::vector<CommittedEvent> batch;
    for (;;) {
        bool finishing = false;
        std::size_t waiting = 0;
        {
            std::unique_lock lock(m_mutex);
            const auto woken = [&] { return !m_queue.empty() || m_finishing || m_stopping; };
            if (m_checkpointedSeq.load() != m_replicaSeq) {
                // Committed events not yet copied into the file: try again when due, even if none come.
                m_wake.wait_until(lock, m_lastCheckpoint + m_options.checkpointEvery, woken);
            } else {
                m_wake.wait(lock, woken);
            }
            if (m_stopping) {
                return;
            }
            batch.swap(m_queue);
            finishing = m_finishing && batch.empty();
        }
        try {
            for (std::size_t i = 0; i < batch.size(); ++i) {
                core::apply(m_replica, batch[i].event);
                m_replicaSeq = batch[i].seq;
                m_replicaTMs = batch[i].tMs;
                ++m_eventsSinceSnapshot;
                if (!due()) {
                    continue;
                }
                {
                    std::lock_guard lock(m_mutex);
                    waiting = batch.size() - i - 1 + m_queue.size();
                }
                if (waiting > static_cast<std::size_t>(m_options.snapshotEveryEvents)) {
                    continue;
                }
                SnapshotBlob made = makeSnapshot();
                m_eventsSinceSnapshot = 0;
                m_tMsAtSnapshot = m_replicaTMs;
                {
                    std::lock_guard lock(m_mutex);
                    m_made = std::move(made);
                    m_hasReady = true;
                }
                m_ready();
            }
            batch.clear();
            checkpointIfDue(finishing);
            if (finishing) {
                std::optional<SnapshotBlob> last;
                if (m_eventsSinceSnapshot > 0) {
                    last = makeSnapshot();
                }
                std::lock_guard lock(m_mutex);
                if (last) {
                    m_made = std::move(last);
                }
                m_done = true;
                m_finished.notify_all();
                return;
            }
        } catch (const std::exception& error) {
            spdlog::error("Board snapshots stopped ({}); events are still saved, only reopening gets slower.",
                          error.what());
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_finished.notify_all();
            return;
        }
    }
}

} // namespace atelier::store
