// An idea card on the board.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"

#include <cstdint>
#include <string>

namespace atelier::core {

/// A few words a seat wrote (or a facilitator's prompt, seat 0), moved, turned and coloured by category.
struct Card {
    ItemId id = kNoItem;
    Pose pose;
    Size size;            ///< mm at scale 1
    std::string text;     ///< UTF-8, at most kMaxCardTextBytes
    int category = 0;     ///< index into the workshop's category palette
    int seat = 0;         ///< author; 0 = facilitator prompt
    std::uint64_t z = 0;  ///< stacking order shared with photos; higher is drawn on top
    bool deleted = false; ///< kept so that it can be restored
    bool hidden = false;  ///< taken away by the facilitator (card.hidden), not by a seat; implies deleted
    friend bool operator==(const Card&, const Card&) = default;
};

} // namespace atelier::core
