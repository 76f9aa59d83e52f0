// Touch-to-screen latency: the oldest unshown move per frame, into a fixed histogram.
#include "platform/InputLatency.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace atelier::platform {

double steadyMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

InputLatency::InputLatency() : m_histogram(kBuckets, 0) {}

void InputLatency::read(double nowMs) {
    if (!m_oldest) {
        m_oldest = nowMs;
    }
    ++m_waitingMoves;
}

std::optional<double> InputLatency::presented(double nowMs) {
    if (!m_oldest) {
        m_last.reset();
        return std::nullopt;
    }
    const double latency = std::max(0.0, nowMs - *m_oldest);
    const auto bucket =
        static_cast<std::size_t>(std::min<double>(kBuckets - 1, std::round(latency / kBucketMs)));
    ++m_histogram[bucket];
    ++m_frames;
    m_moves += m_waitingMoves;
    m_max = std::max(m_max, latency);
    m_oldest.reset();
    m_waitingMoves = 0;
    m_last = latency;
    return latency;
}

LatencySummary InputLatency::summary() const {
    LatencySummary summary;
    summary.frames = m_frames;
    summary.moves = m_moves;
    summary.max = m_max;
    if (m_frames == 0) {
        return summary;
    }
    // The value at rank ceil(q × n), as the bench's other figures; a bucket stands for its centre.
    const auto at = [this](double q) {
        const long rank = std::max<long>(1, static_cast<long>(std::ceil(q * static_cast<double>(m_frames))));
        long seen = 0;
        for (std::size_t i = 0; i < m_histogram.size(); ++i) {
            seen += m_histogram[i];
            if (seen >= rank) {
                return std::min(m_max, static_cast<double>(i) * kBucketMs);
            }
        }
        return m_max;
    };
    summary.median = at(0.5);
    summary.p99 = at(0.99);
    return summary;
}

} // namespace atelier::platform
