// Quarter turns of ImGui windows: the vertices and clip rectangles of their draw lists after layout.
#include "ui/QuarterTurn.hpp"

#include <algorithm>
#include <imgui.h>
#include <imgui_internal.h>

namespace atelier::ui {
namespace {

int normalised(int quarters) {
    return ((quarters % 4) + 4) % 4;
}

/// (dx, dy) turned `quarters` times a quarter clockwise on screen (y down).
core::Vec2 turned(core::Vec2 d, int quarters) {
    for (int i = 0; i < normalised(quarters); ++i) {
        d = core::Vec2{-d.y, d.x};
    }
    return d;
}

void turnDrawList(ImDrawList& list, const QuarterTurn& turn) {
    for (ImDrawVert& vertex : list.VtxBuffer) {
        const core::Vec2 p = turn.toScreen(core::Vec2{vertex.pos.x, vertex.pos.y});
        vertex.pos = ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
    }
    for (ImDrawCmd& command : list.CmdBuffer) {
        const PixelBox clip = turn.toScreen(
            PixelBox{command.ClipRect.x, command.ClipRect.y, command.ClipRect.z, command.ClipRect.w});
        command.ClipRect = ImVec4(clip.minX, clip.minY, clip.maxX, clip.maxY);
    }
}

void turnWindowAndChildren(ImGuiWindow& window, const QuarterTurn& turn) {
    if (!window.Active) {
        return; // not drawn this frame: its draw list is last frame's, already turned
    }
    turnDrawList(*window.DrawList, turn);
    for (ImGuiWindow* child : window.DC.ChildWindows) {
        turnWindowAndChildren(*child, turn);
    }
}

} // namespace

core::Vec2 QuarterTurn::toScreen(core::Vec2 layout) const {
    const core::Vec2 d = turned(core::Vec2{layout.x - centre.x, layout.y - centre.y}, quarters);
    return core::Vec2{centre.x + d.x, centre.y + d.y};
}

core::Vec2 QuarterTurn::toLayout(core::Vec2 screen) const {
    const core::Vec2 d =
        turned(core::Vec2{screen.x - centre.x, screen.y - centre.y}, 4 - normalised(quarters));
    return core::Vec2{centre.x + d.x, centre.y + d.y};
}

PixelBox QuarterTurn::toScreen(const PixelBox& layout) const {
    const core::Vec2 a = toScreen(core::Vec2{layout.minX, layout.minY});
    const core::Vec2 b = toScreen(core::Vec2{layout.maxX, layout.maxY});
    return PixelBox{static_cast<float>(std::min(a.x, b.x)), static_cast<float>(std::min(a.y, b.y)),
                    static_cast<float>(std::max(a.x, b.x)), static_cast<float>(std::max(a.y, b.y))};
}

QuarterTurn turnFacing(TableEdge edge, float displayWidth, float displayHeight) {
    return QuarterTurn{static_cast<int>(edge), core::Vec2{displayWidth * 0.5, displayHeight * 0.5}};
}

TableEdge fittingEdge(TableEdge wanted, TableEdge fallback, float width, float height, float displayWidth,
                      float displayHeight) {
    if (wanted == TableEdge::Bottom || wanted == TableEdge::Top) {
        return wanted; // half a turn about the centre covers the same rectangle
    }
    return height <= displayWidth && width <= displayHeight ? wanted : fallback;
}

void turnWindow(const char* name, const QuarterTurn& turn) {
    if (turn.upright()) {
        return;
    }
    if (ImGuiWindow* window = ImGui::FindWindowByName(name)) {
        turnWindowAndChildren(*window, turn);
    }
}

} // namespace atelier::ui
