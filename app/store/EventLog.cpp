// The main thread's queue into the log and the writer thread's loop: batch, commit, retry, snapshot.
#include "store/EventLog.hpp"

#include "core/EventCodec.hpp"
#include "store/Database.hpp"
#include "store/EventLogWriter.hpp"

#include <algorithm>
#include <optional>
#include <spdlog/spdlog.h>
#include <utility>

namespace atelier::store {

EventLog::EventLog(const Database& db, std::int64_t sessionId, core::Board board, std::int64_t lastSeq,
                   EventLogOptions options)
    : m_file(db.path()), m_sessionId(sessionId), m_options(options) {
    m_status.appendedSeq = lastSeq;
    m_status.durableSeq = lastSeq;
    m_status.snapshotSeq = 0;
    m_status.checkpointedSeq = lastSeq;
    m_writer =
        std::thread([this, start = std::move(board), lastSeq]() mutable { run(std::move(start), lastSeq); });
}

EventLog::~EventLog() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeWriter.notify_one();
    m_writer.join();
}

std::int64_t EventLog::append(std::int64_t tMs, const core::Event& event) {
    PendingEvent pending;
    pending.tMs = tMs;
    pending.seat = core::eventSeat(event);
    pending.type = std::string(core::eventType(event));
    pending.payload = core::encodePayload(event);
    pending.event = event;
    bool wasEmpty = false;
    std::int64_t seq = 0;
    {
        std::lock_guard lock(m_mutex);
        seq = ++m_status.appendedSeq;
        pending.seq = seq;
        wasEmpty = m_queue.empty();
        m_queue.push_back(std::move(pending));
        m_status.backlog = m_status.appendedSeq - std::max(m_status.durableSeq, m_status.rescuedSeq);
    }
    if (wasEmpty) {
        m_wakeWriter.notify_one();
    }
    return seq;
}

bool EventLog::flush(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    const std::int64_t target = m_status.appendedSeq;
    // Events in the rescue journal are on disk too (synced), only not yet in the data file.
    const auto saved = [&] { return std::max(m_status.durableSeq, m_status.rescuedSeq) >= target; };
    if (saved()) {
        return true;
    }
    m_flushWanted = std::max(m_flushWanted, target);
    m_wakeWriter.notify_one();
    m_progress.wait_for(lock, timeout, [&] { return saved() || m_writerDone; });
    return saved();
}

bool EventLog::waitFor(const std::function<bool(const EventLogStatus&)>& done,
                       std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    m_progress.wait_for(lock, timeout, [&] { return done(m_status) || m_writerDone; });
    return done(m_status);
}

EventLogStatus EventLog::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

void EventLog::run(core::Board board, std::int64_t lastSeq) noexcept {
    try {
        writerLoop(std::move(board), lastSeq);
    } catch (const std::exception& error) {
        std::lock_guard lock(m_mutex);
        m_status.problem = WriteProblem::Failed;
        m_status.lastError = std::string("The event writer stopped (") + error.what() +
                             "); actions are no longer saved. Restart Atelier.";
        spdlog::critical("{}", m_status.lastError);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_status.problem = WriteProblem::Failed;
        m_status.lastError = "The event writer stopped; actions are no longer saved. Restart Atelier.";
        spdlog::critical("{}", m_status.lastError);
    }
    {
        std::lock_guard lock(m_mutex);
        m_writerDone = true;
    }
    m_progress.notify_all();
}

