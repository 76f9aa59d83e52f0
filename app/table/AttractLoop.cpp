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

std::optional<std::int64_t> AttractLoop::nextWakeMs() const {
    if (animating()) {
        return m_lastFrameMs + kFrameMs;
    }
    if (!enabled() || active()) {
        return std::nullopt;
    }
    return m_lastActivityMs + m_idleTimeoutMs;
}

} // namespace atelier::table
