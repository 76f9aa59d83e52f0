// Checks photo files, stores the good ones once, and appends their photo.placed events to the live session.
#include "platform/ImportCommand.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <spdlog/spdlog.h>
#include <system_error>

#include "core/Apply.hpp"
#include "core/EventCodec.hpp"
#include "core/Sha256.hpp"
#include "platform/TableLock.hpp"
#include "render/ImageLoader.hpp"
#include "store/Database.hpp"
#include "store/SessionLoader.hpp"

namespace atelier::platform {
namespace {

/// The longer side of an imported photo on the table: large enough to sketch on, four fit a 55-inch table.
constexpr double kImportLongSideMm = 300.0;
/// Photos keep this far from the table's edges, where the seats' docks are.
constexpr double kEdgeMarginMm = 70.0;
/// The spacing of the spots tried.
constexpr double kGridStepMm = 20.0;

struct CheckedPhoto {
    std::filesystem::path file;
    std::vector<std::uint8_t> bytes;
    render::ImageInfo info;
};

/// The file's bytes, or why they cannot be read.
std::optional<std::string> readFile(const std::filesystem::path& file, std::vector<std::uint8_t>& bytes) {
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        return "does not exist.";
    }
    if (std::filesystem::is_directory(file, error)) {
        return "is a folder, not a photo file.";
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return "cannot be opened (" + std::generic_category().message(errno) + ").";
    }
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        return "cannot be read to the end.";
    }
    return std::nullopt;
}

/// The photo's size on the table: its longer side kImportLongSideMm (less on a small table), upright aspect.
core::Size tableSize(const render::ImageInfo& info, core::Vec2 surfaceMm) {
    const double longSide =
        std::min(kImportLongSideMm, std::min(surfaceMm.x, surfaceMm.y) - 2 * kEdgeMarginMm);
    const double w = std::max(1, info.uprightWidth);
    const double h = std::max(1, info.uprightHeight);
    const double side = std::max(longSide, 40.0);
    return w >= h ? core::Size{side, side * h / w} : core::Size{side * w / h, side};
}

/// The axis-aligned box around a photo as it lies (turned and scaled).
std::pair<core::Vec2, core::Size> boxOf(const core::Photo& photo) {
    const double c = std::abs(std::cos(photo.pose.rotation));
    const double s = std::abs(std::sin(photo.pose.rotation));
    const double w = photo.size.width * photo.pose.scale;
    const double h = photo.size.height * photo.pose.scale;
    return {photo.pose.centre, core::Size{w * c + h * s, w * s + h * c}};
}

double overlap(core::Vec2 a, core::Size as, core::Vec2 b, core::Size bs) {
    const double x =
        std::min(a.x + as.width / 2, b.x + bs.width / 2) - std::max(a.x - as.width / 2, b.x - bs.width / 2);
    const double y = std::min(a.y + as.height / 2, b.y + bs.height / 2) -
                     std::max(a.y - as.height / 2, b.y - bs.height / 2);
    return x > 0 && y > 0 ? x * y : 0.0;
}

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

core::Vec2 placeAmong(core::Vec2 surfaceMm, core::Size size,
                      const std::vector<std::pair<core::Vec2, core::Size>>& taken) {
    const core::Vec2 middle{surfaceMm.x / 2, surfaceMm.y / 2};
    const double x0 = kEdgeMarginMm + size.width / 2;
    const double x1 = surfaceMm.x - kEdgeMarginMm - size.width / 2;
    const double y0 = kEdgeMarginMm + size.height / 2;
    const double y1 = surfaceMm.y - kEdgeMarginMm - size.height / 2;
    if (x1 < x0 || y1 < y0) {
        return middle;
    }
    core::Vec2 best = middle;
    double bestOverlap = std::numeric_limits<double>::infinity();
    double bestDistance = std::numeric_limits<double>::infinity();
    // The grid is laid out from the middle outwards so that a free table gets the photo in its middle.
    const int nx = static_cast<int>((x1 - x0) / 2 / kGridStepMm);
    const int ny = static_cast<int>((y1 - y0) / 2 / kGridStepMm);
    for (int iy = -ny; iy <= ny; ++iy) {
        for (int ix = -nx; ix <= nx; ++ix) {
            const core::Vec2 spot{middle.x + ix * kGridStepMm, middle.y + iy * kGridStepMm};
            double covered = 0;
            for (const auto& [centre, box] : taken) {
                covered += overlap(spot, size, centre, box);
            }
            const double distance = std::hypot(spot.x - middle.x, spot.y - middle.y);
            // Overlaps smaller than a square centimetre count as none (rounding on the grid).
            if (covered + 100 < bestOverlap ||
                (std::abs(covered - bestOverlap) <= 100 && distance < bestDistance)) {
                best = spot;
                bestOverlap = covered;
                bestDistance = distance;
            }
        }
    }
    return best;
}

int importCommand(const ImportRequest& request) {
    const std::filesystem::path file = request.dataDir / store::kDataFileName;
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        std::cerr << "atelier import: there is no data file in " << request.dataDir.string()
                  << ", so no live session to place photos on; start a table there first (atelier run --data "
                  << request.dataDir.string() << ").\n";
        return 2;
    }
    std::optional<TableLock> lock;
    try {
        lock = TableLock::tryTake(request.dataDir);
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
        std::vector<CheckedPhoto> good;
        std::size_t refused = 0;
        for (const std::filesystem::path& photo : request.photos) {
            CheckedPhoto checked{photo, {}, {}};
            if (std::optional<std::string> problem = readFile(photo, checked.bytes)) {
                refuse(photo, *problem);
                ++refused;
                continue;
            }
            auto inspected = render::inspectImage(checked.bytes, render::ImageLimits{});
            if (auto* problem = std::get_if<render::ImageProblem>(&inspected)) {
                refuse(photo, problem->reason);
                ++refused;
                continue;
            }
            auto decoded = render::decodeImage(checked.bytes, render::ImageLimits{});
            if (auto* problem = std::get_if<render::ImageProblem>(&decoded)) {
                refuse(photo, problem->reason);
                ++refused;
                continue;
            }
            checked.info = std::get<render::ImageInfo>(inspected);
            good.push_back(std::move(checked));
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

            std::vector<std::pair<core::Vec2, core::Size>> taken;
            for (const auto& [id, photo] : loaded.board.photos) {
                if (!photo.deleted) {
                    taken.push_back(boxOf(photo));
                }
            }
            std::vector<std::pair<std::filesystem::path, core::ItemId>> placed;
            for (const CheckedPhoto& photo : good) {
                core::PhotoPlaced event;
                event.id = loaded.board.nextId;
                event.assetHash = core::sha256Hex(photo.bytes);
                event.size = tableSize(photo.info, request.surfaceMm);
                event.pose.centre = placeAmong(request.surfaceMm, event.size, taken);
                event.seat = 0;
                const core::Event asEvent = event;
                if (core::ApplyResult result = core::apply(loaded.board, asEvent); !result) {
                    refuse(photo.file, "could not be placed (" + result.reason + ").");
                    ++refused;
                    continue;
                }
                database.putAsset(photo.bytes, photo.info.format == "PNG" ? "image/png" : "image/jpeg",
                                  photo.info.uprightWidth, photo.info.uprightHeight);
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

} // namespace atelier::platform
