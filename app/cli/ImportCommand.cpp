// Checks photo files, stores the good ones once, and appends their photo.placed events to the live session.
#include "cli/ImportCommand.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <iostream>
#include <spdlog/spdlog.h>
#include <system_error>

#include "core/Apply.hpp"
#include "core/EventCodec.hpp"
#include "core/Sha256.hpp"
#include "platform/TableLock.hpp"
#include "render/ImageLoader.hpp"
#include "store/Database.hpp"
#include "store/SessionLoader.hpp"
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
            std::variant<table::CheckedPhoto, std::string> checked = table::checkPhoto(photo);
            if (const std::string* problem = std::get_if<std::string>(&checked)) {
                refuse(photo, *problem);
                ++refused;
                continue;
            }
            good.push_back(std::move(std::get<table::CheckedPhoto>(checked)));
        }

        if (!good.empty()) {
            // One short write transaction: the board as the log holds it, the blobs, then the events with
            // the next seqs. IMMEDIATE takes the write lock first, so the seqs read are the ones written
            // after.
            SQLite::Database& connection = database.connection();
            SQLite::Transaction transaction(connection, SQLite::TransactionBehavior::IMMEDIATE);
            store::LoadedSession loaded = store::loadSession(database, *session);
            SQLite::Statement last(connection,
                                   "SELECT COALESCE(max(seq), 0) FROM events WHERE session_id = ?");
            last.bind(1, *session);
            last.executeStep();
            std::int64_t seq = last.getColumn(0).getInt64();
            SQLite::Statement insert(
                connection,
                "INSERT INTO events(session_id, seq, t_ms, seat, type, payload) VALUES (?, ?, ?, ?, ?, ?)");

            std::vector<std::pair<core::Vec2, core::Size>> taken = table::photoBoxes(loaded.board);
            std::vector<std::pair<std::filesystem::path, core::ItemId>> placed;
            for (const table::CheckedPhoto& photo : good) {
                core::PhotoPlaced event;
                event.id = loaded.board.nextId;
                event.assetHash = core::sha256Hex(photo.bytes);
                event.size = table::importedPhotoSize(photo.info, request.surfaceMm);
                event.pose.centre = table::placeAmong(request.surfaceMm, event.size, taken);
                event.seat = 0;
                const core::Event asEvent = event;
                if (core::ApplyResult result = core::apply(loaded.board, asEvent); !result) {
                    refuse(photo.file, "could not be placed (" + result.reason + ").");
                    ++refused;
                    continue;
                }
                database.putAsset(photo.bytes, table::photoMimeType(photo.info), photo.info.uprightWidth,
                                  photo.info.uprightHeight);
                taken.emplace_back(event.pose.centre, event.size);
                insert.bind(1, *session);
                insert.bind(2, ++seq);
                insert.bind(3, loaded.lastTMs);
                insert.bind(4, core::eventSeat(asEvent));
                insert.bind(5, std::string(core::eventType(asEvent)));
                insert.bind(6, core::encodePayload(asEvent));
                insert.exec();
                insert.reset();
                placed.emplace_back(photo.file, event.id);
            }
            transaction.commit();
            for (const auto& [photo, id] : placed) {
                std::cout << photo.string() << ": placed as photo " << id << " in session " << *session
                          << '\n';
            }
        }
        return refused == 0 ? 0 : 1;
    } catch (const std::exception& failure) {
        std::cerr << "atelier import: " << failure.what() << "; nothing was imported.\n";
        return 2;
    }
}

} // namespace atelier::cli
