// Measures how fast a held item moves when it is let go, to decide whether it is thrown.
#pragma once

#include "core/Geometry.hpp"

#include <cstdint>
#include <deque>

namespace atelier::input {

/// Recent positions of an item's centre; the release velocity is the displacement over the last window, so a
/// finger that stopped before lifting throws nothing.
class VelocityEstimator {
public:
    /// Measures over the last `windowMs` milliseconds.
    explicit VelocityEstimator(std::int64_t windowMs);

    /// The item's centre was at `pos` at `tMs`.
    void addSample(std::int64_t tMs, core::Vec2 pos);

    /// Velocity in mm/s at `tMs` (the release), from the samples of the window before it; zero with too few.
    core::Vec2 velocityAt(std::int64_t tMs) const;

    /// Forgets every sample (the item was caught or let go).
    void clear() { m_samples.clear(); }

private:
    struct Sample {
        std::int64_t tMs;
        core::Vec2 pos;
    };
    std::int64_t m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace atelier::input
