// The nearest free spot for a card: a search on a grid around where it is wanted, nearest first.
#include "workshop/FreeSpot.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::workshop {
namespace {

/// The search grid's step and reach, in mm.
constexpr double kStepMm = 5;
constexpr int kReachSteps = 100;

} // namespace

bool Area::overlaps(const Area& other, double gapMm) const {
    return min.x - gapMm < other.max.x && other.min.x - gapMm < max.x && min.y - gapMm < other.max.y &&
           other.min.y - gapMm < max.y;
}

Area areaOf(const core::Pose& pose, const core::Size& size) {
    const double c = std::abs(std::cos(pose.rotation));
    const double s = std::abs(std::sin(pose.rotation));
    const double halfW = (size.width * c + size.height * s) * pose.scale / 2;
    const double halfH = (size.width * s + size.height * c) * pose.scale / 2;
    return Area{{pose.centre.x - halfW, pose.centre.y - halfH},
                {pose.centre.x + halfW, pose.centre.y + halfH}};
}

std::optional<core::Pose> nearestFreeSpot(const core::Pose& wanted, const core::Size& size,
                                          const std::vector<Area>& taken, core::Vec2 surfaceMm,
                                          const std::function<bool(core::Vec2)>& accepts) {
    struct Offset {
        int dx;
        int dy;
    };
    static const std::vector<Offset> offsets = [] {
        std::vector<Offset> all;
        for (int dy = -kReachSteps; dy <= kReachSteps; ++dy) {
            for (int dx = -kReachSteps; dx <= kReachSteps; ++dx) {
                if (dx * dx + dy * dy <= kReachSteps * kReachSteps) {
                    all.push_back(Offset{dx, dy});
                }
            }
        }
        std::stable_sort(all.begin(), all.end(), [](const Offset& a, const Offset& b) {
            return a.dx * a.dx + a.dy * a.dy < b.dx * b.dx + b.dy * b.dy;
        });
        return all;
    }();
    const Area table{{0, 0}, surfaceMm};
    for (const Offset& offset : offsets) {
        core::Pose candidate = wanted;
        candidate.centre =
            core::Vec2{wanted.centre.x + offset.dx * kStepMm, wanted.centre.y + offset.dy * kStepMm};
        const Area box = areaOf(candidate, size);
        if (box.min.x < table.min.x || box.min.y < table.min.y || box.max.x > table.max.x ||
            box.max.y > table.max.y) {
            continue;
        }
        if (accepts && !accepts(candidate.centre)) {
            continue;
        }
        const bool clear = std::none_of(taken.begin(), taken.end(),
                                        [&](const Area& area) { return box.overlaps(area, kSpotGapMm); });
        if (clear) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace atelier::workshop
