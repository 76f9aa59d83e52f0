// Opens atelier.db (moving an unusable file aside) and answers workshop, session and asset requests.
#include "store/Database.hpp"

#include "core/Sha256.hpp"
#include "store/FileAside.hpp"
#include "store/FileInspection.hpp"
#include "store/Schema.hpp"
#include "store/StoreError.hpp"
#include "store/Timestamps.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>
#include <system_error>
#include <utility>

namespace atelier::store {
namespace {

template <typename Action>
auto guarded(const std::filesystem::path& file, StoreErrorKind kind, std::string_view what, Action&& action) {
    try {
        return action();
    } catch (const SQLite::Exception& error) {
        throw StoreError(kind, "Could not " + std::string(what) + " in " + file.string() + ": " +
                                   error.what() + ".");
    }
}

std::unique_ptr<SQLite::Database> openForWriting(const std::filesystem::path& file) {
    try {
        auto connection =
            std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 2000);
        connection->exec("PRAGMA page_size = 16384");
        const std::string mode = connection->execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal") {
            throw StoreError(StoreErrorKind::CannotOpen,
                             "The data file " + file.string() +
                                 " cannot use write-ahead logging (journal mode " + mode +
                                 "); is it on a network drive?");
        }
        configureConnection(*connection, ConnectionRole::Main);
        return connection;
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::CannotOpen, "The data file " + file.string() +
                                                         " cannot be opened for writing: " + error.what() +
                                                         ".");
    }
}

std::optional<SessionSummary> readSummary(SQLite::Statement& query) {
    if (!query.executeStep()) {
        return std::nullopt;
    }
    SessionSummary summary;
    summary.id = query.getColumn(0).getInt64();
    summary.workshopId = query.getColumn(1).getString();
    summary.workshopTitle = query.getColumn(2).getString();
    summary.startedAt = query.getColumn(3).getString();
    if (!query.getColumn(4).isNull()) {
        summary.endedAt = query.getColumn(4).getString();
    }
    summary.status = sessionStatusFromText(query.getColumn(5).getString()).value_or(SessionStatus::Archived);
    summary.eventCount = query.getColumn(6).getInt64();
    summary.durationMs = query.getColumn(7).getInt64();
    summary.lastPhase = query.getColumn(8).getString();
    return summary;
}

// The last seq is the event count because seq is contiguous from 1; the phase subquery uses the
// partial index events_phase_started, so listing stays fast on million-event sessions.
constexpr const char* kSummarySelect = R"sql(
SELECT s.id, s.workshop_id, COALESCE(w.title, ''), s.started_at, s.ended_at, s.status,
       COALESCE((SELECT max(e.seq) FROM events e WHERE e.session_id = s.id), 0),
       COALESCE((SELECT e.t_ms FROM events e WHERE e.session_id = s.id ORDER BY e.seq DESC LIMIT 1), 0),
       COALESCE((SELECT json_extract(e.payload, '$.name') FROM events e INDEXED BY events_phase_started
                 WHERE e.session_id = s.id AND e.type = 'phase.started' ORDER BY e.seq DESC LIMIT 1), '')
FROM sessions s LEFT JOIN workshops w ON w.id = s.workshop_id
)sql";

} // namespace

Database Database::open(const std::filesystem::path& dataDir) {
    return openFile(dataDir / std::string(kDataFileName));
}

Database Database::openFile(const std::filesystem::path& file) {
    std::error_code error;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), error);
        if (error) {
            throw StoreError(StoreErrorKind::CannotOpen, "The data directory " + file.parent_path().string() +
                                                             " cannot be created: " + error.message() + ".");
        }
    }
    std::optional<OpenNotice> notice;
    const FileInspection inspection = inspectDataFile(file);
    if (inspection.verdict != FileVerdict::Usable) {
        OpenNotice moved;
        moved.reason =
            inspection.verdict == FileVerdict::Damaged ? UnusableFile::Damaged : UnusableFile::Foreign;
        moved.movedTo = moveAside(file, "corrupt");
        moved.sentence = "The data file " + file.string() + " could not be used: " + inspection.why +
                         ". It was moved to " + moved.movedTo.string() +
                         " and a new, empty data file was created.";
        spdlog::warn("{}", moved.sentence);
        notice = std::move(moved);
    }
    auto connection = openForWriting(file);
    migrate(*connection, migrations());
    return Database(file, std::move(connection), std::move(notice));
}

Database::Database(std::filesystem::path file, std::unique_ptr<SQLite::Database> connection,
                   std::optional<OpenNotice> notice)
    : m_file(std::move(file)), m_connection(std::move(connection)), m_notice(std::move(notice)) {}

Database::Database(Database&& other) noexcept = default;
Database& Database::operator=(Database&& other) noexcept = default;
Database::~Database() = default;

void Database::ensureWorkshop(const Workshop& workshop) {
    guarded(m_file, StoreErrorKind::WriteFailed, "save workshop '" + workshop.id + "'", [&] {
        SQLite::Statement upsert(*m_connection, R"sql(
            INSERT INTO workshops(id, title, site, created_at, config) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, site = excluded.site, config = excluded.config)sql");
        upsert.bind(1, workshop.id);
        upsert.bind(2, workshop.title);
        upsert.bind(3, workshop.site);
        upsert.bind(4, nowIso8601());
        upsert.bind(5, workshop.configJson);
        upsert.exec();
    });
}

