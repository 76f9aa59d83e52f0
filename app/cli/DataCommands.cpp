// Implements `atelier sessions` and `atelier check` on top of app/store.
#include "cli/DataCommands.hpp"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/Utf8.hpp"
#include "platform/TableLock.hpp"
#include "store/Database.hpp"
#include "store/DatabaseCheck.hpp"
#include "store/StoreError.hpp"

namespace atelier::cli {
namespace {

std::string duration(std::int64_t ms) {
    const std::int64_t seconds = ms / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                  static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
    return text;
}

/// `text` followed by spaces up to `width` characters (not bytes: "Scénarios d’usage" is 17 wide).
std::string padded(const std::string& text, std::size_t width) {
    const std::size_t shown = core::utf8CodePoints(text);
    return text + std::string(shown < width ? width - shown : 0, ' ');
}

} // namespace

int listSessionsCommand(const std::filesystem::path& dataDir, bool json) {
    const std::filesystem::path file = dataDir / store::kDataFileName;
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        if (!json) {
            std::cout << "No sessions yet: " << file.string() << " does not exist.\n";
        }
        return 0;
    }
    try {
        store::Database database = store::Database::open(dataDir);
        if (const auto& notice = database.notice()) {
            std::cerr << notice->sentence << '\n';
        }
        const auto sessions = database.listSessions();
        if (json) {
            for (const store::SessionSummary& session : sessions) {
                nlohmann::json line = {
                    {"id", session.id},
                    {"workshop", session.workshopId},
                    {"title", session.workshopTitle},
                    {"started_at", session.startedAt},
                    {"ended_at", session.endedAt ? nlohmann::json(*session.endedAt) : nlohmann::json()},
                    {"status", std::string(store::toText(session.status))},
                    {"events", session.eventCount},
                    {"phase", session.lastPhase},
                    {"duration_ms", session.durationMs}};
                std::cout << line.dump() << '\n';
            }
            return 0;
        }
        if (sessions.empty()) {
            std::cout << "No sessions yet in " << file.string() << ".\n";
            return 0;
        }
        std::printf("%6s  %-8s  %-24s  %8s  %8s  %s  %s\n", "id", "status", "started (UTC)", "length",
                    "events", padded("phase", 20).c_str(), "workshop");
        for (const store::SessionSummary& session : sessions) {
            std::printf("%6lld  %-8s  %-24s  %8s  %8lld  %s  %s\n", static_cast<long long>(session.id),
                        std::string(store::toText(session.status)).c_str(), session.startedAt.c_str(),
                        duration(session.durationMs).c_str(), static_cast<long long>(session.eventCount),
                        padded(session.lastPhase, 20).c_str(), session.workshopTitle.c_str());
        }
        return 0;
    } catch (const std::exception& failure) {
        std::cerr << "atelier: cannot list the sessions: " << failure.what() << '\n';
        return 1;
    }
}

int checkCommand(const std::filesystem::path& dataDir, bool repair) {
    // A repair rewrites the file under a running table's writer: it takes the table's lock first.
    std::optional<platform::TableLock> lock;
    std::error_code missing;
    if (repair && std::filesystem::is_directory(dataDir, missing)) {
        bool lockable = true;
        try {
            lock = platform::TableLock::tryTake(dataDir);
        } catch (const std::system_error& error) {
            lockable = false; // a read-only dir: the repair itself says what it cannot do
            std::cerr << "atelier check: cannot take the table lock (" << error.what() << ").\n";
        }
        if (!lock && lockable) {
            std::cerr << "atelier check: " << platform::TableLock::describeHolder(dataDir)
                      << " is running on " << dataDir.string()
                      << "; nothing was repaired. Quit that table first, then run `atelier check --repair` "
                         "again.\n";
            return 1;
        }
    }
    const store::CheckReport report = store::checkDatabase(dataDir / store::kDataFileName, repair);
    for (const std::string& sentence : report.sentences) {
        std::cout << sentence << '\n';
    }
    if (!report.found) {
        return 1;
    }
    return report.intact || report.repaired ? 0 : 1;
}

} // namespace atelier::cli
