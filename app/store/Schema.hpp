// The SQL schema of atelier.db, its migrations (PRAGMA user_version) and per-connection pragmas.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace SQLite {
class Database;
}

namespace atelier::store {

/// PRAGMA application_id of every Atelier data file ("ATLR"), so a foreign SQLite file is recognised.
inline constexpr std::int32_t kApplicationId = 0x41544C52;

/// One step of the schema's history: run in order, each exactly once, to reach `version`.
struct Migration {
    int version = 0;
    std::string_view sql;
};

/// The steps this build knows, oldest first; the last one's version is the schema this build writes.
std::span<const Migration> migrations();

/// The user_version this build writes and understands.
int currentSchemaVersion();

/// How a connection is used; it decides the pragmas it gets.
enum class ConnectionRole {
    Main,         ///< the main thread: sessions, assets, loading (short writes, large reads)
    Writer,       ///< the EventLog writer thread: batched appends, must not wait long on locks
    Inspect,      ///< checks and repairs: reads the whole file
    Checkpointer, ///< the snapshot thread: passive WAL checkpoints, so the writer never runs one
};

/// Sets the pragmas every Atelier connection needs: foreign keys, busy timeout, synchronous=FULL.
void configureConnection(SQLite::Database& db, ConnectionRole role);

/// Brings `db` to the newest of `steps` in one transaction and stamps application_id; a file whose
/// user_version is newer than the last step throws StoreError(NewerVersion) and is not modified.
void migrate(SQLite::Database& db, std::span<const Migration> steps);

/// The user_version of an open file.
int schemaVersionOf(SQLite::Database& db);

} // namespace atelier::store
