// The schema 1 fixture generator: the old tables and pragmas, events as JSON rows, boards as JSON snapshots.
#include "SchemaOneFile.hpp"

#include "WorkshopSimulator.hpp"
#include "core/Apply.hpp"
#include "core/BoardCodec.hpp"
#include "core/BoardHash.hpp"
#include "core/EventCodec.hpp"
#include "core/Sha256.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <stdexcept>

namespace atelier::store::testing {
namespace {

// Schema 1 as app/store/Schema.cpp created it before schema 2 (copied verbatim; never edit).
constexpr const char* kSchemaOne = R"sql(
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

SQLite::Database createSchemaOne(const std::filesystem::path& dataFile) {
    SQLite::Database db(dataFile.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA page_size = 16384");
    db.exec("PRAGMA journal_mode = WAL");
    db.exec(kSchemaOne);
    db.exec("PRAGMA application_id = 1096043602");
    db.exec("PRAGMA user_version = 1");
    db.exec("INSERT INTO workshops(id, title, site, created_at, config) VALUES ('demo', 'Place Carnot', "
            "'Saint-Étienne', '2026-12-01T09:00:00.000Z', '{\"seats\":6}')");
    db.exec("INSERT INTO sessions(id, workshop_id, started_at, status) VALUES (1, 'demo', "
            "'2026-12-01T09:05:00.000Z', 'live')");
    return db;
}

} // namespace

SchemaOneSession writeSchemaOneFile(const std::filesystem::path& dataFile, std::uint64_t seed, int events,
                                    int snapshotEvery, bool ended, const std::vector<std::int64_t>& hashAt) {
    SQLite::Database db = createSchemaOne(dataFile);
    SchemaOneSession made;
    made.session = 1;
    const std::string photoBytes = "\xff\xd8\xff\xe0 a photo of the site";
    made.photoHash = core::sha256Hex(photoBytes);
    SQLite::Statement asset(db, "INSERT INTO assets VALUES (?, 'image/jpeg', 640, 480, ?)");
    asset.bind(1, made.photoHash);
    asset.bind(2, photoBytes.data(), static_cast<int>(photoBytes.size()));
    asset.exec();

    SQLite::Transaction transaction(db);
    SQLite::Statement insert(db, "INSERT INTO events VALUES (1, ?, ?, ?, ?, ?)");
    SQLite::Statement snapshot(db, "INSERT INTO snapshots VALUES (1, ?, ?)");
    WorkshopSimulator simulator(seed);
    core::Board board;
    std::int64_t tMs = 0;
    for (std::int64_t seq = 1; seq <= events; ++seq) {
        core::Event event =
            seq == 10
                ? core::Event{core::PhotoPlaced{900000000, made.photoHash, core::Pose{{600, 400}, 0.25, 1},
                                                core::Size{400, 300}, 0}}
                : simulator.next();
        tMs = seq == 10 ? tMs : simulator.tMs();
        if (!core::apply(board, event)) {
            throw std::logic_error("the schema 1 fixture made an event that does not apply");
        }
        insert.reset();
        insert.bind(1, seq);
        insert.bind(2, tMs);
        insert.bind(3, core::eventSeat(event));
        insert.bind(4, std::string(core::eventType(event)));
        insert.bind(5, core::encodePayload(event));
        insert.exec();
        if (seq == events || std::find(hashAt.begin(), hashAt.end(), seq) != hashAt.end()) {
            made.boardHashes[seq] = core::boardHash(board);
        }
        if (seq % snapshotEvery == 0) {
            snapshot.reset();
            snapshot.bind(1, seq);
            snapshot.bind(2, core::boardToJson(board));
            snapshot.exec();
            made.snapshots.push_back(seq);
        }
    }
    if (ended) {
        db.exec("UPDATE sessions SET status = 'ended', ended_at = '2026-12-01T12:00:00.000Z' WHERE id = 1");
    }
    transaction.commit();
    made.events = events;
    return made;
}

} // namespace atelier::store::testing
