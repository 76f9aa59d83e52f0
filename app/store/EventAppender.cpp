// Appends events and their photos to a session in one IMMEDIATE transaction, after its last stored seq.
#include "store/EventAppender.hpp"

#include "core/EventCodec.hpp"
#include "store/Database.hpp"
#include "store/EventRows.hpp"
#include "store/SessionLoader.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::store {
namespace {

StoreError appendFailure(const Database& db, std::int64_t sessionId, const SQLite::Exception& failure) {
    return StoreError(StoreErrorKind::WriteFailed, "Could not add events to session " +
                                                       std::to_string(sessionId) + " in " +
                                                       db.path().string() + ": " + failure.what() + ".");
}

} // namespace

EventAppender::EventAppender(Database& db, std::int64_t sessionId) : m_db(db), m_session(sessionId) {
    try {
        m_transaction =
            std::make_unique<SQLite::Transaction>(db.connection(), SQLite::TransactionBehavior::IMMEDIATE);
    } catch (const SQLite::Exception& failure) {
        throw appendFailure(db, sessionId, failure);
    }
    LoadedSession loaded = loadSession(db, sessionId);
    m_board = std::move(loaded.board);
    m_lastTMs = loaded.lastTMs;
    try {
        SQLite::Statement last(db.connection(),
                               "SELECT COALESCE(max(seq), 0) FROM events WHERE session_id = ?");
        last.bind(1, sessionId);
        last.executeStep();
        m_lastSeq = last.getColumn(0).getInt64();
        m_insert = std::make_unique<SQLite::Statement>(db.connection(), kInsertEventSql);
    } catch (const SQLite::Exception& failure) {
        throw appendFailure(db, sessionId, failure);
    }
}

EventAppender::~EventAppender() = default;

core::ApplyResult EventAppender::append(std::int64_t tMs, const core::Event& event) {
    if (!m_insert) {
        throw StoreError(StoreErrorKind::WriteFailed,
                         "The events for session " + std::to_string(m_session) + " were already committed.");
    }
    core::ApplyResult result = core::apply(m_board, event);
    if (!result) {
        return result;
    }
    try {
        insertEventRow(*m_insert, m_session, m_lastSeq + 1, tMs, core::eventSeat(event),
                       std::string(core::eventType(event)), core::encodePayload(event));
    } catch (const SQLite::Exception& failure) {
        throw appendFailure(m_db, m_session, failure);
    }
    ++m_lastSeq;
    return result;
}

std::string EventAppender::putAsset(std::span<const std::uint8_t> bytes, std::string_view mime, int width,
                                    int height) {
    return m_db.putAsset(bytes, mime, width, height);
}

void EventAppender::commit() {
    if (!m_transaction) {
        return;
    }
    m_insert.reset();
    try {
        m_transaction->commit();
    } catch (const SQLite::Exception& failure) {
        throw appendFailure(m_db, m_session, failure);
    }
    m_transaction.reset();
}

} // namespace atelier::store
