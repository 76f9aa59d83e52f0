// Copies what can still be read from a damaged data file into a fresh one, placeholders for orphans.
#include "store/DatabaseSalvage.hpp"

#include "store/FileAside.hpp"
#include "store/Schema.hpp"
#include "store/SnapshotBoards.hpp"
#include "store/Timestamps.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <array>
#include <set>
#include <sqlite3.h>

namespace atelier::store {
namespace {

// After a read error inside a session's events, the scan restarts this far past the last good seq,
// so one damaged page costs the events on it, not the rest of the session.
constexpr std::array<std::int64_t, 6> kSkips = {1, 16, 256, 4096, 65536, 1048576};

std::string quoted(const std::string& text) {
    std::string result = "'";
    for (char c : text) {
        result += c;
        if (c == '\'') {
            result += '\'';
        }
    }
    return result + "'";
}

void removeWithCompanions(const std::filesystem::path& file) {
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        std::filesystem::remove(companionOf(file, suffix), ignored);
    }
}

bool tryVacuumInto(const std::filesystem::path& source, const std::filesystem::path& target,
                   std::vector<std::string>& sentences) {
    try {
        SQLite::Database db(source, SQLite::OPEN_READONLY, 5000);
        db.exec("VACUUM INTO " + quoted(target.string()));
        return true;
    } catch (const SQLite::Exception& error) {
        sentences.push_back(std::string("SQLite could not copy the file in one piece (") + error.what() +
                            "), so it was copied row by row.");
        removeWithCompanions(target);
        return false;
    }
}

// Binds column `index` of `row` to parameter `index + 1` of `insert`, whatever its storage class.
void bindSame(SQLite::Statement& insert, const SQLite::Statement& row, int index) {
    const SQLite::Column column = row.getColumn(index);
    switch (column.getType()) {
    case SQLITE_INTEGER:
        insert.bind(index + 1, column.getInt64());
        break;
    case SQLITE_FLOAT:
        insert.bind(index + 1, column.getDouble());
        break;
    case SQLITE_BLOB:
        insert.bind(index + 1, column.getBlob(), column.getBytes());
        break;
    case SQLITE_NULL:
        insert.bind(index + 1);
        break;
    default:
        insert.bind(index + 1, column.getString());
        break;
    }
}

// Copies the rows `select` yields into `table`; returns how many, noting a read error in `sentences`.
std::int64_t copyRows(SQLite::Statement& select, SQLite::Database& target, const std::string& table,
                      const std::string& columns, int columnCount, std::vector<std::string>& sentences,
                      std::int64_t* lastKey = nullptr) {
    std::string marks;
    for (int i = 0; i < columnCount; ++i) {
        marks += i == 0 ? "?" : ", ?";
    }
    SQLite::Statement insert(target,
                             "INSERT OR IGNORE INTO " + table + "(" + columns + ") VALUES (" + marks + ")");
    std::int64_t copied = 0;
    try {
        while (select.executeStep()) {
            for (int i = 0; i < columnCount; ++i) {
                bindSame(insert, select, i);
            }
            insert.exec();
            insert.reset();
            ++copied;
            if (lastKey) {
                *lastKey = select.getColumn(1).getInt64();
            }
        }
    } catch (const SQLite::Exception& error) {
        if (!lastKey) {
            sentences.push_back("Table " + table + ": " + std::to_string(copied) +
                                " rows were copied, then the rest could not be read (" + error.what() + ").");
        }
        throw;
    }
    return copied;
}

void copyTable(SQLite::Database& source, SQLite::Database& target, const std::string& table,
               const std::string& columns, int columnCount, std::vector<std::string>& sentences) {
    try {
        SQLite::Statement select(source, "SELECT " + columns + " FROM " + table);
        copyRows(select, target, table, columns, columnCount, sentences);
    } catch (const SQLite::Exception&) {
        // copyRows said how far it got; the other tables are still worth copying.
    }
}

std::set<std::int64_t> sessionIds(SQLite::Database& source) {
    std::set<std::int64_t> ids;
    for (const char* sql : {"SELECT id FROM sessions", "SELECT DISTINCT session_id FROM events"}) {
        try {
            SQLite::Statement query(source, sql);
            while (query.executeStep()) {
                ids.insert(query.getColumn(0).getInt64());
            }
        } catch (const SQLite::Exception&) {
            // The other query, or the per-session scans below, may still find them.
        }
    }
    return ids;
}

void copyEvents(SQLite::Database& source, SQLite::Database& target, std::vector<std::string>& sentences) {
    const std::string columns = "session_id, seq, t_ms, seat, type, payload";
    for (const std::int64_t session : sessionIds(source)) {
        std::int64_t last = 0;
        std::int64_t from = 0;
        std::size_t skip = 0;
        bool damaged = false;
        while (skip < kSkips.size()) {
            const std::int64_t before = last;
            try {
                SQLite::Statement select(source,
                                         "SELECT " + columns +
                                             " FROM events WHERE session_id = ? AND seq > ? ORDER BY seq");
                select.bind(1, session);
                select.bind(2, from);
                copyRows(select, target, "events", columns, 6, sentences, &last);
                break;
            } catch (const SQLite::Exception&) {
                damaged = true;
            }
            skip = last > before ? 0 : skip + 1;
            if (skip < kSkips.size()) {
                from = last + kSkips[skip];
            }
        }
        if (damaged) {
            sentences.push_back("Session " + std::to_string(session) +
                                ": some events could not be read; the readable ones were kept.");
        }
    }
}

// Snapshots are copied one by one: a damaged one is only a cache entry lost (loading replays events).
void copySnapshots(SQLite::Database& source, SQLite::Database& target, std::vector<std::string>& sentences) {
    std::vector<std::pair<std::int64_t, std::int64_t>> keys;
    try {
        SQLite::Statement list(source, "SELECT session_id, seq FROM snapshots");
        while (list.executeStep()) {
            keys.emplace_back(list.getColumn(0).getInt64(), list.getColumn(1).getInt64());
        }
    } catch (const SQLite::Exception&) {
        // Whatever keys were listed are still copied.
    }
    std::int64_t lost = 0;
    bool compact = false; // a file of schema 2 or later: its rows say their format and base
    try {
        compact = snapshotsAreCompactCapable(source);
    } catch (const SQLite::Exception&) {
        // An unreadable schema: the JSON columns, which every version has, are tried.
    }
    const std::string columns =
        compact ? "session_id, seq, board, format, base_seq" : "session_id, seq, board";
    for (const auto& [session, seq] : keys) {
        try {
            SQLite::Statement select(source, "SELECT " + columns +
                                                 " FROM snapshots WHERE session_id = ? AND seq = ?");
            select.bind(1, session);
            select.bind(2, seq);
            std::vector<std::string> ignored;
            copyRows(select, target, "snapshots", columns, compact ? 5 : 3, ignored);
        } catch (const SQLite::Exception&) {
            ++lost;
        }
    }
    if (lost > 0) {
        sentences.push_back(std::to_string(lost) + " board snapshot(s) could not be read and were left out; "
                                                   "sessions load from their events instead.");
    }
}

void addPlaceholders(SQLite::Database& target, std::vector<std::string>& sentences) {
    const std::string now = quoted(nowIso8601());
    target.exec("INSERT OR IGNORE INTO workshops(id, title, site, created_at, config) "
                "SELECT DISTINCT s.workshop_id, 'Recovered workshop ' || s.workshop_id, '', " +
                now + ", '{}' FROM sessions s WHERE s.workshop_id NOT IN (SELECT id FROM workshops)");
    if (const int added = target.getChanges(); added > 0) {
        sentences.push_back(std::to_string(added) +
                            " missing workshop row(s) were recreated as 'Recovered workshop'.");
    }
    const std::string orphans = "SELECT session_id FROM events UNION SELECT session_id FROM snapshots "
                                "EXCEPT SELECT id FROM sessions";
    if (target.execAndGet("SELECT count(*) FROM (" + orphans + ")").getInt() == 0) {
        return;
    }
    target.exec("INSERT OR IGNORE INTO workshops(id, title, site, created_at, config) VALUES "
                "('recovered', 'Recovered sessions', '', " +
                now + ", '{}')");
    target.exec("INSERT INTO sessions(id, workshop_id, started_at, ended_at, status) SELECT session_id, "
                "'recovered', " +
                now + ", " + now + ", 'ended' FROM (" + orphans + ")");
    sentences.push_back(std::to_string(target.getChanges()) +
                        " session(s) whose row was lost were recreated, ended, under workshop 'recovered'.");
}

bool verified(SQLite::Database& target, std::vector<std::string>& sentences) {
    const std::string integrity = target.execAndGet("PRAGMA integrity_check(1)").getString();
    SQLite::Statement foreignKeys(target, "PRAGMA foreign_key_check");
    const bool keysOk = !foreignKeys.executeStep();
    if (integrity != "ok" || !keysOk) {
        sentences.push_back("The rebuilt file still fails its checks (" + integrity +
                            "); nothing was replaced.");
        return false;
    }
    return true;
}

} // namespace

