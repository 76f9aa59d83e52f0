// Copies one session into a fresh data file: the new file gets the schema from the store, then the rows
// come over through ATTACH (only read from) in one transaction; of the snapshots, only the last.
#include "store/SessionCopy.hpp"

#include "core/CompactBoard.hpp"
#include "store/Database.hpp"
#include "store/SnapshotBoards.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>
#include <system_error>
#include <vector>

namespace atelier::store {
namespace {

// The copy carries at most one snapshot: the newest that reads, as one whole compact board (a delta's
// bases stay behind), so the file holds the session's events and its final board and little else.
void copyLastSnapshot(SQLite::Database& db, std::int64_t sessionId) {
    std::vector<std::int64_t> seqs;
    {
        SQLite::Statement list(db, "SELECT seq FROM source.snapshots WHERE session_id = ? ORDER BY seq DESC");
        list.bind(1, sessionId);
        while (list.executeStep()) {
            seqs.push_back(list.getColumn(0).getInt64());
        }
    }
    SnapshotBoards boards(db, "source");
    for (const std::int64_t seq : seqs) {
        std::string error;
        if (const std::optional<core::Board> board = boards.board(sessionId, seq, error)) {
            writeSnapshotRow(db, "main", sessionId,
                             SnapshotBlob{seq, core::boardToCompact(*board), std::nullopt});
            return;
        }
        spdlog::warn("The snapshot of session {} at seq {} cannot be read ({}); the copy does without it.",
                     sessionId, seq, error);
    }
}

} // namespace

void copySession(const std::filesystem::path& source, std::int64_t sessionId,
                 const std::filesystem::path& target) {
    std::error_code error;
    if (std::filesystem::exists(target, error)) {
        throw StoreError(StoreErrorKind::CannotOpen,
                         target.string() +
                             " already exists: choose a new file name, nothing was overwritten.");
    }
    if (!std::filesystem::is_regular_file(source, error)) {
        throw StoreError(StoreErrorKind::NotFound,
                         "There is no Atelier data file at " + source.string() + ".");
    }
    bool created = false;
    try {
        Database copy = Database::openFile(target);
        created = true;
        SQLite::Database& db = copy.connection();
        SQLite::Statement attach(db, "ATTACH DATABASE ? AS source");
        attach.bind(1, std::filesystem::absolute(source).string());
        attach.exec();
        {
            SQLite::Statement exists(db, "SELECT 1 FROM source.sessions WHERE id = ?");
            exists.bind(1, sessionId);
            if (!exists.executeStep()) {
                throw StoreError(StoreErrorKind::NotFound, "There is no session " +
                                                               std::to_string(sessionId) + " in " +
                                                               source.string() + ".");
            }
        }
        SQLite::Transaction transaction(db);
        const char* const copies[] = {
            "INSERT INTO main.workshops(id, title, site, created_at, config) "
            "SELECT w.id, w.title, w.site, w.created_at, w.config FROM source.workshops w "
            "JOIN source.sessions s ON s.workshop_id = w.id WHERE s.id = ?1",
            "INSERT INTO main.sessions SELECT * FROM source.sessions WHERE id = ?1",
            "INSERT INTO main.events SELECT * FROM source.events WHERE session_id = ?1 ORDER BY seq",
            "INSERT INTO main.assets SELECT * FROM source.assets WHERE hash IN (SELECT "
            "json_extract(payload, '$.assetHash') FROM source.events WHERE session_id = ?1 AND type = "
            "'photo.placed')",
        };
        for (const char* sql : copies) {
            SQLite::Statement statement(db, sql);
            statement.bind(1, sessionId);
            statement.exec();
        }
        copyLastSnapshot(db, sessionId);
        if (SQLite::Statement has(db,
                                  "SELECT 1 FROM source.sqlite_master WHERE name = 'asset_georeferences'");
            has.executeStep()) {
            db.exec(
                "INSERT INTO main.asset_georeferences SELECT * FROM source.asset_georeferences WHERE hash IN "
                "(SELECT hash FROM main.assets)");
        }
        transaction.commit();
        db.exec("DETACH DATABASE source");
    } catch (const SQLite::Exception& failure) {
        if (created) {
            std::filesystem::remove(target, error);
        }
        throw StoreError(StoreErrorKind::WriteFailed, "Session " + std::to_string(sessionId) +
                                                          " could not be copied to " + target.string() +
                                                          ": " + failure.what() + ".");
    } catch (const StoreError&) {
        if (created) {
            std::filesystem::remove(target, error);
        }
        throw;
    }
}

} // namespace atelier::store
