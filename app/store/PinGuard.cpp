// Reads and writes the facilitator PIN pad's memory (table pin_guard) in the main connection.
#include "store/PinGuard.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/Database.hpp"
#include "store/StoreError.hpp"

namespace atelier::store {

std::optional<PinGuard> loadPinGuard(const Database& db, std::string_view configHash) {
    try {
        SQLite::Statement query(db.connection(),
                                "SELECT wrong, lockouts, locked_until_ms, rewritten_hash FROM pin_guard "
                                "WHERE config_hash = ?");
        query.bind(1, std::string(configHash));
        if (!query.executeStep()) {
            return std::nullopt;
        }
        PinGuard guard;
        guard.configHash = std::string(configHash);
        guard.wrong = query.getColumn(0).getInt();
        guard.lockouts = query.getColumn(1).getInt();
        guard.lockedUntilUnixMs = query.getColumn(2).getInt64();
        guard.rewrittenHash = query.getColumn(3).getString();
        return guard;
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::ReadFailed, "The PIN pad's lock could not be read from " +
                                                         db.path().string() + ": " + error.what() + ".");
    }
}

void savePinGuard(Database& db, const PinGuard& guard) {
    try {
        SQLite::Transaction transaction(db.connection(), SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement others(db.connection(), "DELETE FROM pin_guard WHERE config_hash <> ?");
        others.bind(1, guard.configHash);
        others.exec();
        SQLite::Statement row(
            db.connection(),
            "INSERT OR REPLACE INTO pin_guard (config_hash, wrong, lockouts, locked_until_ms, "
            "rewritten_hash) VALUES (?, ?, ?, ?, ?)");
        row.bind(1, guard.configHash);
        row.bind(2, guard.wrong);
        row.bind(3, guard.lockouts);
        row.bind(4, guard.lockedUntilUnixMs);
        row.bind(5, guard.rewrittenHash);
        row.exec();
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::WriteFailed, "The PIN pad's lock could not be saved in " +
                                                          db.path().string() + ": " + error.what() + ".");
    }
}

} // namespace atelier::store
