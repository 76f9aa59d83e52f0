// A pen stroke drawn on a photo or on the board.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"

#include <cstdint>
#include <vector>

namespace atelier::core {

/// A line drawn with a seat's pen. Points are in the parent's own frame: mm from the photo's centre
/// before its rotation and scale (so the sketch follows the photo), or table mm when parent is kNoItem.
struct Stroke {
    ItemId id = kNoItem;
    ItemId parent = kNoItem;  ///< the photo drawn on, or kNoItem for the board
    int seat = 0;             ///< the seat whose pen drew it
    std::uint32_t colour = 0; ///< 0xRRGGBBAA
    double width = 1;         ///< mm, kMinStrokeWidthMm..kMaxStrokeWidthMm
    std::vector<Vec2> points;
    bool ended = false;  ///< the pen lifted; no more points
    bool erased = false; ///< kept so that it can be restored
    friend bool operator==(const Stroke&, const Stroke&) = default;
};

} // namespace atelier::core
