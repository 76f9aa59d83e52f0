// Turning a whole ImGui window a quarter turn at a time, so that it faces the edge of the table where the
// facilitator stands: the panel and the replay's controls.
#pragma once

#include "core/Geometry.hpp"

namespace atelier::ui {

/// An edge of the table, named as seen on screen; the order is the clockwise quarter turns that make
/// something laid out upright (read from the bottom edge) face it.
enum class TableEdge { Bottom = 0, Left = 1, Top = 2, Right = 3 };

/// A rectangle on screen, in pixels.
struct PixelBox {
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/// A turn of the screen about `centre` by whole quarter turns, clockwise on screen (y down): what ImGui laid
/// out upright at some place is shown turned about that centre. A quarter turn keeps rectangles upright
/// (axis-aligned), so clip rectangles, touch areas and named targets stay rectangles.
struct QuarterTurn {
    int quarters = 0;  ///< 0 upright (facing the bottom edge), 1 the left, 2 the top, 3 the right
    core::Vec2 centre; ///< pixels

    /// Where a point laid out upright is shown.
    core::Vec2 toScreen(core::Vec2 layout) const;
    /// Where a point shown on screen lies in the upright layout (a touch handed to ImGui).
    core::Vec2 toLayout(core::Vec2 screen) const;
    /// The rectangle a laid-out rectangle covers on screen.
    PixelBox toScreen(const PixelBox& layout) const;
    bool upright() const { return quarters % 4 == 0; }
};

/// The turn that makes something facing `edge` about the display's centre.
QuarterTurn turnFacing(TableEdge edge, float displayWidth, float displayHeight);

/// The edge a panel of `width` × `height` pixels (laid out upright) faces on a display of `displayWidth` ×
/// `displayHeight`: `wanted` when the panel fits turned toward it, else `fallback` (a top or bottom edge,
/// where anything that fits upright fits).
TableEdge fittingEdge(TableEdge wanted, TableEdge fallback, float width, float height, float displayWidth,
                      float displayHeight);

/// Turns everything the ImGui window `name` and its child windows drew this frame (vertices and clip
/// rectangles). Call after its End(), before ImGui::Render(); an upright turn or an unknown window does
/// nothing.
void turnWindow(const char* name, const QuarterTurn& turn);

} // namespace atelier::ui
