// A voting dot a seat put on a card or a cluster.
#pragma once

#include "core/Ids.hpp"

namespace atelier::core {

/// One dot. A seat may stack several on one target, up to the dots it was given.
struct Vote {
    ItemId id = kNoItem;
    int seat = 0;            ///< the seat that voted (never the facilitator)
    ItemId target = kNoItem; ///< a card or a cluster
    bool withdrawn = false;  ///< the dot went back to its seat; kept so that it can be restored
    friend bool operator==(const Vote&, const Vote&) = default;
};

} // namespace atelier::core
