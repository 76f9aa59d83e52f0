// Deletes old ended sessions and unused photos in one transaction, then VACUUMs the file.
#include "store/SessionPurge.hpp"

#include "store/Database.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <system_error>

namespace atelier::store {
namespace {

std::int64_t fileSize(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    return error ? 0 : static_cast<std::int64_t>(size);
}

std::int64_t deleteWhereSessionIn(SQLite::Database& db, const char* table) {
    return db.exec(std::string("DELETE FROM ") + table + " WHERE session_id IN (SELECT id FROM purged)");
}

} // namespace

PurgeReport purgeSessionsEndedBefore(Database& db, std::int64_t cutoffUnixS) {
    SQLite::Database& connection = db.connection();
    PurgeReport report;
    report.bytesBefore = fileSize(db.path());
    try {
        SQLite::Transaction transaction(connection, SQLite::TransactionBehavior::IMMEDIATE);
        connection.exec("CREATE TEMP TABLE IF NOT EXISTS purged(id INTEGER PRIMARY KEY)");
        connection.exec("DELETE FROM purged");
        SQLite::Statement choose(connection, R"sql(
            INSERT INTO purged(id) SELECT id FROM sessions
            WHERE status IN ('ended', 'archived') AND ended_at IS NOT NULL
              AND CAST(strftime('%s', ended_at) AS INTEGER) < ?)sql");
        choose.bind(1, cutoffUnixS);
        choose.exec();
        SQLite::Statement ids(connection, "SELECT id FROM purged ORDER BY id");
        while (ids.executeStep()) {
            report.sessions.push_back(ids.getColumn(0).getInt64());
        }
        report.events = deleteWhereSessionIn(connection, "events");
        report.snapshots = deleteWhereSessionIn(connection, "snapshots");
        connection.exec("DELETE FROM sessions WHERE id IN (SELECT id FROM purged)");
        // A photo stays while any remaining event places it.
        report.photos = connection.exec(R"sql(
            DELETE FROM assets WHERE hash NOT IN (
                SELECT json_extract(payload, '$.assetHash') FROM events
                WHERE type = 'photo.placed' AND json_valid(payload)
                  AND json_extract(payload, '$.assetHash') IS NOT NULL))sql");
        connection.exec("DROP TABLE purged");
        transaction.commit();
        // The deleted pages go back to the disk, and none of the purged text stays readable in free pages.
        connection.exec("VACUUM");
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::WriteFailed,
                         "Could not purge old sessions in " + db.path().string() + ": " + error.what() + ".");
    }
    report.bytesAfter = fileSize(db.path());
    return report;
}

} // namespace atelier::store
