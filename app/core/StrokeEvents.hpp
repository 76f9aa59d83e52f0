// Events of the pens: a stroke begins, grows while the pen moves, ends; erasers erase it.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace atelier::core {

/// A pen touched down: a new stroke with its first points (in the parent's own frame).
struct StrokeBegun {
    static constexpr std::string_view kType = "stroke.begun";
    ItemId id = kNoItem;
    ItemId parent = kNoItem;  ///< photo drawn on, or kNoItem for the board
    std::uint32_t colour = 0; ///< 0xRRGGBBAA
    double width = 1;         ///< mm
    std::vector<Vec2> points;
    int seat = 0;
    friend bool operator==(const StrokeBegun&, const StrokeBegun&) = default;
};

/// The pen moved: points appended to the stroke (logged in small batches).
struct StrokeExtended {
    static constexpr std::string_view kType = "stroke.extended";
    ItemId id = kNoItem;
    std::vector<Vec2> points;
    int seat = 0;
    friend bool operator==(const StrokeExtended&, const StrokeExtended&) = default;
};

/// The pen lifted: the stroke is complete.
struct StrokeEnded {
    static constexpr std::string_view kType = "stroke.ended";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const StrokeEnded&, const StrokeEnded&) = default;
};

/// An eraser (or an undo) removed a stroke.
struct StrokeErased {
    static constexpr std::string_view kType = "stroke.erased";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const StrokeErased&, const StrokeErased&) = default;
};

/// An erased stroke came back.
struct StrokeRestored {
    static constexpr std::string_view kType = "stroke.restored";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const StrokeRestored&, const StrokeRestored&) = default;
};

} // namespace atelier::core