SalvageResult salvageInto(const std::filesystem::path& source, const std::filesystem::path& target) {
    SalvageResult result;
    removeWithCompanions(target);
    try {
        if (tryVacuumInto(source, target, result.sentences)) {
            SQLite::Database rebuilt(target, SQLite::OPEN_READWRITE, 5000);
            if (rebuilt.execAndGet("PRAGMA integrity_check(1)").getString() == "ok") {
                addPlaceholders(rebuilt, result.sentences);
                result.ok = verified(rebuilt, result.sentences);
                return result;
            }
            removeWithCompanions(target);
        }
        SQLite::Database from(source, SQLite::OPEN_READONLY, 5000);
        SQLite::Database to(target, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
        to.exec("PRAGMA journal_mode = WAL");
        migrate(to, migrations());
        SQLite::Transaction transaction(to);
        copyTable(from, to, "workshops", "id, title, site, created_at, config", 5, result.sentences);
        copyTable(from, to, "sessions", "id, workshop_id, started_at, ended_at, status", 5, result.sentences);
        copyEvents(from, to, result.sentences);
        copySnapshots(from, to, result.sentences);
        copyTable(from, to, "assets", "hash, mime, width, height, bytes", 5, result.sentences);
        addPlaceholders(to, result.sentences);
        transaction.commit();
        result.ok = verified(to, result.sentences);
    } catch (const SQLite::Exception& error) {
        result.sentences.push_back(std::string("The rebuild stopped: ") + error.what() + ".");
        result.ok = false;
    }
    return result;
}

} // namespace atelier::store
