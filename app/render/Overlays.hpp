// What is drawn over the board without being part of it: live contacts, lassos being drawn, selections.
#pragma once

#include <vector>

#include "core/Board.hpp"
#include "core/Geometry.hpp"
#include "core/Ids.hpp"

namespace atelier::render {

/// A finger, pen or mouse on the table, shown as a ring in its seat's colour.
struct ContactMark {
    core::Vec2 positionMm;
    int seat = 0;
};

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

/// Everything the input side wants drawn on top of the scene this frame (empty most of the time).
struct Overlays {
    std::vector<ContactMark> contacts;
    std::vector<LassoPath> lassos;
    std::vector<SelectionMark> selection;
};

class CompositeBatch;
class Palette;

/// Adds the overlays' shapes to a batch (drawn over the cached scene every frame: they move constantly).
void addOverlays(CompositeBatch& batch, const core::Board& board, const Overlays& overlays,
                 const Palette& palette, double unitsPerPixel);

} // namespace atelier::render
