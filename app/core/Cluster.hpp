// A named group of cards.
#pragma once

#include "core/Ids.hpp"

#include <string>
#include <vector>

namespace atelier::core {

/// Cards people gathered under one name. A card belongs to at most one cluster that is not dissolved.
struct Cluster {
    ItemId id = kNoItem;
    std::string name;          ///< UTF-8, may be empty until someone names it
    std::vector<ItemId> cards; ///< member card ids, ascending, no duplicates
    bool dissolved = false;    ///< kept (with its members) so that it can be restored
    friend bool operator==(const Cluster&, const Cluster&) = default;
};

} // namespace atelier::core
