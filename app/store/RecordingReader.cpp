// The read-only queries of replay and the exports: a session's rows, its event index, snapshots, photos.
#include "store/RecordingReader.hpp"

#include "store/Schema.hpp"
#include "store/SnapshotBoards.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <map>
#include <spdlog/spdlog.h>
#include <system_error>

namespace atelier::store {
namespace {

std::string_view textOf(const SQLite::Column& column) {
    return {column.getText(), static_cast<std::size_t>(column.getBytes())};
}

StoredEventView eventRow(const SQLite::Statement& row) {
    return StoredEventView{row.getColumn(0).getInt64(), row.getColumn(1).getInt64(),
                           row.getColumn(2).getInt(), textOf(row.getColumn(3)), textOf(row.getColumn(4))};
}

StoreError sessionUnreadable(const std::filesystem::path& file, std::int64_t sessionId,
                             const SQLite::Exception& failure) {
    return StoreError(StoreErrorKind::ReadFailed, "Session " + std::to_string(sessionId) +
                                                      " cannot be read from " + file.string() + ": " +
                                                      failure.what() + ".");
}

RecordedSession readSession(SQLite::Database& db, const std::filesystem::path& file, std::int64_t sessionId) {
    SQLite::Statement query(db,
                            "SELECT s.workshop_id, w.title, w.site, w.config, w.created_at, s.started_at, "
                            "coalesce(s.ended_at, ''), s.status FROM sessions s "
                            "JOIN workshops w ON w.id = s.workshop_id WHERE s.id = ?");
    query.bind(1, sessionId);
    if (!query.executeStep()) {
        throw StoreError(StoreErrorKind::NotFound,
                         "There is no session " + std::to_string(sessionId) + " in " + file.string() + ".");
    }
    RecordedSession session;
    session.id = sessionId;
    session.workshop = Workshop{query.getColumn(0).getString(), query.getColumn(1).getString(),
                                query.getColumn(2).getString(), query.getColumn(3).getString(),
                                query.getColumn(4).getString()};
    session.startedAt = query.getColumn(5).getString();
    session.endedAt = query.getColumn(6).getString();
    session.status = query.getColumn(7).getString();
    return session;
}

} // namespace

RecordingReader::RecordingReader(const std::filesystem::path& dataFile, std::int64_t sessionId)
    : m_file(dataFile) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(dataFile, error)) {
        throw StoreError(StoreErrorKind::NotFound,
                         "There is no Atelier data file at " + dataFile.string() + " to replay from.");
    }
    try {
        m_db = std::make_unique<SQLite::Database>(dataFile.string(), SQLite::OPEN_READONLY);
        m_db->setBusyTimeout(5000);
        if (m_db->execAndGet("PRAGMA application_id").getInt() != kApplicationId) {
            throw StoreError(StoreErrorKind::CannotOpen,
                             dataFile.string() + " is not an Atelier data file: it cannot be replayed.");
        }
        if (schemaVersionOf(*m_db) > currentSchemaVersion()) {
            throw StoreError(StoreErrorKind::NewerVersion,
                             dataFile.string() +
                                 " was written by a newer version of Atelier: update Atelier to replay it.");
        }
        m_session = readSession(*m_db, dataFile, sessionId);
        m_events = std::make_unique<SQLite::Statement>(
            *m_db, "SELECT seq, t_ms, seat, type, payload FROM events WHERE session_id = ? AND seq > ? AND "
                   "seq <= ? ORDER BY seq");
        m_snapshots = std::make_unique<SnapshotBoards>(*m_db);
    } catch (const SQLite::Exception& failure) {
        throw sessionUnreadable(dataFile, sessionId, failure);
    }
}

RecordingReader::RecordingReader(RecordingReader&&) noexcept = default;
RecordingReader& RecordingReader::operator=(RecordingReader&&) noexcept = default;
RecordingReader::~RecordingReader() = default;

void RecordingReader::forEachEventTime(const std::function<void(std::int64_t seq, std::int64_t tMs)>& visit) {
    try {
        SQLite::Statement times(*m_db, "SELECT seq, t_ms FROM events WHERE session_id = ? ORDER BY seq");
        times.bind(1, m_session.id);
        while (times.executeStep()) {
            visit(times.getColumn(0).getInt64(), times.getColumn(1).getInt64());
        }
    } catch (const SQLite::Exception& failure) {
        throw sessionUnreadable(m_file, m_session.id, failure);
    }
}

void RecordingReader::forEachEvent(std::int64_t fromSeq, std::int64_t toSeq,
                                   const std::function<void(const StoredEventView&)>& visit) {
    try {
        m_events->tryReset();
        m_events->bind(1, m_session.id);
        m_events->bind(2, fromSeq);
        m_events->bind(3, toSeq);
        while (m_events->executeStep()) {
            visit(eventRow(*m_events));
        }
    } catch (const SQLite::Exception& failure) {
        throw StoreError(StoreErrorKind::ReadFailed, "The events of session " + std::to_string(m_session.id) +
                                                         " cannot be read from " + m_file.string() + ": " +
                                                         failure.what() + ".");
    }
}

void RecordingReader::forEachPhaseEvent(const std::function<void(const StoredEventView&)>& visit) {
    try {
        SQLite::Statement query(*m_db, "SELECT seq, t_ms, seat, type, payload FROM events "
                                       "WHERE session_id = ? AND type IN ('phase.started', 'session.paused', "
                                       "'session.resumed') ORDER BY seq");
        query.bind(1, m_session.id);
        while (query.executeStep()) {
            visit(eventRow(query));
        }
    } catch (const SQLite::Exception& failure) {
        throw sessionUnreadable(m_file, m_session.id, failure);
    }
}

