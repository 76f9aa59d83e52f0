// Where a card may lie without burying another card or hiding under a dock or a keyboard.
#pragma once

#include "core/Geometry.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace atelier::workshop {

/// An axis-aligned box on the table (of a card, a keyboard, a dock button), in mm.
struct Area {
    core::Vec2 min;
    core::Vec2 max;
    /// True when the two boxes share more than a line, each grown by `gapMm` / 2.
    bool overlaps(const Area& other, double gapMm = 0) const;
};

/// The box around an item of `size` at `pose` (turned and scaled).
Area areaOf(const core::Pose& pose, const core::Size& size);

/// Cards are set this far apart from what they must not cover.
inline constexpr double kSpotGapMm = 4;

/// The pose nearest `wanted` (same rotation and scale) where an item of `size` lies whole on the table and
/// clear of every box of `taken` by kSpotGapMm, and whose centre `accepts` (when given): searched on a 5 mm
/// grid up to 500 mm away, nearest first. nullopt when there is none.
std::optional<core::Pose> nearestFreeSpot(const core::Pose& wanted, const core::Size& size,
                                          const std::vector<Area>& taken, core::Vec2 surfaceMm,
                                          const std::function<bool(core::Vec2)>& accepts = {});

} // namespace atelier::workshop
