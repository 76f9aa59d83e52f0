// Runs SQLite's checks and Atelier's own (seq gaps, live sessions) and, if asked, repairs the file.
#include "store/DatabaseCheck.hpp"

#include "core/Sha256.hpp"
#include "store/AssetFailures.hpp"
#include "store/AssetGeoreferences.hpp"
#include "store/DatabaseSalvage.hpp"
#include "store/FileAside.hpp"
#include "store/Schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <map>
#include <span>

namespace atelier::store {
namespace {

constexpr int kProblemsShown = 10;

struct Findings {
    bool readable = false;
    bool ours = false;
    bool newer = false;
    bool integrityOk = false;
    bool keysOk = false;
};

std::string plural(std::int64_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

void checkIntegrity(SQLite::Database& db, Findings& findings, CheckReport& report) {
    SQLite::Statement check(db, "PRAGMA integrity_check(" + std::to_string(kProblemsShown) + ")");
    std::vector<std::string> problems;
    while (check.executeStep()) {
        problems.push_back(check.getColumn(0).getString());
    }
    findings.integrityOk = problems.size() == 1 && problems.front() == "ok";
    if (findings.integrityOk) {
        report.sentences.push_back("The file's structure is intact (integrity_check: ok).");
        return;
    }
    report.sentences.push_back("The file's structure is damaged; integrity_check says:");
    for (const std::string& problem : problems) {
        report.sentences.push_back("  " + problem);
    }
}

void checkForeignKeys(SQLite::Database& db, Findings& findings, CheckReport& report) {
    SQLite::Statement check(db, "PRAGMA foreign_key_check");
    std::map<std::string, std::int64_t> orphansPerTable;
    while (check.executeStep()) {
        ++orphansPerTable[check.getColumn(0).getString() + " → " + check.getColumn(2).getString()];
    }
    findings.keysOk = orphansPerTable.empty();
    if (findings.keysOk) {
        report.sentences.push_back(
            "Every event, snapshot and session belongs to an existing session or workshop "
            "(foreign_key_check: ok).");
    }
    for (const auto& [link, count] : orphansPerTable) {
        report.sentences.push_back(plural(count, "row") + " point to a missing parent (" + link + ").");
    }
}

void checkGaps(SQLite::Database& db, CheckReport& report) {
    SQLite::Statement gaps(db, R"sql(
        SELECT session_id, previous + 1, seq - 1 FROM (
            SELECT session_id, seq, lag(seq, 1, 0) OVER (PARTITION BY session_id ORDER BY seq) AS previous
            FROM events)
        WHERE seq <> previous + 1 ORDER BY session_id, seq)sql");
    while (gaps.executeStep()) {
        ++report.gaps;
        const std::int64_t first = gaps.getColumn(1).getInt64();
        const std::int64_t last = gaps.getColumn(2).getInt64();
        if (report.gaps <= kProblemsShown) {
            report.sentences.push_back("Session " + std::to_string(gaps.getColumn(0).getInt64()) + ": " +
                                       plural(last - first + 1, "event") + " missing (seq " +
                                       std::to_string(first) + " to " + std::to_string(last) +
                                       "); the session still loads without them.");
        }
    }
    if (report.gaps == 0) {
        report.sentences.push_back("Every session's events are numbered without gaps.");
    } else if (report.gaps > kProblemsShown) {
        report.sentences.push_back(plural(report.gaps, "gap") + " in all.");
    }
}

/// The photo's name in a sentence: the start of its SHA-256, enough to tell photos apart.
std::string photoName(const std::string& hash) {
    return "photo " + hash.substr(0, 12) + "…";
}

/// The sessions whose photo.placed events name this asset, as "session 1, session 4", or "".
std::string sessionsUsing(SQLite::Database& db, const std::string& hash) {
    SQLite::Statement query(db, "SELECT DISTINCT session_id FROM events WHERE type = 'photo.placed' AND "
                                "json_extract(payload, '$.assetHash') = ? ORDER BY session_id");
    query.bind(1, hash);
    std::string sessions;
    while (query.executeStep()) {
        sessions += (sessions.empty() ? "session " : ", session ") + query.getColumn(0).getString();
    }
    return sessions;
}

void checkAssets(SQLite::Database& db, CheckReport& report) {
    SQLite::Statement assets(db, "SELECT hash, bytes FROM assets ORDER BY hash");
    std::int64_t count = 0;
    while (assets.executeStep()) {
        ++count;
        const std::string hash = assets.getColumn(0).getString();
        const SQLite::Column blob = assets.getColumn(1);
        const std::span<const std::uint8_t> bytes(static_cast<const std::uint8_t*>(blob.getBlob()),
                                                  static_cast<std::size_t>(blob.getBytes()));
        if (core::sha256Hex(bytes) != hash) {
            report.damagedPhotos.push_back(hash);
        }
    }
    if (report.damagedPhotos.empty()) {
        report.sentences.push_back("Every photo matches its SHA-256 (" + plural(count, "photo") +
                                   " checked).");
        return;
    }
    for (const std::string& hash : report.damagedPhotos) {
        const std::string sessions = sessionsUsing(db, hash);
        report.sentences.push_back(
            "The " + photoName(hash) + " is damaged: its bytes no longer match its SHA-256; " +
            (sessions.empty() ? std::string("no session uses it.")
                              : "the table shows a placeholder for it in " + sessions + "."));
    }
}

/// Photos the table marked undecodable (asset_failures): shown as placeholders, never decoded again.
void listUndecodablePhotos(SQLite::Database& db, CheckReport& report) {
    for (const AssetFailure& failure : assetFailures(db)) {
        report.undecodablePhotos.push_back(failure.hash);
        const std::string sessions = sessionsUsing(db, failure.hash);
        report.sentences.push_back(
            "The " + photoName(failure.hash) + " could not be decoded (" + failure.failedAt + "): it " +
            failure.reason + " The table shows a placeholder for it" +
            (sessions.empty() ? std::string(" (no session uses it)") : " in " + sessions) +
            " and does not decode it again.");
    }
}

/// Photos placed on the map (asset_georeferences): where the GeoJSON and Decidim exports can place them.
void listPhotosOnTheMap(SQLite::Database& db, CheckReport& report) {
    for (const auto& [hash, photo] : assetGeoreferences(db)) {
        report.sentences.push_back("The " + photoName(hash) + " lies on the map (" +
                                   photo.georeference.source + "; " + photo.georeference.crs.substr(0, 40) +
                                   ").");
    }
}

/// What --repair cannot bring back: photos whose only copy in the file is damaged.
void sayPhotosCannotBeRestored(const std::vector<std::string>& damaged, CheckReport& report) {
    if (damaged.empty()) {
        return;
    }
    std::string names;
    for (const std::string& hash : damaged) {
        names += (names.empty() ? "" : ", ") + photoName(hash);
    }
    report.sentences.push_back(plural(static_cast<std::int64_t>(damaged.size()), "photo") +
                               " cannot be restored, since the file holds no good copy (" + names +
                               "); their sessions keep every event and show a placeholder where they lie.");
}

void describeContent(SQLite::Database& db, CheckReport& report) {
    const auto count = [&](const char* sql) { return db.execAndGet(sql).getInt64(); };
    report.sentences.push_back("It holds " + plural(count("SELECT count(*) FROM workshops"), "workshop") +
                               ", " + plural(count("SELECT count(*) FROM sessions"), "session") + ", " +
                               plural(count("SELECT count(*) FROM events"), "event") + ", " +
                               plural(count("SELECT count(*) FROM snapshots"), "snapshot") + " and " +
                               plural(count("SELECT count(*) FROM assets"), "photo") + ".");
    SQLite::Statement live(
        db, "SELECT s.id, COALESCE(w.title, s.workshop_id), s.started_at FROM sessions s "
            "LEFT JOIN workshops w ON w.id = s.workshop_id WHERE s.status = 'live' ORDER BY s.id");
    while (live.executeStep()) {
        report.liveSessions.push_back(live.getColumn(0).getInt64());
        report.sentences.push_back("Session " + live.getColumn(0).getString() + " of '" +
                                   live.getColumn(1).getString() + "' (started " +
                                   live.getColumn(2).getString() +
                                   ") is live: the next start of that workshop resumes it.");
    }
}

Findings inspect(const std::filesystem::path& file, CheckReport& report) {
    Findings findings;
    try {
        SQLite::Database db(file, SQLite::OPEN_READONLY, 5000);
        db.exec("PRAGMA cache_size = -32768");
        const int applicationId = db.execAndGet("PRAGMA application_id").getInt();
        findings.readable = true;
        findings.ours = applicationId == kApplicationId;
        if (!findings.ours) {
            report.sentences.push_back("This is not an Atelier data file (application_id " +
                                       std::to_string(applicationId) +
                                       "); Atelier moves such a file aside when "
                                       "it starts.");
            return findings;
        }
        const int version = schemaVersionOf(db);
        if (version > currentSchemaVersion()) {
            findings.newer = true;
            report.sentences.push_back("This file was written by a newer version of Atelier (schema " +
                                       std::to_string(version) + "); check it with that version.");
            return findings;
        }
        try {
            checkIntegrity(db, findings, report);
            checkForeignKeys(db, findings, report);
        } catch (const SQLite::Exception& error) {
            findings.integrityOk = false;
            report.sentences.push_back(
                std::string("The file's structure is damaged: the check itself stopped (") + error.what() +
                ").");
        }
        try {
            checkAssets(db, report);
            listUndecodablePhotos(db, report);
            listPhotosOnTheMap(db, report);
        } catch (const SQLite::Exception& error) {
            findings.integrityOk = false;
            report.sentences.push_back(std::string("The photos could not all be read (") + error.what() +
                                       ").");
        }
        try {
            checkGaps(db, report);
            describeContent(db, report);
        } catch (const SQLite::Exception& error) {
            report.sentences.push_back(std::string("Its sessions could not all be read (") + error.what() +
                                       ").");
        }
    } catch (const SQLite::Exception& error) {
        report.sentences.push_back(std::string("It cannot be read as an SQLite database (") + error.what() +
                                   ").");
    }
    return findings;
}

void repairFile(const std::filesystem::path& file, CheckReport& report) {
    std::filesystem::path rebuilt = file;
    rebuilt += ".repairing";
    SalvageResult salvage = salvageInto(file, rebuilt);
    report.sentences.insert(report.sentences.end(), salvage.sentences.begin(), salvage.sentences.end());
    if (!salvage.ok) {
        report.sentences.push_back("The repair failed; " + file.string() + " was left as it was.");
        return;
    }
    report.originalKeptAt = moveAside(file, "before-repair");
    std::filesystem::rename(rebuilt, file);
    report.repaired = true;
    report.sentences.push_back("Repaired: the readable content was copied into a new " + file.string() +
                               "; the original was kept as " + report.originalKeptAt->string() + ".");
}

} // namespace

CheckReport checkDatabase(const std::filesystem::path& file, bool repair) {
    CheckReport report;
    std::error_code error;
    report.found = std::filesystem::exists(file, error);
    if (!report.found) {
        report.sentences.push_back("There is no data file at " + file.string() + ".");
        return report;
    }
    report.sentences.push_back("Checking " + file.string() + ".");
    const Findings findings = inspect(file, report);
    const bool structureIntact = findings.integrityOk && findings.keysOk;
    report.intact = structureIntact && report.damagedPhotos.empty();
    if (!repair) {
        if (!structureIntact && findings.ours && !findings.newer) {
            report.sentences.push_back(
                "Run `atelier check --repair` (with the table stopped) to rebuild it.");
        }
        return report;
    }
    if (structureIntact && !report.damagedPhotos.empty()) {
        sayPhotosCannotBeRestored(report.damagedPhotos, report);
        report.sentences.push_back("The rest of the file needs no repair; it was left as it was.");
        return report;
    }
    if (report.intact) {
        report.sentences.push_back(report.gaps == 0
                                       ? "Nothing to repair."
                                       : "Nothing to repair: missing events cannot be brought back, "
                                         "and their sessions load without them.");
        return report;
    }
    if (!findings.readable || !findings.ours || findings.newer) {
        report.sentences.push_back("Atelier does not repair this file; it was left as it was.");
        return report;
    }
    repairFile(file, report);
    if (report.repaired) {
        CheckReport after = checkDatabase(file, false);
        report.intact = after.intact;
        report.gaps = after.gaps;
        report.liveSessions = after.liveSessions;
        report.damagedPhotos = after.damagedPhotos;
        report.sentences.push_back("After the repair:");
        report.sentences.insert(report.sentences.end(), after.sentences.begin() + 1, after.sentences.end());
        sayPhotosCannotBeRestored(after.damagedPhotos, report);
    }
    return report;
}

} // namespace atelier::store
