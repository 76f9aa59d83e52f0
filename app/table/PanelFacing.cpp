// The edge nearest the facilitator's corner gesture.
#include "table/PanelFacing.hpp"

namespace atelier::table {

PanelFacing facingFromGesture(const std::optional<core::Vec2>& pointMm, core::Vec2 surfaceMm) {
    if (!pointMm) {
        return {};
    }
    const double toTop = pointMm->y;
    const double toBottom = surfaceMm.y - pointMm->y;
    const double toLeft = pointMm->x;
    const double toRight = surfaceMm.x - pointMm->x;
    const ui::TableEdge across = toTop < toBottom ? ui::TableEdge::Top : ui::TableEdge::Bottom;
    const ui::TableEdge side = toLeft < toRight ? ui::TableEdge::Left : ui::TableEdge::Right;
    const double acrossMm = toTop < toBottom ? toTop : toBottom;
    const double sideMm = toLeft < toRight ? toLeft : toRight;
    return PanelFacing{sideMm < acrossMm ? side : across, across};
}

} // namespace atelier::table
