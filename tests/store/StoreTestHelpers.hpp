// Small helpers the store tests share: a database with a live session, raw reads, event feeding.
#pragma once

#include "WorkshopSimulator.hpp"
#include "core/Apply.hpp"
#include "core/Board.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace atelier::store::testing {

/// The demo workshop as the tests store it.
inline Workshop demoWorkshop() {
    return Workshop{"demo", "Place Carnot", "Saint-Étienne", R"({"seats":6})", ""};
}

/// Ensures the demo workshop and starts a live session of it.
inline std::int64_t startSession(Database& db) {
    db.ensureWorkshop(demoWorkshop());
    return db.createSession("demo");
}

/// Writer timings shortened for tests (snapshots often, retries fast).
inline EventLogOptions quickOptions() {
    EventLogOptions options;
    options.snapshotEveryEvents = 100;
    options.retryEvery = std::chrono::milliseconds(100);
    options.shutdownGrace = std::chrono::milliseconds(500);
    return options;
}

/// Appends `count` simulated events to `log`, applying each to `live` as the main thread would.
inline void feed(EventLog& log, WorkshopSimulator& simulator, core::Board& live, int count) {
    for (int i = 0; i < count; ++i) {
        const core::Event event = simulator.next();
        core::apply(live, event);
        log.append(simulator.tMs(), event);
    }
}

/// The seqs stored for a session, in order, read with a separate connection.
inline std::vector<std::int64_t> storedSeqs(const std::filesystem::path& file, std::int64_t session) {
    SQLite::Database db(file, SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT seq FROM events WHERE session_id = ? ORDER BY seq");
    query.bind(1, session);
    std::vector<std::int64_t> seqs;
    while (query.executeStep()) {
        seqs.push_back(query.getColumn(0).getInt64());
    }
    return seqs;
}

/// True when `seqs` is exactly 1, 2, ..., n.
inline bool contiguousFromOne(const std::vector<std::int64_t>& seqs) {
    for (std::size_t i = 0; i < seqs.size(); ++i) {
        if (seqs[i] != static_cast<std::int64_t>(i) + 1) {
            return false;
        }
    }
    return true;
}

/// One integer answer of a query run on a separate connection.
inline std::int64_t queryInt(const std::filesystem::path& file, const std::string& sql) {
    SQLite::Database db(file, SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

} // namespace atelier::store::testing
