// Thinning ended sessions' snapshots: choose the rows to keep, rebuild their boards, write them compact.
#include "store/SnapshotThinning.hpp"

#include "store/Database.hpp"
#include "store/SnapshotBoards.hpp"
#include "store/SnapshotEncoder.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <system_error>
#include <vector>

namespace atelier::store {
namespace {

struct StoredSnapshot {
    std::int64_t seq = 0;
    bool compact = false;
};

std::vector<StoredSnapshot> snapshotsOf(SQLite::Database& db, std::int64_t session) {
    SQLite::Statement query(db, "SELECT seq, format FROM snapshots WHERE session_id = ? ORDER BY seq");
    query.bind(1, session);
    std::vector<StoredSnapshot> found;
    while (query.executeStep()) {
        found.push_back({query.getColumn(0).getInt64(),
                         query.getColumn(1).getInt() == static_cast<int>(SnapshotFormat::Compact)});
    }
    return found;
}

/// The seqs to keep: greedy from 0 with `minGap` between kept ones, and the last. Stable: applied to its
/// own result it keeps everything.
std::vector<std::int64_t> keptSeqs(const std::vector<StoredSnapshot>& stored, std::int64_t minGap) {
    std::vector<std::int64_t> kept;
    std::int64_t last = 0;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        if (stored[i].seq - last >= minGap || i + 1 == stored.size()) {
            kept.push_back(stored[i].seq);
            last = stored[i].seq;
        }
    }
    return kept;
}

void thinSession(SQLite::Database& db, std::int64_t session, std::int64_t minGap, ThinReport& report) {
    const std::vector<StoredSnapshot> stored = snapshotsOf(db, session);
    const std::vector<std::int64_t> kept = keptSeqs(stored, minGap);
    const bool allCompact =
        std::all_of(stored.begin(), stored.end(), [](const auto& s) { return s.compact; });
    if (kept.size() == stored.size() && allCompact) {
        return;
    }
    std::vector<SnapshotBlob> rows;
    {
        SnapshotBoards boards(db);
        SnapshotEncoder encoder;
        bool wholeNext = true;
        for (const std::int64_t seq : kept) {
            std::string error;
            const std::optional<core::Board> board = boards.board(session, seq, error);
            if (!board) {
                spdlog::warn("The snapshot of session {} at seq {} cannot be read ({}); it is dropped, the "
                             "events remain.",
                             session, seq, error);
                ++report.unreadable;
                wholeNext = true;
                continue;
            }
            rows.push_back(encoder.encode(*board, seq, wholeNext));
            wholeNext = false;
        }
    }
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement drop(db, "DELETE FROM snapshots WHERE session_id = ?");
    drop.bind(1, session);
    drop.exec();
    for (const SnapshotBlob& row : rows) {
        writeSnapshotRow(db, "main", session, row);
    }
    transaction.commit();
    ++report.sessions;
    report.snapshotsBefore += static_cast<std::int64_t>(stored.size());
    report.snapshotsAfter += static_cast<std::int64_t>(rows.size());
}

std::int64_t fileSize(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    return error ? 0 : static_cast<std::int64_t>(size);
}

} // namespace

ThinReport thinEndedSessions(Database& db, std::int64_t minGap) {
    SQLite::Database& connection = db.connection();
    ThinReport report;
    try {
        std::vector<std::int64_t> sessions;
        SQLite::Statement ended(connection,
                                "SELECT id FROM sessions WHERE status IN ('ended', 'archived') ORDER BY id");
        while (ended.executeStep()) {
            sessions.push_back(ended.getColumn(0).getInt64());
        }
        for (const std::int64_t session : sessions) {
            thinSession(connection, session, minGap, report);
        }
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::WriteFailed, "Could not thin the snapshots of ended sessions in " +
                                                          db.path().string() + ": " + error.what() + ".");
    }
    return report;
}

ThinReport compactDataFile(Database& db, std::int64_t minGap) {
    const std::int64_t before = fileSize(db.path());
    ThinReport report = thinEndedSessions(db, minGap);
    try {
        db.connection().exec("VACUUM");
        db.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::WriteFailed, "Could not give the space back in " +
                                                          db.path().string() + ": " + error.what() + ".");
    }
    report.bytesBefore = before;
    report.bytesAfter = fileSize(db.path());
    return report;
}

} // namespace atelier::store
