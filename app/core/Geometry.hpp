// Table-space geometry: millimetres on the physical surface (origin top-left, y down), radians.
#pragma once

namespace atelier::core {

/// A point or an offset on the table, in millimetres; y grows towards the bottom edge.
struct Vec2 {
    double x = 0, y = 0;
    friend bool operator==(const Vec2&, const Vec2&) = default;
};

/// Where an item lies: its centre, its rotation (radians, clockwise on screen because y is down) and scale.
struct Pose {
    Vec2 centre;
    double rotation = 0;
    double scale = 1;
    friend bool operator==(const Pose&, const Pose&) = default;
};

/// The size of a card or photo in millimetres at scale 1.
struct Size {
    double width = 0, height = 0;
    friend bool operator==(const Size&, const Size&) = default;
};

/// Maps a point in an item's own frame (mm from its centre, before rotation and scale) onto the table.
Vec2 localToTable(const Pose& pose, Vec2 local);

/// Maps a table point into an item's own frame; the inverse of localToTable (strokes on photos use it).
Vec2 tableToLocal(const Pose& pose, Vec2 table);

} // namespace atelier::core
