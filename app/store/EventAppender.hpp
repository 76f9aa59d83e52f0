// Appends events to a session from outside the live table (atelier import), numbered as the EventLog does.
#pragma once

#include "core/Apply.hpp"
#include "core/Board.hpp"
#include "core/Event.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace SQLite {
class Statement;
class Transaction;
} // namespace SQLite

namespace atelier::store {

class Database;

/// One write transaction on a session that no EventLog is writing (the caller holds the data dir's
/// table lock): BEGIN IMMEDIATE takes the write lock first, so the board and last seq read at the start
/// are the ones the appended events follow. Events get the next seqs, contiguous after the last stored
/// one, as the live writer numbers them; nothing is stored unless commit() is called. Throws StoreError
/// with a sentence a person can read. Lives in one scope: neither copyable nor movable.
class EventAppender {
public:
    /// Takes the write lock on `db`'s file and reads `sessionId`'s board as the log holds it.
    EventAppender(Database& db, std::int64_t sessionId);
    EventAppender(const EventAppender&) = delete;
    EventAppender& operator=(const EventAppender&) = delete;
    /// Rolls back what was not committed.
    ~EventAppender();

    /// The session's board after every event stored or appended so far.
    const core::Board& board() const noexcept { return m_board; }
    /// The seq of the last event stored or appended so far (0: none).
    std::int64_t lastSeq() const noexcept { return m_lastSeq; }
    /// The session time of the last stored event: where appended events are placed in time.
    std::int64_t lastTMs() const noexcept { return m_lastTMs; }

    /// Applies `event` to board() and, when it applies, appends it with the next seq at session time
    /// `tMs`; when apply() refuses it, nothing is written and the refusal is returned.
    core::ApplyResult append(std::int64_t tMs, const core::Event& event);

    /// Stores a blob under its SHA-256 in the same transaction (kept only if commit() is called).
    std::string putAsset(std::span<const std::uint8_t> bytes, std::string_view mime, int width, int height);

    /// Makes everything appended durable at once; the appender cannot be used afterwards.
    void commit();

private:
    Database& m_db;
    std::int64_t m_session;
    std::unique_ptr<SQLite::Transaction> m_transaction;
    std::unique_ptr<SQLite::Statement> m_insert;
    core::Board m_board;
    std::int64_t m_lastSeq = 0;
    std::int64_t m_lastTMs = 0;
};

} // namespace atelier::store
