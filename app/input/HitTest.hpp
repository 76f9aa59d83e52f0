// Geometry of touching: which card or photo is under a point, on rotated rectangles, in z-order.
#pragma once

#include "core/Board.hpp"
#include "core/Geometry.hpp"

#include <cstdint>

namespace atelier::input {

/// An axis-aligned box on the table, in millimetres.
struct Bounds {
    core::Vec2 min; ///< top-left corner
    core::Vec2 max; ///< bottom-right corner
};

/// Which kinds of item a contact can grab; events differ (card.moved, photo.moved).
enum class ItemKind : std::uint8_t { None, Card, Photo };

/// A card or photo found under a point.
struct ItemRef {
    ItemKind kind = ItemKind::None;  ///< None when nothing was hit
    core::ItemId id = core::kNoItem; ///< the card or photo
    /// True when something was hit.
    explicit operator bool() const { return kind != ItemKind::None; }
    friend bool operator==(const ItemRef&, const ItemRef&) = default;
};

/// The box around a rectangle of `size` (at scale 1) placed at `pose` (rotated, scaled).
Bounds rotatedBounds(const core::Pose& pose, const core::Size& size);

/// True when `point` lies on the rectangle; a side shorter than `minTargetMm` on the table counts as that
/// long, so that small things stay touchable (docs/input.md: sides under 15 mm count as 15 mm).
bool containsPoint(const core::Pose& pose, const core::Size& size, core::Vec2 point, double minTargetMm);

/// The topmost (highest z) card or photo not deleted under `point`, or none.
ItemRef hitTest(const core::Board& board, core::Vec2 point, double minTargetMm);

/// The pose of a live (not deleted) card or photo, or nullptr when it is gone.
const core::Pose* livePose(const core::Board& board, ItemRef item);

} // namespace atelier::input
