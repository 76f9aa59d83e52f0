// Reads and writes snapshot rows: JSON text (schema 1) and compact blobs, whole or delta (schema 2).
#include "store/SnapshotBoards.hpp"

#include "core/BoardCodec.hpp"
#include "core/CompactBoard.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <vector>

namespace atelier::store {
namespace {

/// A delta chain longer than this is damage (a live table writes a whole board every few dozen).
constexpr std::size_t kMaxChain = 10000;

std::string quotedSchema(std::string_view schema) {
    std::string quoted = "\"";
    for (const char c : schema) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string_view bytesOf(const SQLite::Column& column) {
    return {static_cast<const char*>(column.getBlob()), static_cast<std::size_t>(column.getBytes())};
}

} // namespace

bool snapshotsAreCompactCapable(SQLite::Database& db, std::string_view schema) {
    SQLite::Statement columns(db, "PRAGMA " + quotedSchema(schema) + ".table_info(snapshots)");
    while (columns.executeStep()) {
        if (columns.getColumn(1).getString() == "base_seq") {
            return true;
        }
    }
    return false;
}

void writeSnapshotRow(SQLite::Database& db, std::string_view schema, std::int64_t sessionId,
                      const SnapshotBlob& blob) {
    SQLite::Statement insert(db,
                             "INSERT OR REPLACE INTO " + quotedSchema(schema) +
                                 ".snapshots(session_id, seq, board, format, base_seq) VALUES (?, ?, ?, " +
                                 std::to_string(static_cast<int>(SnapshotFormat::Compact)) + ", ?)");
    insert.bind(1, sessionId);
    insert.bind(2, blob.seq);
    insert.bindNoCopy(3, static_cast<const void*>(blob.bytes.data()), static_cast<int>(blob.bytes.size()));
    if (blob.baseSeq) {
        insert.bind(4, *blob.baseSeq);
    } else {
        insert.bind(4);
    }
    insert.exec();
}

SnapshotBoards::SnapshotBoards(SQLite::Database& db, std::string_view schema) {
    const std::string columns =
        snapshotsAreCompactCapable(db, schema) ? "format, base_seq, board" : "1, NULL, board";
    m_read = std::make_unique<SQLite::Statement>(db, "SELECT " + columns + " FROM " + quotedSchema(schema) +
                                                         ".snapshots WHERE session_id = ? AND seq = ?");
}

SnapshotBoards::~SnapshotBoards() = default;

std::optional<core::Board> SnapshotBoards::board(std::int64_t sessionId, std::int64_t seq,
                                                 std::string& error) {
    std::vector<std::string> blobs; // the asked row first, its whole board last
    std::int64_t at = seq;
    m_chainLength = 0;
    for (;;) {
        m_read->tryReset();
        m_read->bind(1, sessionId);
        m_read->bind(2, at);
        if (!m_read->executeStep()) {
            error = blobs.empty() ? "there is no snapshot at seq " + std::to_string(at)
                                  : "the snapshot at seq " + std::to_string(at) + " it builds on is gone";
            return std::nullopt;
        }
        ++m_chainLength;
        const int format = m_read->getColumn(0).getInt();
        const SQLite::Column base = m_read->getColumn(1);
        const std::string_view bytes = bytesOf(m_read->getColumn(2));
        if (format == static_cast<int>(SnapshotFormat::Json) && blobs.empty()) {
            return core::boardFromJson(bytes, &error);
        }
        if (format != static_cast<int>(SnapshotFormat::Compact)) {
            error =
                "the snapshot at seq " + std::to_string(at) + " has format " + std::to_string(format) +
                (blobs.empty() ? ", which this version does not read" : ", which a delta cannot build on");
            return std::nullopt;
        }
        blobs.emplace_back(bytes);
        if (base.isNull()) {
            break;
        }
        const std::int64_t next = base.getInt64();
        if (next >= at || blobs.size() >= kMaxChain) {
            error = "the snapshot at seq " + std::to_string(at) + " builds on seq " + std::to_string(next) +
                    ", which is not an older snapshot";
            return std::nullopt;
        }
        at = next;
    }
    std::vector<std::string_view> chain(blobs.rbegin(), blobs.rend());
    return core::boardFromCompact(chain, &error);
}

} // namespace atelier::store
