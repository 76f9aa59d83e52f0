// The attract loop's clock: idle time, when to invite, and when its source wants a frame.
#include "table/AttractLoop.hpp"

#include <algorithm>

namespace atelier::table {

AttractLoop::AttractLoop(std::int64_t idleTimeoutMs, std::int64_t nowMs)
    : m_idleTimeoutMs(std::max<std::int64_t>(0, idleTimeoutMs)), m_lastActivityMs(nowMs) {}

bool AttractLoop::idleExpired(std::int64_t nowMs) const {
    return enabled() && !active() && nowMs - m_lastActivityMs >= m_idleTimeoutMs;
}

void AttractLoop::begin(std::unique_ptr<AttractSource> source, std::int64_t nowMs) {
    m_source = std::move(source);
    m_beganMs = nowMs;
    m_lastFrameMs = nowMs - kFrameMs; // the first frame is due at once
}

void AttractLoop::end(std::int64_t nowMs) {
    m_source.reset();
    m_lastActivityMs = nowMs;
}

const core::Board& AttractLoop::board(std::int64_t nowMs) {
    m_lastFrameMs = nowMs;
    return m_source->boardAt(nowMs - m_beganMs);
}

std::int64_t AttractLoop::nextRippleFrameMs() const {
    const std::int64_t since = std::max<std::int64_t>(0, m_lastFrameMs - m_beganMs);
    const std::int64_t cycle = since / kRippleEveryMs;
    const std::int64_t within = since - cycle * kRippleEveryMs;
    const std::int64_t step = within / kRippleFrameMs + 1;
    if (step * kRippleFrameMs <= kRippleMs + kRippleFrameMs) { // one frame past the end clears the ring
        return m_beganMs + cycle * kRippleEveryMs + step * kRippleFrameMs;
    }
    return m_beganMs + (cycle + 1) * kRippleEveryMs;
}

bool AttractLoop::frameDue(std::int64_t nowMs) const {
    if (!active()) {
        return false;
    }
    return (animating() && nowMs >= m_lastFrameMs + kFrameMs) || nowMs >= nextRippleFrameMs();
}

std::optional<double> AttractLoop::ripple(std::int64_t nowMs) const {
    if (!active()) {
        return std::nullopt;
    }
    const std::int64_t within = std::max<std::int64_t>(0, nowMs - m_beganMs) % kRippleEveryMs;
    if (within > kRippleMs) {
        return std::nullopt;
    }
    return static_cast<double>(within) / static_cast<double>(kRippleMs);
}

std::optional<std::int64_t> AttractLoop::nextWakeMs() const {
    if (active()) {
        const std::int64_t ripple = nextRippleFrameMs();
        return animating() ? std::min(ripple, m_lastFrameMs + kFrameMs) : ripple;
    }
    if (!enabled()) {
        return std::nullopt;
    }
    return m_lastActivityMs + m_idleTimeoutMs;
}

} // namespace atelier::table
