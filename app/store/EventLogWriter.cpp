// Commits batches of events, and the snapshots the SnapshotMaker prepared, on the writer's own connection.
#include "store/EventLogWriter.hpp"

#include "store/EventRows.hpp"
#include "store/Schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <cerrno>
#include <iterator>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <utility>

namespace atelier::store {
namespace {

// The session already holds events this writer did not expect: another writer, or a stale resume.
class SeqConflict : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace

EventLogWriter::EventLogWriter(std::filesystem::path file, std::int64_t sessionId, core::Board board,
                               std::int64_t lastSeq, const EventLogOptions& options,
                               std::function<void()> wake)
    : m_file(std::move(file)), m_sessionId(sessionId), m_durableSeq(lastSeq), m_checkpointSeen(lastSeq),
      m_commitChunk(std::max<std::size_t>(1, options.commitChunk)), m_maxBacklog(options.maxBacklog),
      m_rescue(m_file, sessionId,
               options.rescueDirs.empty() ? rescueDirectories(m_file) : options.rescueDirs),
      m_snapshots(m_file, std::move(board), lastSeq, options, std::move(wake)) {}

EventLogWriter::~EventLogWriter() {
    closeConnection();
}

void EventLogWriter::accept(std::vector<PendingEvent>& incoming) {
    std::move(incoming.begin(), incoming.end(), std::back_inserter(m_backlog));
    incoming.clear();
}

bool EventLogWriter::hasWork() const noexcept {
    if (m_rescueCause) {
        return !m_backlog.empty(); // no snapshots past the data file's last event
    }
    return !m_backlog.empty() || m_snapshots.hasReady() || m_snapshots.checkpointedSeq() != m_checkpointSeen;
}

void EventLogWriter::openConnection() {
    // No OPEN_CREATE: Database::open made the file; if it vanished, that is a problem to report.
    m_connection = std::make_unique<SQLite::Database>(m_file, SQLite::OPEN_READWRITE, 1000);
    configureConnection(*m_connection, ConnectionRole::Writer);
    SQLite::Statement last(*m_connection, "SELECT COALESCE(max(seq), 0) FROM events WHERE session_id = ?");
    last.bind(1, m_sessionId);
    last.executeStep();
    const std::int64_t stored = last.getColumn(0).getInt64();
    if (stored != m_durableSeq) {
        throw SeqConflict("session " + std::to_string(m_sessionId) + " holds events up to seq " +
                          std::to_string(stored) + " but this writer continues after seq " +
                          std::to_string(m_durableSeq) + "; is another Atelier writing to it?");
    }
    m_insertEvent = std::make_unique<SQLite::Statement>(*m_connection, kInsertEventSql);
}

void EventLogWriter::closeConnection() noexcept {
    m_insertEvent.reset();
    m_connection.reset();
}

WriteFailure EventLogWriter::failureFrom(const std::exception& error) const {
    if (dynamic_cast<const SeqConflict*>(&error) != nullptr) {
        WriteFailure conflict = describeWriteFailure(SQLITE_ERROR, 0, error.what(), m_file);
        conflict.cause = "Session " + std::to_string(m_sessionId) + " of " + m_file.string() +
                         " was written by someone else (" + error.what() + ").";
        conflict.sentence = conflict.cause + " Trying again cannot help.";
        conflict.permanent = true;
        return conflict;
    }
    if (const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&error)) {
        const int systemErrno = m_connection ? sqlite3_system_errno(m_connection->getHandle()) : 0;
        return describeWriteFailure(sqlite->getExtendedErrorCode(), systemErrno, sqlite->what(), m_file);
    }
    return describeWriteFailure(SQLITE_ERROR, 0, error.what(), m_file);
}

std::optional<WriteFailure> EventLogWriter::commitBacklog() {
    m_checkpointSeen = m_snapshots.checkpointedSeq();
    if (m_rescueCause) {
        return m_backlog.empty() && m_rescued ? m_rescued : std::optional<WriteFailure>(rescueBacklog());
    }
    while (!m_backlog.empty()) {
        if (std::optional<WriteFailure> failure = commitChunk(std::min(m_backlog.size(), m_commitChunk))) {
            if (!failure->permanent && m_backlog.size() <= m_maxBacklog) {
                return failure;
            }
            // Later events cannot be committed before these: from now on they all go to the journal.
            m_rescueCause = *failure;
            return rescueBacklog();
        }
    }
    if (std::optional<SnapshotBlob> made = m_snapshots.take()) {
        writeSnapshot(*made);
    }
    return std::nullopt;
}

std::optional<WriteFailure> EventLogWriter::commitChunk(std::size_t count) {
    try {
        if (!m_connection) {
            openConnection();
        }
        SQLite::Transaction transaction(*m_connection, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement& insert = *m_insertEvent;
        for (std::size_t i = 0; i < count; ++i) {
            const PendingEvent& pending = m_backlog[i];
            insertEventRow(insert, m_sessionId, pending.seq, pending.tMs, pending.seat, pending.type,
                           pending.payload);
        }
        transaction.commit();
    } catch (const std::exception& error) {
        WriteFailure failure = failureFrom(error);
        // A fresh connection at the next try: SQLite's state after an I/O error is best not reused.
        closeConnection();
        return failure;
    }
    m_durableSeq = m_backlog[count - 1].seq;
    m_committed.clear();
    for (std::size_t i = 0; i < count; ++i) {
        m_committed.push_back(
            CommittedEvent{m_backlog.front().seq, m_backlog.front().tMs, std::move(m_backlog.front().event)});
        m_backlog.pop_front();
    }
    m_snapshots.feed(m_committed);
    return std::nullopt;
}

WriteFailure EventLogWriter::rescueBacklog() {
    WriteFailure failure = *m_rescueCause;
    const bool first = !m_rescue.file();
    if (!m_rescue.append(m_backlog)) {
        failure.permanent = false; // tried again at the next retry
        failure.sentence = failure.cause + " The latest actions are kept in memory: no rescue file could be "
                                           "written either.";
        return failure;
    }
    m_rescuedSeq = m_backlog.empty() ? m_rescuedSeq : m_backlog.back().seq;
    m_backlog.clear();
    failure.permanent = true;
    failure.sentence = failure.cause + " The actions after seq " + std::to_string(m_durableSeq) +
                       " are kept in the rescue file " + m_rescue.file()->string() +
                       " and will be added to the session at the next start.";
    if (first) {
        spdlog::warn("{}", failure.sentence);
    }
    m_rescued = failure;
    return failure;
}

std::optional<std::filesystem::path> EventLogWriter::rescueAtClose() {
    if (!m_backlog.empty()) {
        if (!m_rescue.append(m_backlog)) {
            return std::nullopt;
        }
        m_rescuedSeq = m_backlog.back().seq;
        m_backlog.clear();
    }
    return m_rescue.file();
}

void EventLogWriter::writeSnapshot(const SnapshotBlob& snapshot) {
    // Its own transaction, right after an events commit: writing megabytes then overlaps the wait
    // for the next batch instead of delaying it.
    try {
        if (!m_connection) {
            openConnection();
        }
        writeSnapshotRow(*m_connection, "main", m_sessionId, snapshot);
        m_snapshotSeq = snapshot.seq;
        m_snapshotWarned = false;
    } catch (const std::exception& error) {
        m_snapshots.requestWhole(); // the next delta would build on this missing one
        if (!m_snapshotWarned) {
            spdlog::warn("A board snapshot of session {} could not be saved ({}); the events are safe, only "
                         "reopening the session is slower until one is saved.",
                         m_sessionId, error.what());
            m_snapshotWarned = true;
        }
        closeConnection();
    }
}

void EventLogWriter::writeFinalSnapshot() {
    if (std::optional<SnapshotBlob> last = m_snapshots.finish()) {
        writeSnapshot(*last);
    }
}

} // namespace atelier::store
