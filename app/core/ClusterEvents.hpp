// Events that group cards into named clusters.
#pragma once

#include "core/Ids.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace atelier::core {

/// Cards were gathered into a new cluster (possibly none yet, for an empty named cluster).
struct ClusterFormed {
    static constexpr std::string_view kType = "cluster.formed";
    ItemId id = kNoItem;
    std::string name;
    std::vector<ItemId> cards;
    int seat = 0;
    friend bool operator==(const ClusterFormed&, const ClusterFormed&) = default;
};

/// A cluster got a new name.
struct ClusterRenamed {
    static constexpr std::string_view kType = "cluster.renamed";
    ItemId id = kNoItem;
    std::string name;
    int seat = 0;
    friend bool operator==(const ClusterRenamed&, const ClusterRenamed&) = default;
};

/// A card was dropped into a cluster.
struct ClusterJoined {
    static constexpr std::string_view kType = "cluster.joined";
    ItemId cluster = kNoItem;
    ItemId card = kNoItem;
    int seat = 0;
    friend bool operator==(const ClusterJoined&, const ClusterJoined&) = default;
};

/// A card was taken out of a cluster.
struct ClusterLeft {
    static constexpr std::string_view kType = "cluster.left";
    ItemId cluster = kNoItem;
    ItemId card = kNoItem;
    int seat = 0;
    friend bool operator==(const ClusterLeft&, const ClusterLeft&) = default;
};

/// A cluster was undone: its cards are free again (it keeps its member list for a restore).
struct ClusterDissolved {
    static constexpr std::string_view kType = "cluster.dissolved";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const ClusterDissolved&, const ClusterDissolved&) = default;
};

/// A dissolved cluster came back with the members it had.
struct ClusterRestored {
    static constexpr std::string_view kType = "cluster.restored";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const ClusterRestored&, const ClusterRestored&) = default;
};

} // namespace atelier::core
