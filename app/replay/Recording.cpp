// Reads a recorded session read-only and rebuilds its boards from snapshots and events.
#include "replay/Recording.hpp"

#include "core/Apply.hpp"
#include "core/EventCodec.hpp"
#include "store/StoreError.hpp"

#include <algorithm>
#include <map>
#include <spdlog/spdlog.h>
#include <variant>

namespace atelier::replay {
namespace {

constexpr std::int64_t kMaxRejectedWarnings = 5;

} // namespace

Recording::Recording(const std::filesystem::path& dataFile, std::int64_t sessionId)
    : m_file(dataFile), m_session(sessionId), m_reader(dataFile, sessionId) {
    readInfo();
    readIndex();
    m_hideEvents = m_reader.cardHideEvents();
    std::map<core::ItemId, bool> hidden; // each card's last card.hidden (true) or card.restored (false)
    for (const store::CardHideEvent& event : m_hideEvents) {
        hidden[event.card] = event.hidden;
    }
    for (const auto& [card, isHidden] : hidden) {
        if (isHidden) {
            m_moderated.push_back(card);
        }
    }
}

Recording::Recording(Recording&&) noexcept = default;
Recording& Recording::operator=(Recording&&) noexcept = default;
Recording::~Recording() = default;

void Recording::readInfo() {
    const store::RecordedSession& stored = m_reader.session();
    m_info.id = m_session;
    m_info.workshopId = stored.workshop.id;
    m_info.workshopTitle = stored.workshop.title;
    m_info.site = stored.workshop.site;
    m_info.workshopConfigJson = stored.workshop.configJson;
    m_info.startedAt = stored.startedAt;
    m_info.endedAt = stored.endedAt;
    m_info.status = stored.status;
}

void Recording::readIndex() {
    std::int64_t lastTime = 0;
    m_reader.forEachEventTime([&](std::int64_t seq, std::int64_t tMs) {
        m_seqs.push_back(seq);
        // A clock that stepped back (it should not) must not break the binary search over times.
        lastTime = std::max(lastTime, tMs);
        m_times.push_back(lastTime);
    });
    std::vector<PhaseLogEntry> log;
    m_reader.forEachPhaseEvent([&](const store::StoredEventView& row) {
        if (row.type != core::PhaseStarted::kType) {
            log.push_back(PhaseLogEntry{row.type == core::SessionPaused::kType ? PhaseLogEntry::Kind::Paused
                                                                               : PhaseLogEntry::Kind::Resumed,
                                        row.seq,
                                        row.tMs,
                                        0,
                                        {},
                                        {}});
            return;
        }
        const core::DecodeResult decoded = core::decodeEvent(row.type, row.payload, row.seat);
        if (!decoded.event) {
            return;
        }
        auto& started = std::get<core::PhaseStarted>(*decoded.event);
        log.push_back(PhaseLogEntry{PhaseLogEntry::Kind::Started, row.seq, row.tMs, started.index,
                                    std::move(started.name), std::move(started.tools)});
    });
    m_phases = foldPhaseRuns(log, durationMs());
    m_snapshots = m_reader.snapshotSeqs();
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
            if (auto decoded = m_reader.snapshotBoard(*candidate, error)) {
                board = std::move(*decoded);
                return *candidate;
            }
        } catch (const store::StoreError& failure) {
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
    m_reader.forEachEvent(fromSeq, toSeq, [&](const store::StoredEventView& row) {
        const core::DecodeResult decoded = core::decodeEvent(row.type, row.payload, row.seat);
        std::string reason = decoded.error;
        if (decoded.event && std::holds_alternative<core::UnknownEvent>(*decoded.event)) {
            ++count.unknown;
            if (!m_warnedUnknown) {
                m_warnedUnknown = true;
                spdlog::warn("Session {} holds events written by a newer Atelier: they are skipped.",
                             m_session);
            }
            return;
        }
        if (decoded.event) {
            const core::ApplyResult result = core::apply(board, *decoded.event);
            if (result) {
                return;
            }
            reason = result.reason;
        }
        ++count.rejected;
        if (++m_warnedRejected <= kMaxRejectedWarnings) {
            spdlog::warn("Event {} of session {} was not applied: {}", row.seq, m_session, reason);
        }
    });
    return count;
}

core::Board Recording::boardAt(std::int64_t seq) {
    core::Board board;
    const std::int64_t from = loadSnapshot(seq, board);
    fold(board, from, seq);
    return board;
}

bool Recording::moderated(core::ItemId card) const {
    return std::binary_search(m_moderated.begin(), m_moderated.end(), card);
}

void Recording::hideModerated(core::Board& board) const {
    for (const core::ItemId id : m_moderated) {
        if (const auto card = board.cards.find(id); card != board.cards.end()) {
            card->second.deleted = true;
        }
    }
}

std::vector<core::ItemId> Recording::hiddenAt(std::int64_t seq) const {
    std::map<core::ItemId, bool> hidden;
    for (const store::CardHideEvent& event : m_hideEvents) {
        if (event.seq > seq) {
            break;
        }
        hidden[event.card] = event.hidden;
    }
    std::vector<core::ItemId> cards;
    for (const auto& [card, isHidden] : hidden) {
        if (isHidden) {
            cards.push_back(card);
        }
    }
    return cards;
}

core::Board Recording::publicBoardAt(std::int64_t seq) {
    core::Board board = boardAt(seq);
    hideModerated(board);
    return board;
}

std::optional<store::Asset> Recording::asset(const std::string& hash) {
    return m_reader.asset(hash);
}

std::vector<MotionPoint> Recording::motion(std::int64_t fromSeq, std::int64_t toSeq) {
    if (toSeq <= fromSeq) {
        return {};
    }
    return m_reader.moves(fromSeq, toSeq);
}

std::vector<std::pair<core::ItemId, CardTimes>> Recording::cardTimes() {
    std::map<core::ItemId, CardTimes> times;
    for (const store::CardEventTime& event : m_reader.cardEventTimes()) {
        if (event.created) {
            times.try_emplace(event.card, CardTimes{event.tMs, event.tMs});
        } else if (auto found = times.find(event.card); found != times.end()) {
            found->second.editedMs = event.tMs;
        }
    }
    return {times.begin(), times.end()};
}

} // namespace atelier::replay