void EventLog::writerLoop(core::Board board, std::int64_t lastSeq) {
    // Locking before notifying: the writer checks for a ready snapshot under the mutex, so the wake-up
    // cannot slip between its check and its wait.
    EventLogWriter writer(m_file, m_sessionId, std::move(board), lastSeq, m_options, [this] {
        { std::lock_guard lock(m_mutex); }
        m_wakeWriter.notify_one();
    });
    std::vector<PendingEvent> incoming;
    Clock::time_point lastCommit = Clock::now() - m_options.commitEvery;
    // While commits fail: when to try again, and (once closing) when to give up.
    bool retrying = false;
    Clock::time_point retryAt{};
    bool givingUp = false;
    Clock::time_point giveUpAt{};
    WriteProblem shownProblem = WriteProblem::None;
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            for (;;) {
                const Clock::time_point now = Clock::now();
                stopping = m_stopping;
                if (retrying) {
                    if (now >= retryAt || (stopping && !givingUp)) {
                        break;
                    }
                    m_wakeWriter.wait_until(lock, retryAt);
                    continue;
                }
                if (stopping) {
                    break;
                }
                if (!m_queue.empty() || writer.hasWork()) {
                    const Clock::time_point due =
                        m_flushWanted > writer.durableSeq() ? now : lastCommit + m_options.commitEvery;
                    if (now >= due) {
                        break;
                    }
                    m_wakeWriter.wait_until(lock, due);
                    continue;
                }
                m_wakeWriter.wait(lock);
            }
            incoming.swap(m_queue);
        }
        lastCommit = Clock::now();
        writer.accept(incoming);
        const std::optional<WriteFailure> failure = writer.commitBacklog();
        const Clock::time_point now = Clock::now();
        retrying = failure.has_value() && !failure->permanent; // a permanent one went to the rescue journal
        retryAt = now + m_options.retryEvery;
        if (!failure && stopping) {
            // The last snapshot makes the next start fast; the events are already safe if it fails.
            writer.writeFinalSnapshot();
        }
        std::int64_t backlog = 0;
        {
            std::lock_guard lock(m_mutex);
            backlog = m_status.appendedSeq - std::max(writer.durableSeq(), writer.rescuedSeq());
        }
        // Logged before the status changes, so whoever sees the new status finds the log line too.
        if (failure && failure->problem != shownProblem) {
            spdlog::warn("{} ({} actions waiting; trying again every {} ms.)", failure->sentence, backlog,
                         m_options.retryEvery.count());
        } else if (!failure && shownProblem != WriteProblem::None) {
            spdlog::info("Saving works again: every action of session {} up to seq {} is saved.", m_sessionId,
                         writer.durableSeq());
        }
        {
            std::lock_guard lock(m_mutex);
            m_status.durableSeq = writer.durableSeq();
            m_status.rescuedSeq = writer.rescuedSeq();
            m_status.backlog = m_status.appendedSeq - std::max(m_status.durableSeq, m_status.rescuedSeq);
            m_status.snapshotSeq = std::max(m_status.snapshotSeq, writer.snapshotSeq());
            m_status.checkpointedSeq = writer.checkpointedSeq();
            m_status.problem = failure ? failure->problem : WriteProblem::None;
            m_status.lastError = failure ? failure->sentence : std::string();
        }
        m_progress.notify_all();
        shownProblem = failure ? failure->problem : WriteProblem::None;
        if (!stopping) {
            continue;
        }
        if (!failure || (failure->permanent && !writer.hasWork())) {
            return;
        }
        if (!givingUp) {
            givingUp = true;
            giveUpAt = now + m_options.shutdownGrace;
        }
        if (now >= giveUpAt) {
            giveUp(writer, backlog, failure->cause);
            return;
        }
    }
}

void EventLog::giveUp(EventLogWriter& writer, std::int64_t backlog, const std::string& cause) {
    const std::int64_t from = std::max(writer.durableSeq(), writer.rescuedSeq()) + 1;
    if (const std::optional<std::filesystem::path> rescue = writer.rescueAtClose()) {
        spdlog::error(
            "Atelier is closing while the disk still refuses writes: {} actions of session {} (seq {} "
            "to {}) could not be saved in the data file. {} They are kept in the rescue file {} and "
            "will be added to the session at the next start.",
            backlog, m_sessionId, from, from + backlog - 1, cause, rescue->string());
        std::lock_guard lock(m_mutex);
        m_status.rescuedSeq = writer.rescuedSeq();
        m_status.backlog = 0;
        return;
    }
    spdlog::error(
        "Atelier is closing while the disk still refuses writes: {} actions of session {} (seq {} to "
        "{}) could not be saved, and no rescue file could be written either. {}",
        backlog, m_sessionId, from, from + backlog - 1, cause);
}

} // namespace atelier::store
