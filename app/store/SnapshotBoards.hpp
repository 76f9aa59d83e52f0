// Snapshot rows: writing compact boards and deltas, and reading any row back into a board.
#pragma once

#include "core/Board.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace atelier::store {

/// How a row's `board` is written (the column snapshots.format).
enum class SnapshotFormat {
    Json = 1,    ///< core::boardToJson text: every row written before schema 2
    Compact = 2, ///< a core::CompactBoard blob: a whole board, or a delta of the row at base_seq
};

/// A snapshot ready for the snapshots table, in the compact format.
struct SnapshotBlob {
    std::int64_t seq = 0;                ///< the board after the event with this seq
    std::string bytes;                   ///< core::boardToCompact or core::boardDeltaToCompact
    std::optional<std::int64_t> baseSeq; ///< set for a delta: the snapshot of the same session it builds on
};

/// Inserts (or replaces) one compact snapshot row of `sessionId` in `schema`'s snapshots table ("main" or
/// an ATTACHed name). Throws SQLite::Exception.
void writeSnapshotRow(SQLite::Database& db, std::string_view schema, std::int64_t sessionId,
                      const SnapshotBlob& blob);

/// Reads snapshot boards from one connection, JSON and compact rows alike, following a delta back to its
/// whole board. A file older than schema 2 (opened read-only, never migrated) holds JSON rows only.
class SnapshotBoards {
public:
    /// Prepares the reads on `db`'s `schema` ("main" or an ATTACHed name); `db` must outlive this.
    explicit SnapshotBoards(SQLite::Database& db, std::string_view schema = "main");
    SnapshotBoards(const SnapshotBoards&) = delete;
    SnapshotBoards& operator=(const SnapshotBoards&) = delete;
    ~SnapshotBoards();

    /// The board of the snapshot (sessionId, seq): nothing and a sentence in `error` when the row, or a
    /// row its delta builds on, is missing or does not decode. Throws SQLite::Exception when reading fails.
    std::optional<core::Board> board(std::int64_t sessionId, std::int64_t seq, std::string& error);

    /// The rows the last board() read: 1 for a whole board, more for a delta and its bases.
    std::size_t lastChainLength() const noexcept { return m_chainLength; }

private:
    std::unique_ptr<SQLite::Statement> m_read;
    std::size_t m_chainLength = 0;
};

/// Whether `schema`'s snapshots table has the format and base_seq columns (schema 2 and later).
bool snapshotsAreCompactCapable(SQLite::Database& db, std::string_view schema = "main");

} // namespace atelier::store
