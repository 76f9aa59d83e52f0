// Creates and upgrades atelier.db's tables; see docs/data.md for every column.
#include "store/Schema.hpp"

#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <array>
#include <string>

namespace atelier::store {
namespace {

// Version 1: the first schema. Times in rows are ISO 8601 UTC text; t_ms is ms since the
// session started. events is WITHOUT ROWID so a session's events sit in seq order in the primary key.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE workshops (
    id         TEXT PRIMARY KEY NOT NULL,
    title      TEXT NOT NULL,
    site       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    config     TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id),
    started_at  TEXT NOT NULL,
    ended_at    TEXT,
    status      TEXT NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'ended', 'archived'))
);
CREATE INDEX sessions_by_workshop ON sessions(workshop_id, status, id);
CREATE TABLE events (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    t_ms       INTEGER NOT NULL,
    seat       INTEGER NOT NULL,
    type       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE INDEX events_phase_started ON events(session_id, seq) WHERE type = 'phase.started';
CREATE TABLE snapshots (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    seq        INTEGER NOT NULL,
    board      TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);
CREATE TABLE assets (
    hash   TEXT PRIMARY KEY NOT NULL,
    mime   TEXT NOT NULL,
    width  INTEGER NOT NULL,
    height INTEGER NOT NULL,
    bytes  BLOB NOT NULL
);
)sql";

// Version 2: compact snapshots. `format` says how `board` is written (1: boardToJson text, 2: a compact
// BLOB, core/CompactBoard.hpp); `base_seq` is NULL for a whole board, else the seq of the snapshot of the
// same session this one is a delta of. Rows written before keep format 1 and load as they did.
constexpr std::string_view kVersion2 = R"sql(
ALTER TABLE snapshots ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE snapshots ADD COLUMN base_seq INTEGER;
)sql";

// Version 3: what the facilitator's PIN pad must remember across restarts (its lockout, and the Argon2id hash
// that replaced an older PBKDF2 one from the config). One row, keyed by the config's pin_hash as written.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE pin_guard (
    config_hash     TEXT PRIMARY KEY NOT NULL,
    wrong           INTEGER NOT NULL DEFAULT 0,
    lockouts        INTEGER NOT NULL DEFAULT 0,
    locked_until_ms INTEGER NOT NULL DEFAULT 0,
    rewritten_hash  TEXT NOT NULL DEFAULT ''
);
)sql";

// Version 4: photos whose stored bytes failed to decode, so that later starts show their placeholder at once
// instead of decoding them again (a bomb stored by an older version, a damaged blob). Goes with its asset.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE asset_failures (
    hash      TEXT PRIMARY KEY NOT NULL REFERENCES assets(hash) ON DELETE CASCADE,
    reason    TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
)sql";

// Version 5: where photos lie on the map (a GeoTIFF's own tags, a world file beside the image, or corners in
// the workshop definition): the affine transform from pixels (edges, top-left origin) to map coordinates x =
// a·u + b·v + c, y = d·u + e·v + f, in the CRS `crs` as PROJ reads it. Goes with its asset.
constexpr std::string_view kVersion5 = R"sql(
CREATE TABLE asset_georeferences (
    hash   TEXT PRIMARY KEY NOT NULL REFERENCES assets(hash) ON DELETE CASCADE,
    a      REAL NOT NULL,
    b      REAL NOT NULL,
    c      REAL NOT NULL,
    d      REAL NOT NULL,
    e      REAL NOT NULL,
    f      REAL NOT NULL,
    crs    TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
)sql";

// Version 6: the facilitator's workshop library. A workshop that has sessions is archived (kept with them,
// out of the library's list) instead of deleted; its site photos are assets named in the order the editor
// shows.
constexpr std::string_view kVersion6 = R"sql(
ALTER TABLE workshops ADD COLUMN archived_at TEXT;
CREATE TABLE workshop_photos (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    hash        TEXT NOT NULL REFERENCES assets(hash),
    PRIMARY KEY (workshop_id, position)
);
)sql";

constexpr std::array kMigrations = {
    Migration{1, kVersion1},
    Migration{2, kVersion2},
    Migration{3, kVersion3},
    Migration{4, kVersion4},
    Migration{5, kVersion5},
    Migration{6, kVersion6},
};

} // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int currentSchemaVersion() {
    return kMigrations.back().version;
}

void configureConnection(SQLite::Database& db, ConnectionRole role) {
    db.exec("PRAGMA foreign_keys = ON");
    // FULL: in WAL mode NORMAL may lose the last commits on a power cut; see docs/decisions/store.md.
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA temp_store = MEMORY");
    switch (role) {
    case ConnectionRole::Main:
        db.setBusyTimeout(2000);
        db.exec("PRAGMA cache_size = -32768");
        db.exec("PRAGMA mmap_size = 268435456");
        break;
    case ConnectionRole::Writer:
        db.setBusyTimeout(1000);
        db.exec("PRAGMA journal_size_limit = 33554432");
        // Checkpoints copy megabytes; the SnapshotMaker's connection runs them, off the commit path.
        db.exec("PRAGMA wal_autocheckpoint = 0");
        break;
    case ConnectionRole::Checkpointer:
        db.setBusyTimeout(100);
        break;
    case ConnectionRole::Inspect:
        db.setBusyTimeout(5000);
        db.exec("PRAGMA cache_size = -32768");
        break;
    }
}

int schemaVersionOf(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

void migrate(SQLite::Database& db, std::span<const Migration> steps) {
    const int newest = steps.empty() ? 0 : steps.back().version;
    const int found = schemaVersionOf(db);
    if (found > newest) {
        throw StoreError(
            StoreErrorKind::NewerVersion,
            "The data file " + db.getFilename() + " was written by a newer version of Atelier (schema " +
                std::to_string(found) + "; this version reads up to schema " + std::to_string(newest) +
                "). It was left untouched: update Atelier, or start with another data directory.");
    }
    if (found == newest) {
        return;
    }
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        for (const Migration& step : steps) {
            if (step.version > found) {
                db.exec(std::string(step.sql));
            }
        }
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(newest));
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::WriteFailed, "The data file " + db.getFilename() +
                                                          " could not be brought to schema " +
                                                          std::to_string(newest) + ": " + error.what() + ".");
    }
}

} // namespace atelier::store
