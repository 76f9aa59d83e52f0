// When an exhibit's phase ends by itself, and what comes after it.
#include "table/AutoAdvance.hpp"

#include <algorithm>

namespace atelier::table {

AutoAdvance::AutoAdvance(const workshop::WorkshopDefinition& definition) : m_definition(definition) {}

void AutoAdvance::noteTouch(int seat, std::int64_t nowMs) {
    m_lastTouchMs = nowMs;
    if (seat > 0) {
        m_active.insert(seat);
    }
}

void AutoAdvance::reset(std::int64_t nowMs) {
    m_phase = core::Phase{};
    m_phaseStartMs = nowMs;
    m_lastTouchMs = nowMs;
    m_pausedSinceMs.reset();
    m_active.clear();
    m_countdownEndMs.reset();
    m_wakeMs.reset();
}

const workshop::PhasePlan* AutoAdvance::plan(const core::Phase& phase) const {
    if (phase.index < 0 || phase.index >= static_cast<int>(m_definition.phases.size())) {
        return nullptr;
    }
    const workshop::PhasePlan& found = m_definition.phases[static_cast<std::size_t>(phase.index)];
    return found.autoAdvance ? &found : nullptr;
}

bool AutoAdvance::phaseOver(const core::Board& board, const std::set<int>& nextPressed,
                            std::int64_t nowMs) const {
    const workshop::PhasePlan* own = plan(board.phase);
    if (own == nullptr) {
        return false;
    }
    std::set<int> waiting = m_active;
    waiting.insert(nextPressed.begin(), nextPressed.end());
    const bool everyoneNext = !nextPressed.empty() && std::includes(nextPressed.begin(), nextPressed.end(),
                                                                    waiting.begin(), waiting.end());
    const bool timeUp =
        board.phase.durationS > 0 && nowMs - m_phaseStartMs >= std::int64_t{board.phase.durationS} * 1000;
    const bool quiet = own->quietS > 0 && nowMs - m_lastTouchMs >= std::int64_t{own->quietS} * 1000;
    return everyoneNext || timeUp || quiet;
}

std::optional<AutoStep> AutoAdvance::update(const core::Board& board, const std::set<int>& nextPressed,
                                            std::int64_t nowMs) {
    if (board.phase != m_phase) { // a new phase, started by the table or by the facilitator
        m_phase = board.phase;
        m_phaseStartMs = nowMs;
        m_lastTouchMs = nowMs;
        m_active.clear();
        m_countdownEndMs.reset();
    }
    if (board.paused) { // a pause holds the clock and the countdown
        m_pausedSinceMs = m_pausedSinceMs.value_or(nowMs);
        m_wakeMs.reset();
        return std::nullopt;
    }
    if (m_pausedSinceMs) {
        const std::int64_t paused = nowMs - *m_pausedSinceMs;
        m_phaseStartMs += paused;
        m_lastTouchMs += paused;
        if (m_countdownEndMs) {
            *m_countdownEndMs += paused;
        }
        m_pausedSinceMs.reset();
    }
    const workshop::PhasePlan* own = plan(board.phase);
    if (own == nullptr) {
        m_wakeMs.reset();
        return std::nullopt;
    }
    if (!m_countdownEndMs && phaseOver(board, nextPressed, nowMs)) {
        m_countdownEndMs = nowMs + std::int64_t{m_definition.countdownS} * 1000;
    }
    if (m_countdownEndMs && nowMs >= *m_countdownEndMs) {
        m_countdownEndMs.reset();
        m_wakeMs.reset();
        const int next = board.phase.index + 1;
        if (next >= static_cast<int>(m_definition.phases.size())) {
            return AutoStep{AutoStep::Kind::Finish, 0};
        }
        return AutoStep{AutoStep::Kind::StartPhase, next};
    }
    if (m_countdownEndMs) { // the countdown's next whole second
        const std::int64_t left = *m_countdownEndMs - nowMs;
        m_wakeMs = nowMs + ((left - 1) % 1000) + 1;
        return std::nullopt;
    }
    std::optional<std::int64_t> wake;
    if (board.phase.durationS > 0) {
        wake = m_phaseStartMs + std::int64_t{board.phase.durationS} * 1000;
    }
    if (own->quietS > 0) {
        const std::int64_t quietEnd = m_lastTouchMs + std::int64_t{own->quietS} * 1000;
        wake = wake ? std::min(*wake, quietEnd) : quietEnd;
    }
    m_wakeMs = wake;
    return std::nullopt;
}

std::optional<AutoCountdown> AutoAdvance::countdown(std::int64_t nowMs) const {
    if (!m_countdownEndMs) {
        return std::nullopt;
    }
    const int next = m_phase.index + 1;
    AutoCountdown shown;
    if (next < static_cast<int>(m_definition.phases.size())) {
        shown.nextPhase = m_definition.phases[static_cast<std::size_t>(next)].name;
    }
    shown.secondsLeft = static_cast<int>(std::max<std::int64_t>(0, *m_countdownEndMs - nowMs + 999) / 1000);
    return shown;
}

std::optional<std::int64_t> AutoAdvance::nextWakeMs() const {
    return m_wakeMs;
}

} // namespace atelier::table