std::optional<Workshop> Database::findWorkshop(std::string_view workshopId) const {
    return guarded(m_file, StoreErrorKind::ReadFailed, "read a workshop", [&]() -> std::optional<Workshop> {
        SQLite::Statement query(*m_connection,
                                "SELECT id, title, site, config, created_at FROM workshops WHERE id = ?");
        query.bind(1, std::string(workshopId));
        if (!query.executeStep()) {
            return std::nullopt;
        }
        return Workshop{query.getColumn(0).getString(), query.getColumn(1).getString(),
                        query.getColumn(2).getString(), query.getColumn(3).getString(),
                        query.getColumn(4).getString()};
    });
}

std::int64_t Database::createSession(std::string_view workshopId) {
    if (!findWorkshop(workshopId)) {
        throw StoreError(StoreErrorKind::NotFound, "There is no workshop '" + std::string(workshopId) +
                                                       "' in " + m_file.string() + " to start a session of.");
    }
    return guarded(m_file, StoreErrorKind::WriteFailed, "start a session", [&] {
        SQLite::Statement insert(
            *m_connection, "INSERT INTO sessions(workshop_id, started_at, status) VALUES (?, ?, 'live')");
        insert.bind(1, std::string(workshopId));
        insert.bind(2, nowIso8601());
        insert.exec();
        return m_connection->getLastInsertRowid();
    });
}

std::optional<std::int64_t> Database::findLiveSession(std::string_view workshopId) const {
    return guarded(
        m_file, StoreErrorKind::ReadFailed, "look for a live session", [&]() -> std::optional<std::int64_t> {
            SQLite::Statement query(*m_connection, "SELECT id FROM sessions WHERE workshop_id = ? AND "
                                                   "status = 'live' ORDER BY id DESC LIMIT 1");
            query.bind(1, std::string(workshopId));
            if (!query.executeStep()) {
                return std::nullopt;
            }
            return query.getColumn(0).getInt64();
        });
}

void Database::endSession(std::int64_t sessionId) {
    if (!findSession(sessionId)) {
        throw StoreError(StoreErrorKind::NotFound,
                         "There is no session " + std::to_string(sessionId) + " in " + m_file.string() + ".");
    }
    guarded(m_file, StoreErrorKind::WriteFailed, "end session " + std::to_string(sessionId), [&] {
        SQLite::Statement update(
            *m_connection,
            "UPDATE sessions SET status = 'ended', ended_at = ? WHERE id = ? AND status = 'live'");
        update.bind(1, nowIso8601());
        update.bind(2, sessionId);
        update.exec();
    });
}

void Database::archiveSession(std::int64_t sessionId) {
    endSession(sessionId);
    guarded(m_file, StoreErrorKind::WriteFailed, "archive session " + std::to_string(sessionId), [&] {
        SQLite::Statement update(*m_connection,
                                 "UPDATE sessions SET status = 'archived' WHERE id = ? AND status = 'ended'");
        update.bind(1, sessionId);
        update.exec();
    });
}

std::vector<SessionSummary> Database::listSessions() const {
    return guarded(m_file, StoreErrorKind::ReadFailed, "list the sessions", [&] {
        SQLite::Statement query(*m_connection, std::string(kSummarySelect) + " ORDER BY s.id DESC");
        std::vector<SessionSummary> sessions;
        while (auto summary = readSummary(query)) {
            sessions.push_back(std::move(*summary));
        }
        return sessions;
    });
}

std::optional<SessionSummary> Database::findSession(std::int64_t sessionId) const {
    return guarded(m_file, StoreErrorKind::ReadFailed, "read session " + std::to_string(sessionId), [&] {
        SQLite::Statement query(*m_connection, std::string(kSummarySelect) + " WHERE s.id = ?");
        query.bind(1, sessionId);
        return readSummary(query);
    });
}

std::string Database::putAsset(std::span<const std::uint8_t> bytes, std::string_view mime, int width,
                               int height) {
    const std::string hash = core::sha256Hex(bytes);
    guarded(m_file, StoreErrorKind::WriteFailed, "store a photo", [&] {
        SQLite::Statement insert(
            *m_connection,
            "INSERT OR IGNORE INTO assets(hash, mime, width, height, bytes) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, hash);
        insert.bind(2, std::string(mime));
        insert.bind(3, width);
        insert.bind(4, height);
        static constexpr std::uint8_t kNoBytes = 0;
        insert.bindNoCopy(5, bytes.empty() ? &kNoBytes : bytes.data(), static_cast<int>(bytes.size()));
        insert.exec();
    });
    return hash;
}

std::optional<Asset> Database::getAsset(std::string_view hash) const {
    return guarded(m_file, StoreErrorKind::ReadFailed, "read a photo", [&]() -> std::optional<Asset> {
        SQLite::Statement query(*m_connection,
                                "SELECT mime, width, height, bytes FROM assets WHERE hash = ?");
        query.bind(1, std::string(hash));
        if (!query.executeStep()) {
            return std::nullopt;
        }
        Asset asset;
        asset.hash = std::string(hash);
        asset.mime = query.getColumn(0).getString();
        asset.width = query.getColumn(1).getInt();
        asset.height = query.getColumn(2).getInt();
        const SQLite::Column blob = query.getColumn(3);
        const auto* data = static_cast<const std::uint8_t*>(blob.getBlob());
        asset.bytes.assign(data, data + blob.getBytes());
        return asset;
    });
}

bool Database::hasAsset(std::string_view hash) const {
    return guarded(m_file, StoreErrorKind::ReadFailed, "look for a photo", [&] {
        SQLite::Statement query(*m_connection, "SELECT 1 FROM assets WHERE hash = ?");
        query.bind(1, std::string(hash));
        return query.executeStep();
    });
}

} // namespace atelier::store
