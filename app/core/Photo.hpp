// A photo of the site placed on the board.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"

#include <cstdint>
#include <string>

namespace atelier::core {

/// A site photo people sketch on; the image itself is a blob in the store, named by its SHA-256.
struct Photo {
    ItemId id = kNoItem;
    std::string assetHash; ///< 64 lowercase hex digits: SHA-256 of the image file
    Pose pose;
    Size size;            ///< mm at scale 1
    std::uint64_t z = 0;  ///< stacking order shared with cards
    bool deleted = false; ///< removed from the board, kept so that it can be restored
    friend bool operator==(const Photo&, const Photo&) = default;
};

} // namespace atelier::core
