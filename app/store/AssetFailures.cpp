// Writes and lists the asset_failures rows.
#include "store/AssetFailures.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/Database.hpp"
#include "store/StoreError.hpp"
#include "store/Timestamps.hpp"

namespace atelier::store {

void markAssetUndecodable(Database& db, std::string_view hash, std::string_view reason) {
    try {
        SQLite::Statement insert(db.connection(),
                                 "INSERT OR IGNORE INTO asset_failures (hash, reason, failed_at) "
                                 "SELECT hash, ?, ? FROM assets WHERE hash = ?");
        insert.bind(1, std::string(reason));
        insert.bind(2, nowIso8601());
        insert.bind(3, std::string(hash));
        insert.exec();
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::WriteFailed, "The photo " + std::string(hash.substr(0, 12)) +
                                                          "… could not be marked as undecodable in " +
                                                          db.path().string() + ": " + error.what() + ".");
    }
}

std::vector<AssetFailure> assetFailures(SQLite::Database& db) {
    std::vector<AssetFailure> failures;
    if (!db.tableExists("asset_failures")) {
        return failures;
    }
    SQLite::Statement query(db, "SELECT hash, reason, failed_at FROM asset_failures ORDER BY hash");
    while (query.executeStep()) {
        failures.push_back(AssetFailure{query.getColumn(0).getString(), query.getColumn(1).getString(),
                                        query.getColumn(2).getString()});
    }
    return failures;
}

} // namespace atelier::store
