// What is drawn over the board without being part of it: live contacts, lassos being drawn, selections.
#pragma once

#include <vector>

#include "core/Board.hpp"
#include "core/Geometry.hpp"
#include "core/Ids.hpp"

namespace atelier::render {

/// A finger, pen or mouse on the table, shown as a soft ring in its seat's colour (wider than a fingertip,
/// so it shows around the finger); `opacity` < 1 while a lifted contact's ring fades.
struct ContactMark {
    core::Vec2 positionMm;
    int seat = 0;
    float opacity = 1.0f;
};

/// Radius of a contact's ring on the table (a fingertip is ~15 mm wide: the ring shows around it).
inline constexpr double kContactRingRadiusMm = 13.0;

/// A lasso path being drawn around cards to cluster them.
struct LassoPath {
    std::vector<core::Vec2> pointsMm;
    int seat = 0;
};

/// An item selected by a seat, outlined in the seat's colour.
struct SelectionMark {
    core::ItemId item = core::kNoItem;
    int seat = 0;
};

/// A card shown larger or smaller than its pose for a moment (growing in, settling, easing into a cluster):
/// presentation only, the board keeps its pose.
struct ItemMotion {
    core::ItemId item = core::kNoItem;
    double scale = 1; ///< times the card's pose scale, about its centre
};

/// Everything the input side wants drawn on top of the scene this frame (empty most of the time).
struct Overlays {
    std::vector<ContactMark> contacts;
    std::vector<LassoPath> lassos;
    std::vector<SelectionMark> selection;
    std::vector<ItemMotion> motions; ///< cards drawn scaled this frame (their pose changes: they float)
};

class CompositeBatch;
class Palette;

/// Adds the overlays' shapes to a batch (drawn over the cached scene every frame: they move constantly).
void addOverlays(CompositeBatch& batch, const core::Board& board, const Overlays& overlays,
                 const Palette& palette, double unitsPerPixel);

} // namespace atelier::render
