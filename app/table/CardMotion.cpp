// Card motions: an ease-out from a start scale to 1, over a fixed, short time.
#include "table/CardMotion.hpp"

#include <algorithm>

namespace atelier::table {
namespace {

struct Curve {
    double from;
    std::int64_t durationMs;
};

Curve curveOf(MotionKind kind) {
    switch (kind) {
    case MotionKind::Settle:
        return {CardMotion::kSettleFrom, CardMotion::kSettleMs};
    case MotionKind::JoinIn:
        return {CardMotion::kJoinFrom, CardMotion::kJoinMs};
    default:
        return {CardMotion::kGrowFrom, CardMotion::kGrowMs};
    }
}

} // namespace

void CardMotion::start(const std::vector<MotionNote>& notes, std::int64_t nowMs) {
    for (const MotionNote& note : notes) {
        const auto found = m_moving.find(note.card);
        // A card dropped into a cluster eases in rather than settles; a card just written keeps growing in.
        if (found != m_moving.end() && found->second.startMs == nowMs && found->second.kind < note.kind) {
            continue;
        }
        m_moving[note.card] = Moving{note.kind, nowMs};
    }
}

double CardMotion::scaleAt(MotionKind kind, std::int64_t sinceMs) {
    const Curve curve = curveOf(kind);
    if (sinceMs >= curve.durationMs) {
        return 1.0;
    }
    const double t =
        std::clamp(static_cast<double>(sinceMs) / static_cast<double>(curve.durationMs), 0.0, 1.0);
    const double rest = 1.0 - t;
    const double eased = 1.0 - rest * rest * rest; // ease-out cubic: quick at first, gentle into place
    return curve.from + (1.0 - curve.from) * eased;
}

void CardMotion::addTo(render::Overlays& overlays, std::int64_t nowMs) {
    for (auto it = m_moving.begin(); it != m_moving.end();) {
        const std::int64_t since = nowMs - it->second.startMs;
        if (since >= curveOf(it->second.kind).durationMs) {
            it = m_moving.erase(it); // this frame draws it at rest
            continue;
        }
        overlays.motions.push_back({it->first, scaleAt(it->second.kind, since)});
        ++it;
    }
}

} // namespace atelier::table
