// Events of dot voting.
#pragma once

#include "core/Ids.hpp"

#include <string_view>

namespace atelier::core {

/// A seat put one of its dots on a card or a cluster.
struct VoteCast {
    static constexpr std::string_view kType = "vote.cast";
    ItemId id = kNoItem;
    ItemId target = kNoItem;
    int seat = 0;
    friend bool operator==(const VoteCast&, const VoteCast&) = default;
};

/// A dot went back to its seat.
struct VoteWithdrawn {
    static constexpr std::string_view kType = "vote.withdrawn";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const VoteWithdrawn&, const VoteWithdrawn&) = default;
};

/// A withdrawn dot was put back where it was (undo of a withdrawal).
struct VoteRestored {
    static constexpr std::string_view kType = "vote.restored";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const VoteRestored&, const VoteRestored&) = default;
};

} // namespace atelier::core
