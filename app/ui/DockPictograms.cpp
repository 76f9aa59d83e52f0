// Each pictogram on a 24-unit grid centred on the button, drawn with ImGui's paths and polygons.
#include "ui/DockPictograms.hpp"

#include <array>
#include <cmath>
#include <numbers>

namespace atelier::ui {
namespace {

/// Maps the 24-unit grid (origin at the centre, y down) to pixels.
struct Grid {
    ImVec2 centre;
    float unit;
    ImVec2 operator()(float x, float y) const { return ImVec2(centre.x + x * unit, centre.y + y * unit); }
};

/// An idea card: a sheet with a folded corner and a plus on it.
void newCard(ImDrawList& list, const Grid& g, ImU32 ink, ImU32 paper) {
    const float line = 1.8f * g.unit;
    const std::array<ImVec2, 5> sheet = {g(-8, -10), g(4, -10), g(8, -6), g(8, 10), g(-8, 10)};
    list.AddConvexPolyFilled(sheet.data(), static_cast<int>(sheet.size()), paper);
    list.AddPolyline(sheet.data(), static_cast<int>(sheet.size()), ink, ImDrawFlags_Closed, line);
    list.AddLine(g(0, -4), g(0, 6), ink, 2.4f * g.unit);
    list.AddLine(g(-5, 1), g(5, 1), ink, 2.4f * g.unit);
}

/// A pencil lying from bottom left to top right: body, ferrule line, sharpened tip.
void pen(ImDrawList& list, const Grid& g, ImU32 ink, ImU32 paper) {
    const std::array<ImVec2, 4> body = {g(3, -11), g(9, -5), g(-5, 9), g(-11, 3)};
    list.AddConvexPolyFilled(body.data(), 4, paper);
    list.AddPolyline(body.data(), 4, ink, ImDrawFlags_Closed, 1.8f * g.unit);
    list.AddLine(g(0, -8), g(6, -2), ink, 1.8f * g.unit);
    list.AddTriangleFilled(g(-11, 3), g(-5, 9), g(-12, 10), ink);
}

/// An eraser: a block lying aslant, its lower end in ink (the rubbed side), a line it has wiped under it.
void eraser(ImDrawList& list, const Grid& g, ImU32 ink, ImU32 paper) {
    const std::array<ImVec2, 4> block = {g(2, -10), g(10, -2), g(-2, 10), g(-10, 2)};
    list.AddConvexPolyFilled(block.data(), 4, paper);
    const std::array<ImVec2, 4> rubbed = {g(-4, -4), g(4, 4), g(-2, 10), g(-10, 2)};
    list.AddConvexPolyFilled(rubbed.data(), 4, ink);
    list.AddPolyline(block.data(), 4, ink, ImDrawFlags_Closed, 1.8f * g.unit);
    list.AddLine(g(2, 11), g(11, 11), ink, 1.6f * g.unit);
}

/// An arrow curving over the top and coming down at the left (undo) or at the right (redo).
void turningArrow(ImDrawList& list, const Grid& g, ImU32 ink, bool forward) {
    const float pi = std::numbers::pi_v<float>;
    const float end = forward ? 8.0f : -8.0f; // where the head comes down
    list.PathClear();
    list.PathArcTo(g(0, 3), 8 * g.unit, pi, 2 * pi, 24); // left, over the top, to the right (y is down)
    list.PathStroke(ink, 0, 2.6f * g.unit);
    list.AddTriangleFilled(g(end - 5, 2), g(end + 5, 2), g(end, 9.5f), ink);
}

/// A bin: a lid with its handle over a body narrowing downwards, three ribs.
void bin(ImDrawList& list, const Grid& g, ImU32 ink, ImU32 paper) {
    const float line = 1.8f * g.unit;
    list.AddLine(g(-10, -7), g(10, -7), ink, 2.2f * g.unit);
    const std::array<ImVec2, 4> handle = {g(-3.5f, -7), g(-3.5f, -10.5f), g(3.5f, -10.5f), g(3.5f, -7)};
    list.AddPolyline(handle.data(), 4, ink, ImDrawFlags_None, line);
    const std::array<ImVec2, 4> body = {g(-8, -5), g(8, -5), g(6, 11), g(-6, 11)};
    list.AddConvexPolyFilled(body.data(), 4, paper);
    list.AddPolyline(body.data(), 4, ink, ImDrawFlags_Closed, line);
    for (const float x : {-3.5f, 0.0f, 3.5f}) {
        list.AddLine(g(x, -2), g(x * 0.85f, 8), ink, 1.5f * g.unit);
    }
}

/// An arrow pointing onwards, to the person's right.
void next(ImDrawList& list, const Grid& g, ImU32 ink) {
    list.AddLine(g(-9, 0), g(3, 0), ink, 3.0f * g.unit);
    list.AddTriangleFilled(g(1, -7), g(10, 0), g(1, 7), ink);
}

void accept(ImDrawList& list, const Grid& g, ImU32 ink) {
    const std::array<ImVec2, 3> tick = {g(-9, 0), g(-3, 7), g(9, -7)};
    list.AddPolyline(tick.data(), 3, ink, ImDrawFlags_None, 3.2f * g.unit);
}

void dismiss(ImDrawList& list, const Grid& g, ImU32 ink) {
    list.AddLine(g(-7, -7), g(7, 7), ink, 3.2f * g.unit);
    list.AddLine(g(-7, 7), g(7, -7), ink, 3.2f * g.unit);
}

} // namespace

bool drawPictogram(ImDrawList& list, std::string_view icon, ImVec2 centre, float side, ImU32 ink,
                   ImU32 paper) {
    const Grid g{centre, side / 24.0f};
    if (icon == "new_card") {
        newCard(list, g, ink, paper);
    } else if (icon == "pen") {
        pen(list, g, ink, paper);
    } else if (icon == "eraser") {
        eraser(list, g, ink, paper);
    } else if (icon == "undo" || icon == "redo") {
        turningArrow(list, g, ink, icon == "redo");
    } else if (icon == "bin") {
        bin(list, g, ink, paper);
    } else if (icon == "next") {
        next(list, g, ink);
    } else if (icon == "accept") {
        accept(list, g, ink);
    } else if (icon == "dismiss") {
        dismiss(list, g, ink);
    } else {
        return false;
    }
    return true;
}

} // namespace atelier::ui
