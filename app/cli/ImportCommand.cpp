// Checks photo files, stores the good ones once, and appends their photo.placed events to the live session.
#include "cli/ImportCommand.hpp"

#include <algorithm>
#include <iostream>
#include <spdlog/spdlog.h>
#include <system_error>

#include "core/Apply.hpp"
#include "platform/TableLock.hpp"
#include "render/ImageLoader.hpp"
#include "store/Database.hpp"
#include "store/EventAppender.hpp"
#include "table/PhotoGeoreference.hpp"
#include "table/PhotoImport.hpp"

namespace atelier::cli {
namespace {

/// The session to import into: the live one of the workshop asked for, else the newest live one.
std::optional<std::int64_t> liveSession(const store::Database& database,
                                        const std::optional<std::string>& workshop) {
    if (workshop) {
        return database.findLiveSession(*workshop);
    }
    for (const store::SessionSummary& summary : database.listSessions()) {
        if (summary.status == store::SessionStatus::Live) {
            return summary.id;
        }
    }
    return std::nullopt;
}

void refuse(const std::filesystem::path& file, const std::string& reason) {
    std::cerr << file.string() << ": not imported: it " << reason << '\n';
}

/// Lays the checked photos on the session's board in one write transaction: the board as the log holds
/// it, the blobs, then the events with the next seqs. Returns how many could not be placed.
std::size_t placePhotos(store::Database& database, std::int64_t session,
                        const std::vector<table::CheckedPhoto>& photos, core::Vec2 surfaceMm) {
    store::EventAppender appender(database, session);
    std::vector<std::pair<const table::CheckedPhoto*, core::ItemId>> placed;
    std::vector<std::pair<std::filesystem::path, core::ItemId>> there;
    std::vector<std::pair<std::filesystem::path, std::string>> onMap; // georeference notes
    std::size_t refused = 0;
    for (const table::CheckedPhoto& photo : photos) {
        if (const std::optional<core::ItemId> shown = table::photoShowing(appender.board(), photo.hash)) {
            there.emplace_back(photo.file, *shown); // the same picture, by SHA-256: not placed twice
            continue;
        }
        core::PhotoPlaced event;
        event.id = appender.board().nextId;
        event.assetHash = photo.hash;
        event.size = table::importedPhotoSize(photo.info, surfaceMm);
        event.pose.centre = table::placeAmong(surfaceMm, event.size, table::photoBoxes(appender.board()),
                                              table::cardBoxes(appender.board()));
        event.seat = 0;
        if (core::ApplyResult result = appender.append(appender.lastTMs(), event); !result) {
            refuse(photo.file, "could not be placed (" + result.reason + ").");
            ++refused;
            continue;
        }
        appender.putAsset(photo.bytes, table::photoMimeType(photo.info), photo.info.uprightWidth,
                          photo.info.uprightHeight);
        onMap.emplace_back(photo.file,
                           table::storeGeoreference(database, photo.hash, table::georeferenceFor(photo)));
        placed.emplace_back(&photo, event.id);
    }
    appender.commit();
    for (const auto& [photo, id] : placed) {
        std::cout << photo->file.string() << ": placed as photo " << id << " in session " << session;
        if (photo->converted) {
            std::cout << " (its " << photo->sourceFormat << " of " << photo->sourceWidth << " × "
                      << photo->sourceHeight << " pixels stored as a " << photo->info.uprightWidth << " × "
                      << photo->info.uprightHeight << " " << photo->info.format << ")";
        }
        std::cout << '\n';
    }
    for (const auto& [file, note] : onMap) {
        if (!note.empty()) {
            std::cout << file.string() << ": " << note << '\n';
        }
    }
    for (const auto& [file, id] : there) {
        std::cout << file.string() << ": already on the table as photo " << id << " in session " << session
                  << "; not placed again\n";
    }
    return refused;
}

} // namespace

int importCommand(const ImportRequest& request) {
    const std::filesystem::path file = request.dataDir / store::kDataFileName;
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        std::cerr << "atelier import: there is no data file in " << request.dataDir.string()
                  << ", so no live session to place photos on; start a table there first (atelier run --data "
                  << request.dataDir.string() << ").\n";
        return 2;
    }
    std::optional<platform::TableLock> lock;
    try {
        lock = platform::TableLock::tryTake(request.dataDir);
    } catch (const std::system_error& failure) {
        std::cerr << "atelier import: " << failure.what() << '\n';
        return 2;
    }
    if (!lock) {
        std::cerr << "atelier import: a table is running on " << request.dataDir.string()
                  << " and its event log numbers the session's events; nothing was imported. Quit the table "
                     "(the session stays live), import, then start it again.\n";
        return 2;
    }

    try {
        store::Database database = store::Database::open(request.dataDir);
        if (const auto& notice = database.notice()) {
            std::cerr << "atelier import: " << notice->sentence << '\n';
        }
        const std::optional<std::int64_t> session = liveSession(database, request.workshopId);
        if (!session) {
            std::cerr << "atelier import: there is no live session"
                      << (request.workshopId ? " of workshop '" + *request.workshopId + "'" : std::string())
                      << " in " << request.dataDir.string()
                      << " to place photos on (see `atelier sessions`); nothing was imported.\n";
            return 2;
        }

        // Every file is checked in full first: a header can look right on a file cut short.
        std::vector<table::CheckedPhoto> good;
        std::size_t refused = 0;
        for (const std::filesystem::path& photo : request.photos) {
            std::variant<table::CheckedPhoto, table::PhotoRefused> checked =
                table::checkPhoto(photo, request.settings);
            if (const table::PhotoRefused* problem = std::get_if<table::PhotoRefused>(&checked)) {
                refuse(photo, problem->reason);
                ++refused;
                continue;
            }
            good.push_back(std::move(std::get<table::CheckedPhoto>(checked)));
        }

        if (!good.empty()) {
            refused += placePhotos(database, *session, good, request.surfaceMm);
        }
        return refused == 0 ? 0 : 1;
    } catch (const std::exception& failure) {
        std::cerr << "atelier import: " << failure.what() << "; nothing was imported.\n";
        return 2;
    }
}

} // namespace atelier::cli
