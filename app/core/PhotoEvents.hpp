// Events on site photos.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"

#include <string>
#include <string_view>

namespace atelier::core {

/// A photo (already stored as a blob) was put on the board.
struct PhotoPlaced {
    static constexpr std::string_view kType = "photo.placed";
    ItemId id = kNoItem;
    std::string assetHash; ///< 64 lowercase hex digits
    Pose pose;
    Size size;
    int seat = 0;
    friend bool operator==(const PhotoPlaced&, const PhotoPlaced&) = default;
};

/// A photo was dragged, turned or pinched: pose is the absolute new pose.
struct PhotoMoved {
    static constexpr std::string_view kType = "photo.moved";
    ItemId id = kNoItem;
    Pose pose;
    int seat = 0;
    friend bool operator==(const PhotoMoved&, const PhotoMoved&) = default;
};

/// A photo was taken off the board, with the strokes drawn on it.
struct PhotoRemoved {
    static constexpr std::string_view kType = "photo.removed";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const PhotoRemoved&, const PhotoRemoved&) = default;
};

/// A removed photo came back, with its strokes.
struct PhotoRestored {
    static constexpr std::string_view kType = "photo.restored";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const PhotoRestored&, const PhotoRestored&) = default;
};

} // namespace atelier::core
