// One row of the events table: the one statement that writes it, shared by every writer of events.
#pragma once

#include <cstdint>
#include <string>

namespace SQLite {
class Statement;
}

namespace atelier::store {

/// The insert every writer of events prepares (the live writer, `atelier import`, a rescue journal's merge).
inline constexpr const char* kInsertEventSql =
    "INSERT INTO events(session_id, seq, t_ms, seat, type, payload) VALUES (?, ?, ?, ?, ?, ?)";

/// Writes one event row with a statement prepared from kInsertEventSql, and resets it for the next row.
void insertEventRow(SQLite::Statement& insert, std::int64_t sessionId, std::int64_t seq, std::int64_t tMs,
                    int seat, const std::string& type, const std::string& payload);

} // namespace atelier::store
