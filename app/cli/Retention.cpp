// Retention and stale sessions on top of app/store: which sessions go, said in one sentence each.
#include "cli/Retention.hpp"

#include <chrono>
#include <iostream>
#include <optional>
#include <spdlog/spdlog.h>
#include <system_error>

#include "platform/TableLock.hpp"
#include "store/Database.hpp"
#include "store/SessionPurge.hpp"
#include "store/SessionSummary.hpp"
#include "store/SnapshotThinning.hpp"
#include "store/Timestamps.hpp"

namespace atelier::cli {
namespace {

std::int64_t nowUnixS() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// One sentence about a purge.
std::string purgeSentence(const store::PurgeReport& report, int days, const std::filesystem::path& file) {
    if (report.sessions.empty()) {
        return "No session of " + file.string() + " ended more than " + std::to_string(days) +
               " days ago; nothing was purged.";
    }
    const std::int64_t freed = std::max<std::int64_t>(0, report.bytesBefore - report.bytesAfter);
    return "Purged " + std::to_string(report.sessions.size()) + " sessions that ended more than " +
           std::to_string(days) + " days ago (sessions " + std::to_string(report.sessions.front()) + " to " +
           std::to_string(report.sessions.back()) + ": " + std::to_string(report.events) + " events, " +
           std::to_string(report.snapshots) + " snapshots, " + std::to_string(report.photos) +
           " photos no other session uses); " + std::to_string(freed / 1024) + " KiB given back to the disk.";
}

/// One sentence about thinning, or nothing when no session was thinned.
std::optional<std::string> thinSentence(const store::ThinReport& report) {
    if (report.sessions == 0) {
        return std::nullopt;
    }
    return "Thinned the snapshots of " + std::to_string(report.sessions) + " ended sessions (" +
           std::to_string(report.snapshotsBefore) + " → " + std::to_string(report.snapshotsAfter) +
           " snapshots, stored compact); their events are all kept.";
}

/// Archives the workshop's live session (every workshop's when `workshopId` is empty) when nothing happened
/// in it for longer than `maxIdleS`. The last activity is taken as its start plus its last event's time,
/// never later than the real one: an outage in the middle of a session makes it look older, which errs on the
/// side of the next visitors' privacy.
void archiveStaleSession(store::Database& db, const std::string& workshopId, int maxIdleS) {
    for (const store::SessionSummary& session : db.listSessions()) {
        if ((!workshopId.empty() && session.workshopId != workshopId) ||
            session.status != store::SessionStatus::Live) {
            continue;
        }
        const std::optional<std::int64_t> started = store::parseUtcSeconds(session.startedAt);
        if (!started) {
            continue;
        }
        const std::int64_t idleS = nowUnixS() - (*started + session.durationMs / 1000);
        if (idleS > maxIdleS) {
            db.archiveSession(session.id);
            spdlog::warn(
                "session {} was left live {} min ago, longer than [kiosk] resume_max_idle_s ({} s): it is "
                "archived instead of resumed, so new visitors start on a fresh table",
                session.id, idleS / 60, maxIdleS);
        }
    }
}

} // namespace

int purgeCommand(const std::filesystem::path& dataDir, int days) {
    const std::filesystem::path file = dataDir / store::kDataFileName;
    std::error_code missing;
    if (!std::filesystem::exists(file, missing)) {
        std::cerr << "atelier purge: there is no data file in " << dataDir.string()
                  << "; nothing to purge.\n";
        return 1;
    }
    std::optional<platform::TableLock> lock;
    try {
        lock = platform::TableLock::tryTake(dataDir);
    } catch (const std::system_error& error) {
        std::cerr << "atelier purge: " << error.what() << '\n';
        return 1;
    }
    if (!lock) {
        std::cerr << "atelier purge: " << platform::TableLock::describeHolder(dataDir) << " is running on "
                  << dataDir.string() << "; nothing was purged. Quit that table first.\n";
        return 1;
    }
    try {
        store::Database db = store::Database::open(dataDir);
        // Thinned first: the purge's VACUUM then gives back the space of both.
        if (const auto thinned = thinSentence(store::thinEndedSessions(db))) {
            std::cout << *thinned << '\n';
        }
        const store::PurgeReport report =
            store::purgeSessionsEndedBefore(db, nowUnixS() - static_cast<std::int64_t>(days) * 86400);
        std::cout << purgeSentence(report, days, file) << '\n';
    } catch (const std::exception& error) {
        std::cerr << "atelier purge: " << error.what() << '\n';
        return 1;
    }
    return 0;
}

void applyRetentionAtStart(const Config& config, const std::string& workshopId,
                           const std::string& sessionChoice, const std::filesystem::path& dataDir) {
    const bool archiveStale = config.kioskEnabled && sessionChoice == "resume";
    if (config.keepSessionsDays <= 0 && !archiveStale) {
        return;
    }
    try {
        store::Database db = store::Database::open(dataDir);
        if (config.keepSessionsDays > 0) {
            if (const auto thinned = thinSentence(store::thinEndedSessions(db))) {
                spdlog::info("{}", *thinned);
            }
            const store::PurgeReport report = store::purgeSessionsEndedBefore(
                db, nowUnixS() - static_cast<std::int64_t>(config.keepSessionsDays) * 86400);
            if (!report.sessions.empty()) {
                spdlog::info("{}", purgeSentence(report, config.keepSessionsDays, db.path()));
            }
        }
        if (archiveStale) {
            archiveStaleSession(db, workshopId, config.resumeMaxIdleS);
        }
    } catch (const std::exception& error) {
        spdlog::warn("old sessions could not be purged or archived at start: {}", error.what());
    }
}

} // namespace atelier::cli
