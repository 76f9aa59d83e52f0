// Reads a recorded session read-only and rebuilds its boards from snapshots and events.
#include "replay/Recording.hpp"

#include "core/Apply.hpp"
#include "core/BoardCodec.hpp"
#include "core/EventCodec.hpp"
#include "store/Schema.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <map>
#include <spdlog/spdlog.h>
#include <variant>

namespace atelier::replay {
namespace {

constexpr std::int64_t kMaxRejectedWarnings = 5;

std::string_view textOf(const SQLite::Column& column) {
    return {column.getText(), static_cast<std::size_t>(column.getBytes())};
}

} // namespace

Recording::Recording(const std::filesystem::path& dataFile, std::int64_t sessionId)
    : m_file(dataFile), m_session(sessionId) {
    using store::StoreError;
    using store::StoreErrorKind;
    std::error_code error;
    if (!std::filesystem::is_regular_file(dataFile, error)) {
        throw StoreError(StoreErrorKind::NotFound,
                         "There is no Atelier data file at " + dataFile.string() + " to replay from.");
    }
    try {
        m_db = std::make_unique<SQLite::Database>(dataFile.string(), SQLite::OPEN_READONLY);
        m_db->setBusyTimeout(5000);
        if (m_db->execAndGet("PRAGMA application_id").getInt() != store::kApplicationId) {
            throw StoreError(StoreErrorKind::CannotOpen,
                             dataFile.string() + " is not an Atelier data file: it cannot be replayed.");
        }
        if (store::schemaVersionOf(*m_db) > store::currentSchemaVersion()) {
            throw StoreError(StoreErrorKind::NewerVersion,
                             dataFile.string() +
                                 " was written by a newer version of Atelier: update Atelier to replay it.");
        }
        readInfo();
        readIndex();
        m_events = std::make_unique<SQLite::Statement>(
            *m_db,
            "SELECT seq, seat, type, payload FROM events WHERE session_id = ? AND seq > ? AND seq <= ? "
            "ORDER BY seq");
        m_snapshot = std::make_unique<SQLite::Statement>(
            *m_db, "SELECT board FROM snapshots WHERE session_id = ? AND seq = ?");
    } catch (const SQLite::Exception& failure) {
        throw StoreError(StoreErrorKind::ReadFailed, "Session " + std::to_string(sessionId) +
                                                         " cannot be read from " + dataFile.string() + ": " +
                                                         failure.what() + ".");
    }
}

Recording::Recording(Recording&&) noexcept = default;
Recording& Recording::operator=(Recording&&) noexcept = default;
Recording::~Recording() = default;

void Recording::readInfo() {
    SQLite::Statement query(*m_db, "SELECT s.workshop_id, w.title, w.site, w.config, s.started_at, "
                                   "coalesce(s.ended_at, ''), s.status FROM sessions s "
                                   "JOIN workshops w ON w.id = s.workshop_id WHERE s.id = ?");
    query.bind(1, m_session);
    if (!query.executeStep()) {
        throw store::StoreError(store::StoreErrorKind::NotFound, "There is no session " +
                                                                     std::to_string(m_session) + " in " +
                                                                     m_file.string() + ".");
    }
    m_info.id = m_session;
    m_info.workshopId = query.getColumn(0).getString();
    m_info.workshopTitle = query.getColumn(1).getString();
    m_info.site = query.getColumn(2).getString();
    m_info.workshopConfigJson = query.getColumn(3).getString();
    m_info.startedAt = query.getColumn(4).getString();
    m_info.endedAt = query.getColumn(5).getString();
    m_info.status = query.getColumn(6).getString();
}

void Recording::readIndex() {
    SQLite::Statement times(*m_db, "SELECT seq, t_ms FROM events WHERE session_id = ? ORDER BY seq");
    times.bind(1, m_session);
    std::int64_t lastTime = 0;
    while (times.executeStep()) {
        m_seqs.push_back(times.getColumn(0).getInt64());
        // A clock that stepped back (it should not) must not break the binary search over times.
        lastTime = std::max(lastTime, times.getColumn(1).getInt64());
        m_times.push_back(lastTime);
    }
    SQLite::Statement phases(*m_db, "SELECT seq, t_ms, seat, payload FROM events "
                                    "WHERE session_id = ? AND type = 'phase.started' ORDER BY seq");
    phases.bind(1, m_session);
    while (phases.executeStep()) {
        const core::DecodeResult decoded = core::decodeEvent(
            core::PhaseStarted::kType, textOf(phases.getColumn(3)), phases.getColumn(2).getInt());
        if (!decoded.event) {
            continue;
        }
        const auto& started = std::get<core::PhaseStarted>(*decoded.event);
        m_phases.push_back(PhaseMarker{phases.getColumn(0).getInt64(), phases.getColumn(1).getInt64(),
                                       started.index, started.name});
    }
    SQLite::Statement snapshots(*m_db, "SELECT seq FROM snapshots WHERE session_id = ? ORDER BY seq");
    snapshots.bind(1, m_session);
    while (snapshots.executeStep()) {
        m_snapshots.push_back(snapshots.getColumn(0).getInt64());
    }
}

std::int64_t Recording::timeOfSeq(std::int64_t seq) const {
    const auto found = std::lower_bound(m_seqs.begin(), m_seqs.end(), seq);
    if (found == m_seqs.end()) {
        return durationMs();
    }
    if (*found != seq && found == m_seqs.begin()) {
        return 0;
    }
    return m_times[static_cast<std::size_t>(found - m_seqs.begin())];
}

std::int64_t Recording::seqAt(std::int64_t tMs) const {
    const auto after = std::upper_bound(m_times.begin(), m_times.end(), tMs);
    if (after == m_times.begin()) {
        return 0;
    }
    return m_seqs[static_cast<std::size_t>(after - m_times.begin()) - 1];
}

std::int64_t Recording::loadSnapshot(std::int64_t seq, core::Board& board) {
    auto candidate = std::upper_bound(m_snapshots.begin(), m_snapshots.end(), seq);
    while (candidate != m_snapshots.begin()) {
        --candidate;
        std::string error;
        try {
            m_snapshot->tryReset();
            m_snapshot->bind(1, m_session);
            m_snapshot->bind(2, *candidate);
            if (m_snapshot->executeStep()) {
                if (auto decoded = core::boardFromJson(textOf(m_snapshot->getColumn(0)), &error)) {
                    board = std::move(*decoded);
                    return *candidate;
                }
            }
        } catch (const SQLite::Exception& failure) {
            error = failure.what();
        }
        spdlog::warn("The snapshot of session {} at seq {} cannot be read ({}); an older one is used.",
                     m_session, *candidate, error);
    }
    board = core::Board{};
    return 0;
}

FoldCount Recording::fold(core::Board& board, std::int64_t fromSeq, std::int64_t toSeq) {
    FoldCount count;
    if (toSeq <= fromSeq) {
        return count;
    }
    try {
        m_events->tryReset();
        m_events->bind(1, m_session);
        m_events->bind(2, fromSeq);
        m_events->bind(3, toSeq);
        while (m_events->executeStep()) {
            const core::DecodeResult decoded =
                core::decodeEvent(textOf(m_events->getColumn(2)), textOf(m_events->getColumn(3)),
                                  m_events->getColumn(1).getInt());
            std::string reason = decoded.error;
            if (decoded.event && std::holds_alternative<core::UnknownEvent>(*decoded.event)) {
                ++count.unknown;
                if (!m_warnedUnknown) {
                    m_warnedUnknown = true;
                    spdlog::warn("Session {} holds events written by a newer Atelier: they are skipped.",
                                 m_session);
                }
                continue;
            }
            if (decoded.event) {
                const core::ApplyResult result = core::apply(board, *decoded.event);
                if (result) {
                    continue;
                }
                reason = result.reason;
            }
            ++count.rejected;
            if (++m_warnedRejected <= kMaxRejectedWarnings) {
                spdlog::warn("Event {} of session {} was not applied: {}", m_events->getColumn(0).getInt64(),
                             m_session, reason);
            }
        }
    } catch (const SQLite::Exception& failure) {
        throw store::StoreError(store::StoreErrorKind::ReadFailed,
                                "The events of session " + std::to_string(m_session) +
                                    " cannot be read from " + m_file.string() + ": " + failure.what() + ".");
    }
    return count;
}

core::Board Recording::boardAt(std::int64_t seq) {
    core::Board board;
    const std::int64_t from = loadSnapshot(seq, board);
    fold(board, from, seq);
    return board;
}

std::optional<store::Asset> Recording::asset(const std::string& hash) {
    try {
        SQLite::Statement query(*m_db, "SELECT mime, width, height, bytes FROM assets WHERE hash = ?");
        query.bind(1, hash);
        if (!query.executeStep()) {
            return std::nullopt;
        }
        store::Asset asset;
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

std::vector<MotionPoint> Recording::motion(std::int64_t fromSeq, std::int64_t toSeq) {
    std::vector<MotionPoint> points;
    if (toSeq <= fromSeq) {
        return points;
    }
    try {
        SQLite::Statement query(*m_db, "SELECT json_extract(payload, '$.id'), seat, t_ms, "
                                       "json_extract(payload, '$.pose.x'), json_extract(payload, '$.pose.y') "
                                       "FROM events WHERE session_id = ? AND seq > ? AND seq <= ? "
                                       "AND type IN ('card.moved', 'photo.moved') ORDER BY seq");
        query.bind(1, m_session);
        query.bind(2, fromSeq);
        query.bind(3, toSeq);
        while (query.executeStep()) {
            if (query.getColumn(3).isNull() || query.getColumn(4).isNull()) {
                continue;
            }
            points.push_back(
                MotionPoint{static_cast<core::ItemId>(query.getColumn(0).getInt64()),
                            query.getColumn(1).getInt(), query.getColumn(2).getInt64(),
                            core::Vec2{query.getColumn(3).getDouble(), query.getColumn(4).getDouble()}});
        }
    } catch (const SQLite::Exception& failure) {
        spdlog::warn("The moves of session {} cannot be read: {}", m_session, failure.what());
    }
    return points;
}

std::vector<std::pair<core::ItemId, CardTimes>> Recording::cardTimes() {
    std::map<core::ItemId, CardTimes> times;
    try {
        SQLite::Statement query(*m_db, "SELECT json_extract(payload, '$.id'), type, t_ms FROM events "
                                       "WHERE session_id = ? AND type IN ('card.created', 'card.edited') "
                                       "ORDER BY seq");
        query.bind(1, m_session);
        while (query.executeStep()) {
            const auto id = static_cast<core::ItemId>(query.getColumn(0).getInt64());
            const std::int64_t t = query.getColumn(2).getInt64();
            if (textOf(query.getColumn(1)) == core::CardCreated::kType) {
                times.try_emplace(id, CardTimes{t, t});
            } else if (auto found = times.find(id); found != times.end()) {
                found->second.editedMs = t;
            }
        }
    } catch (const SQLite::Exception& failure) {
        throw store::StoreError(store::StoreErrorKind::ReadFailed,
                                "The card events of session " + std::to_string(m_session) +
                                    " cannot be read: " + failure.what() + ".");
    }
    return {times.begin(), times.end()};
}

} // namespace atelier::replay
