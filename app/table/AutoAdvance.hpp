// The exhibit's pace: a phase that moves on by itself when its time is up, every active seat pressed
// "Next", or the table stayed quiet; a short countdown first, and after the last phase the invitation.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "core/Board.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::table {

/// What the table does now by itself.
struct AutoStep {
    enum class Kind { StartPhase, Finish };
    Kind kind = Kind::StartPhase;
    int phase = 0; ///< StartPhase: the index of the phase to start
};

/// The countdown shown at every seat before the table moves on.
struct AutoCountdown {
    std::string nextPhase; ///< the phase about to start; "" when the table is about to invite the next group
    int secondsLeft = 0;   ///< whole seconds, rounded up
};

/// Decides when a workshop with `auto_advance` moves on, from the board's phase, the seats' touches and
/// their "Next" presses. Knows nothing of drawing or logging: the live table asks it each frame.
class AutoAdvance {
public:
    /// `definition` must outlive it.
    explicit AutoAdvance(const workshop::WorkshopDefinition& definition);

    /// A contact of `seat` went down at `nowMs`: the table is not quiet, and the seat takes part.
    void noteTouch(int seat, std::int64_t nowMs);
    /// Starts counting afresh (a fresh session, the table woke from the invitation).
    void reset(std::int64_t nowMs);
    /// What to do now, if anything: once the countdown of an ended phase ran out. `nextPressed`: the seats
    /// that pressed "Next" in this phase.
    std::optional<AutoStep> update(const core::Board& board, const std::set<int>& nextPressed,
                                   std::int64_t nowMs);
    /// The countdown to show, while one runs.
    std::optional<AutoCountdown> countdown(std::int64_t nowMs) const;
    /// When update() must run again without input (the phase's end, the quiet time, the countdown's seconds).
    std::optional<std::int64_t> nextWakeMs() const;

private:
    bool phaseOver(const core::Board& board, const std::set<int>& nextPressed, std::int64_t nowMs) const;
    const workshop::PhasePlan* plan(const core::Phase& phase) const;

    const workshop::WorkshopDefinition& m_definition;
    core::Phase m_phase;             ///< the phase last seen on the board
    std::int64_t m_phaseStartMs = 0; ///< when it was seen first (moved on by the time paused)
    std::int64_t m_lastTouchMs = 0;  ///< the latest contact, or the phase's start
    std::optional<std::int64_t> m_pausedSinceMs;
    std::set<int> m_active; ///< seats that touched the table in this phase
    std::optional<std::int64_t> m_countdownEndMs;
    std::optional<std::int64_t> m_wakeMs;
};

} // namespace atelier::table