std::vector<std::int64_t> RecordingReader::snapshotSeqs() {
    std::vector<std::int64_t> seqs;
    try {
        SQLite::Statement query(*m_db, "SELECT seq FROM snapshots WHERE session_id = ? ORDER BY seq");
        query.bind(1, m_session.id);
        while (query.executeStep()) {
            seqs.push_back(query.getColumn(0).getInt64());
        }
    } catch (const SQLite::Exception& failure) {
        throw sessionUnreadable(m_file, m_session.id, failure);
    }
    return seqs;
}

std::optional<core::Board> RecordingReader::snapshotBoard(std::int64_t seq, std::string& error) {
    try {
        return m_snapshots->board(m_session.id, seq, error);
    } catch (const SQLite::Exception& failure) {
        throw StoreError(StoreErrorKind::ReadFailed, failure.what());
    }
}

std::optional<Asset> RecordingReader::asset(const std::string& hash) {
    try {
        SQLite::Statement query(*m_db, "SELECT mime, width, height, bytes FROM assets WHERE hash = ?");
        query.bind(1, hash);
        if (!query.executeStep()) {
            return std::nullopt;
        }
        Asset asset;
        asset.hash = hash;
        asset.mime = query.getColumn(0).getString();
        asset.width = query.getColumn(1).getInt();
        asset.height = query.getColumn(2).getInt();
        const SQLite::Column bytes = query.getColumn(3);
        const auto* data = static_cast<const std::uint8_t*>(bytes.getBlob());
        asset.bytes.assign(data, data + bytes.getBytes());
        return asset;
    } catch (const SQLite::Exception& failure) {
        spdlog::warn("The photo {} cannot be read from {}: {}", hash, m_file.string(), failure.what());
        return std::nullopt;
    }
}

std::map<std::string, AssetGeoreference> RecordingReader::georeferences() {
    try {
        return assetGeoreferences(*m_db);
    } catch (const SQLite::Exception& failure) {
        spdlog::warn("Where the photos lie on the map cannot be read from {}: {}", m_file.string(),
                     failure.what());
        return {};
    }
}

std::vector<ItemMove> RecordingReader::moves(std::int64_t fromSeq, std::int64_t toSeq) {
    std::vector<ItemMove> points;
    try {
        SQLite::Statement query(*m_db, "SELECT json_extract(payload, '$.id'), seat, t_ms, "
                                       "json_extract(payload, '$.pose.x'), json_extract(payload, '$.pose.y') "
                                       "FROM events WHERE session_id = ? AND seq > ? AND seq <= ? "
                                       "AND type IN ('card.moved', 'photo.moved') ORDER BY seq");
        query.bind(1, m_session.id);
        query.bind(2, fromSeq);
        query.bind(3, toSeq);
        while (query.executeStep()) {
            if (query.getColumn(3).isNull() || query.getColumn(4).isNull()) {
                continue;
            }
            points.push_back(
                ItemMove{static_cast<core::ItemId>(query.getColumn(0).getInt64()),
                         query.getColumn(1).getInt(), query.getColumn(2).getInt64(),
                         core::Vec2{query.getColumn(3).getDouble(), query.getColumn(4).getDouble()}});
        }
    } catch (const SQLite::Exception& failure) {
        spdlog::warn("The moves of session {} cannot be read: {}", m_session.id, failure.what());
    }
    return points;
}

std::vector<CardEventTime> RecordingReader::cardEventTimes() {
    std::vector<CardEventTime> times;
    try {
        SQLite::Statement query(*m_db, "SELECT json_extract(payload, '$.id'), type, t_ms FROM events "
                                       "WHERE session_id = ? AND type IN ('card.created', 'card.edited') "
                                       "ORDER BY seq");
        query.bind(1, m_session.id);
        while (query.executeStep()) {
            times.push_back(CardEventTime{static_cast<core::ItemId>(query.getColumn(0).getInt64()),
                                          textOf(query.getColumn(1)) == "card.created",
                                          query.getColumn(2).getInt64()});
        }
    } catch (const SQLite::Exception& failure) {
        throw StoreError(StoreErrorKind::ReadFailed, "The card events of session " +
                                                         std::to_string(m_session.id) +
                                                         " cannot be read: " + failure.what() + ".");
    }
    return times;
}

std::vector<CardHideEvent> RecordingReader::cardHideEvents() {
    std::vector<CardHideEvent> events;
    try {
        SQLite::Statement query(*m_db, "SELECT seq, json_extract(payload, '$.id'), type FROM events "
                                       "WHERE session_id = ? AND type IN ('card.hidden', 'card.restored') "
                                       "ORDER BY seq");
        query.bind(1, m_session.id);
        while (query.executeStep()) {
            events.push_back(CardHideEvent{query.getColumn(0).getInt64(),
                                           static_cast<core::ItemId>(query.getColumn(1).getInt64()),
                                           textOf(query.getColumn(2)) == "card.hidden"});
        }
    } catch (const SQLite::Exception& failure) {
        throw StoreError(StoreErrorKind::ReadFailed, "The hidden cards of session " +
                                                         std::to_string(m_session.id) +
                                                         " cannot be read: " + failure.what() + ".");
    }
    return events;
}

} // namespace atelier::store
