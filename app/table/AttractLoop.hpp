// The exhibition's attract loop: after the idle time the session is archived, the table clears and
// invites the next visitors from every side; a touch starts a fresh session.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "core/Board.hpp"
#include "table/AttractSource.hpp"

namespace atelier::table {

/// Counts the time without contact and says when the table should go to its attract loop.
class AttractLoop {
public:
    /// `idleTimeoutMs` 0 turns the attract loop off; `nowMs` is the loop's clock.
    AttractLoop(std::int64_t idleTimeoutMs, std::int64_t nowMs);

    bool enabled() const { return m_idleTimeoutMs > 0; }
    /// True while the invitation is shown.
    bool active() const { return m_source != nullptr; }
    /// A contact was seen now: the idle time starts again.
    void noteActivity(std::int64_t nowMs) { m_lastActivityMs = nowMs; }
    /// True when the table has been idle for the timeout and the loop is not yet showing.
    bool idleExpired(std::int64_t nowMs) const;
    /// Shows the invitation over this source from now on.
    void begin(std::unique_ptr<AttractSource> source, std::int64_t nowMs);
    /// Back to the live table (a touch started a session).
    void end(std::int64_t nowMs);
    /// The board to draw now; only while active().
    const core::Board& board(std::int64_t nowMs);
    /// True while the source animates (the loop keeps drawing).
    bool animating() const { return m_source && m_source->animates(); }
    /// True when an animating source is due its next frame (the loop draws at most kFrameMs apart:
    /// the table runs all day, a replay needs no more than 25 frames a second), or the invitation's ripple
    /// is.
    bool frameDue(std::int64_t nowMs) const;
    /// How far the invitation's calm ripple is now (0..1), or nothing between ripples (and when not active).
    std::optional<double> ripple(std::int64_t nowMs) const;
    /// When the loop must wake without input: to start the attract loop, or for an animating source's next
    /// frame; nothing when off, or showing a still board.
    std::optional<std::int64_t> nextWakeMs() const;

    /// The attract loop's frame interval while its source animates (25 frames a second).
    static constexpr std::int64_t kFrameMs = 40;
    /// The invitation's ripple: one every kRippleEveryMs, lasting kRippleMs, drawn kRippleFrameMs apart (a
    /// calm 10 frames a second, ~13 frames every 6 s, then nothing until the next one).
    static constexpr std::int64_t kRippleEveryMs = 6000;
    static constexpr std::int64_t kRippleMs = 1200;
    static constexpr std::int64_t kRippleFrameMs = 100;

private:
    /// The first ripple frame after the last frame drawn (the one after the ripple ends clears its ring).
    std::int64_t nextRippleFrameMs() const;

    std::int64_t m_idleTimeoutMs;
    std::int64_t m_lastActivityMs;
    std::int64_t m_beganMs = 0;
    std::int64_t m_lastFrameMs = 0;
    std::unique_ptr<AttractSource> m_source;
};

} // namespace atelier::table
