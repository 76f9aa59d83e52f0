// Windowed release velocity.
#include "input/VelocityEstimator.hpp"

#include <algorithm>

namespace atelier::input {
namespace {

/// Closer together than this, two samples give no usable speed (a burst of events in one frame).
constexpr std::int64_t kMinSpanMs = 8;

} // namespace

VelocityEstimator::VelocityEstimator(std::int64_t windowMs)
    : m_windowMs(std::max<std::int64_t>(windowMs, 1)) {}

void VelocityEstimator::addSample(std::int64_t tMs, core::Vec2 pos) {
    if (!m_samples.empty() && tMs < m_samples.back().tMs) {
        tMs = m_samples.back().tMs;
    }
    m_samples.push_back(Sample{tMs, pos});
    while (m_samples.size() > 2 && m_samples[1].tMs <= tMs - m_windowMs) {
        m_samples.pop_front();
    }
}

core::Vec2 VelocityEstimator::velocityAt(std::int64_t tMs) const {
    if (m_samples.empty()) {
        return {};
    }
    const Sample& last = m_samples.back();
    // The item is still where the last sample put it; a pause before the lift counts as standing still.
    const std::int64_t windowStart = tMs - m_windowMs;
    if (last.tMs <= windowStart) {
        return {};
    }
    const Sample* first = nullptr;
    for (const Sample& sample : m_samples) {
        if (sample.tMs >= windowStart) {
            first = &sample;
            break;
        }
    }
    const std::int64_t span = tMs - (first != nullptr ? first->tMs : tMs);
    if (first == nullptr || span < kMinSpanMs) {
        return {};
    }
    const double seconds = static_cast<double>(span) / 1000.0;
    return core::Vec2{(last.pos.x - first->pos.x) / seconds, (last.pos.y - first->pos.y) / seconds};
}

} // namespace atelier::input
