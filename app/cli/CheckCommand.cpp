// `atelier check [--repair] [--compact]`: the data file's integrity, said plainly, and its compaction.
#include "cli/CheckCommand.hpp"

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>

#include "platform/TableLock.hpp"
#include "store/Database.hpp"
#include "store/DatabaseCheck.hpp"
#include "store/SnapshotThinning.hpp"

namespace atelier::cli {
namespace {

std::string megabytes(std::int64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

/// Thins ended sessions' snapshots and VACUUMs; one sentence on stdout, 0 when done.
int compact(const std::filesystem::path& dataDir) {
    try {
        store::Database db = store::Database::open(dataDir);
        const store::ThinReport report = store::compactDataFile(db);
        if (report.sessions == 0) {
            std::cout << "No ended session had snapshots to thin; " << db.path().string() << " went from "
                      << megabytes(report.bytesBefore) << " to " << megabytes(report.bytesAfter) << ".\n";
        } else {
            std::cout << "The snapshots of " << report.sessions << " ended sessions were thinned ("
                      << report.snapshotsBefore << " → " << report.snapshotsAfter << ", one every "
                      << store::kThinnedSnapshotGap << " events at most, stored compact); "
                      << db.path().string() << " went from " << megabytes(report.bytesBefore) << " to "
                      << megabytes(report.bytesAfter) << ".\n";
        }
        if (report.unreadable > 0) {
            std::cout
                << report.unreadable
                << " snapshots could not be read and were dropped; their sessions load from their events.\n";
        }
    } catch (const std::exception& error) {
        std::cerr << "atelier check: the file was not compacted: " << error.what() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int checkCommand(const std::filesystem::path& dataDir, bool repair, bool compactToo) {
    // A repair or a compaction rewrites the file under a running table's writer: it takes the table's lock.
    std::optional<platform::TableLock> lock;
    std::error_code missing;
    if ((repair || compactToo) && std::filesystem::is_directory(dataDir, missing)) {
        bool lockable = true;
        try {
            lock = platform::TableLock::tryTake(dataDir);
        } catch (const std::system_error& error) {
            lockable = false; // a read-only dir: the repair itself says what it cannot do
            std::cerr << "atelier check: cannot take the table lock (" << error.what() << ").\n";
        }
        if (!lock && lockable) {
            std::cerr << "atelier check: " << platform::TableLock::describeHolder(dataDir)
                      << " is running on " << dataDir.string() << "; nothing was "
                      << (repair ? "repaired" : "compacted")
                      << ". Quit that table first, then run `atelier check "
                      << (repair ? "--repair" : "--compact") << "` again.\n";
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
    if (!(report.intact || report.repaired)) {
        if (compactToo) {
            std::cout << "The file was not compacted: it is not sound (repair it first with `atelier check "
                         "--repair`).\n";
        }
        return 1;
    }
    return compactToo ? compact(dataDir) : 0;
}

} // namespace atelier::cli
