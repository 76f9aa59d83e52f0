// Seeking and playback over a Recording.
#include "replay/Player.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace atelier::replay {
namespace {

/// Going back to the start of the current phase needs the position past its start by this much; nearer,
/// "previous" goes to the phase before (as a music player's previous track does).
constexpr std::int64_t kPreviousPhaseGraceMs = 1000;

} // namespace

Player::Player(const std::filesystem::path& dataFile, std::int64_t sessionId, Audience audience)
    : m_recording(dataFile, sessionId), m_audience(audience),
      m_hidesModerated(audience == Audience::Public && !m_recording.moderatedCards().empty()),
      m_marksHidden(audience == Audience::Facilitator && m_recording.hasHiddenCards()) {}

void Player::refreshShown() {
    m_shown = m_board;
    if (m_hidesModerated) {
        m_recording.hideModerated(m_shown);
        return;
    }
    if (!m_marksHidden) {
        return;
    }
    // Hidden now: back on the board, to be drawn marked; moderated: marked from the start.
    m_marked.clear();
    const std::vector<core::ItemId> hidden = m_recording.hiddenAt(m_seq);
    for (const core::ItemId id : hidden) {
        if (const auto card = m_shown.cards.find(id); card != m_shown.cards.end()) {
            card->second.deleted = false;
            m_marked.push_back(id);
        }
    }
    for (const core::ItemId id : m_recording.moderatedCards()) {
        const core::Card* card = m_shown.findCard(id);
        if (card != nullptr && !card->deleted && !std::binary_search(hidden.begin(), hidden.end(), id)) {
            m_marked.push_back(id);
        }
    }
    std::sort(m_marked.begin(), m_marked.end());
}

bool Player::seek(std::int64_t tMs) {
    m_positionMs = std::clamp<std::int64_t>(tMs, 0, durationMs());
    const std::int64_t target = m_recording.seqAt(m_positionMs);
    if (target == m_seq) {
        return false;
    }
    // Going forward from the current board is cheaper than decoding a snapshot unless a snapshot lies
    // beyond the current position on the way.
    const auto& snapshots = m_recording.snapshotSeqs();
    const auto nearest = std::upper_bound(snapshots.begin(), snapshots.end(), target);
    const std::int64_t snapshotSeq = nearest == snapshots.begin() ? 0 : *std::prev(nearest);
    std::int64_t from = m_seq;
    if (target < m_seq || snapshotSeq > m_seq) {
        from = m_recording.loadSnapshot(target, m_board);
    }
    m_recording.fold(m_board, from, target);
    m_seq = target;
    refreshShown();
    return true;
}

int Player::currentPhase() const {
    const auto& phases = m_recording.phases();
    int current = -1;
    for (std::size_t i = 0; i < phases.size(); ++i) {
        if (phases[i].seq <= m_seq && phases[i].tMs <= m_positionMs) {
            current = static_cast<int>(i);
        }
    }
    return current;
}

bool Player::nextPhase() {
    for (const PhaseMarker& marker : m_recording.phases()) {
        if (marker.tMs > m_positionMs) {
            seek(marker.tMs);
            return true;
        }
    }
    return false;
}

bool Player::previousPhase() {
    const auto& phases = m_recording.phases();
    for (auto marker = phases.rbegin(); marker != phases.rend(); ++marker) {
        if (marker->tMs + kPreviousPhaseGraceMs <= m_positionMs) {
            seek(marker->tMs);
            return true;
        }
    }
    if (m_positionMs > 0) {
        seek(0);
        return true;
    }
    return false;
}

std::vector<Trail> Player::trails(std::int64_t windowMs) {
    std::vector<Trail> trails;
    const std::int64_t from = m_recording.seqAt(m_positionMs - windowMs);
    std::map<core::ItemId, std::size_t> index;
    for (const MotionPoint& point : m_recording.motion(from, m_seq)) {
        const auto [found, added] = index.try_emplace(point.item, trails.size());
        if (added) {
            trails.push_back(Trail{point.item, point.seat, {}});
        }
        Trail& trail = trails[found->second];
        trail.seat = point.seat;
        trail.pointsMm.push_back(point.centreMm);
    }
    return trails;
}

void Player::play() {
    if (m_positionMs >= durationMs()) {
        seek(0);
    }
    m_carryMs = 0;
    m_playing = true;
}

void Player::setSpeed(double speed) {
    m_speed = std::isfinite(speed) ? std::clamp(speed, kMinSpeed, kMaxSpeed) : 1.0;
}

bool Player::advance(std::int64_t wallMs) {
    if (!m_playing || wallMs <= 0) {
        return false;
    }
    m_carryMs += static_cast<double>(wallMs) * m_speed;
    const auto step = static_cast<std::int64_t>(m_carryMs);
    m_carryMs -= static_cast<double>(step);
    const bool changed = seek(m_positionMs + step);
    if (m_positionMs >= durationMs()) {
        m_playing = false;
    }
    return changed;
}

} // namespace atelier::replay
