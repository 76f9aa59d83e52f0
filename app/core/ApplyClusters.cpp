// apply() rules of the cluster events; member lists stay sorted so that join and leave undo exactly.
#include "core/ApplyRules.hpp"

#include "core/Limits.hpp"
#include "core/Utf8.hpp"

#include <algorithm>

namespace atelier::core::detail {
namespace {

/// Why this card cannot be added to a cluster (missing, deleted, already in one), or nothing.
Problem joinProblem(const Board& board, ItemId cardId) {
    const Card* card = board.findCard(cardId);
    if (card == nullptr) {
        return missing(board, "card", cardId);
    }
    if (card->deleted) {
        return "card " + std::to_string(cardId) + " is deleted";
    }
    if (const ItemId other = board.clusterOf(cardId); other != kNoItem) {
        return "card " + std::to_string(cardId) + " is already in cluster " + std::to_string(other);
    }
    return std::nullopt;
}

/// The cluster an event names, when it exists and is not dissolved; otherwise why not.
Cluster* activeCluster(Board& board, ItemId id, std::string& why) {
    const auto found = board.clusters.find(id);
    if (found == board.clusters.end()) {
        why = missing(board, "cluster", id);
        return nullptr;
    }
    if (found->second.dissolved) {
        why = "cluster " + std::to_string(id) + " is dissolved";
        return nullptr;
    }
    return &found->second;
}

Problem nameProblem(std::string_view name) {
    return textProblem(name, kMaxNameBytes, "the cluster name");
}

} // namespace

ApplyResult applyEvent(Board& board, const ClusterFormed& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = newIdProblem(board, event.id)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = nameProblem(event.name)) {
        return rejected(std::move(*problem));
    }
    if (event.cards.size() > kMaxClusterCards) {
        return rejected("a cluster may gather at most " + std::to_string(kMaxClusterCards) +
                        " cards at once");
    }
    std::vector<ItemId> members = event.cards;
    std::sort(members.begin(), members.end());
    if (const auto twice = std::adjacent_find(members.begin(), members.end()); twice != members.end()) {
        return rejected("card " + std::to_string(*twice) + " is listed twice");
    }
    for (const ItemId card : members) {
        if (Problem problem = joinProblem(board, card)) {
            return rejected(std::move(*problem));
        }
    }
    board.clusters.emplace(event.id, Cluster{event.id, event.name, std::move(members), false});
    noteIdUsed(board, event.id);
    return accepted();
}

ApplyResult applyEvent(Board& board, const ClusterRenamed& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Cluster* cluster = activeCluster(board, event.id, why);
    if (cluster == nullptr) {
        return rejected(std::move(why));
    }
    if (Problem problem = nameProblem(event.name)) {
        return rejected(std::move(*problem));
    }
    cluster->name = event.name;
    return accepted();
}

ApplyResult applyEvent(Board& board, const ClusterJoined& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Cluster* cluster = activeCluster(board, event.cluster, why);
    if (cluster == nullptr) {
        return rejected(std::move(why));
    }
    if (Problem problem = joinProblem(board, event.card)) {
        return rejected(std::move(*problem));
    }
    cluster->cards.insert(std::lower_bound(cluster->cards.begin(), cluster->cards.end(), event.card),
                          event.card);
    return accepted();
}

ApplyResult applyEvent(Board& board, const ClusterLeft& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Cluster* cluster = activeCluster(board, event.cluster, why);
    if (cluster == nullptr) {
        return rejected(std::move(why));
    }
    const Card* card = board.findCard(event.card);
    if (card == nullptr) {
        return rejected(missing(board, "card", event.card));
    }
    if (card->deleted) {
        return rejected("card " + std::to_string(event.card) + " is deleted");
    }
    const auto member = std::lower_bound(cluster->cards.begin(), cluster->cards.end(), event.card);
    if (member == cluster->cards.end() || *member != event.card) {
        return rejected("card " + std::to_string(event.card) + " is not in cluster " +
                        std::to_string(event.cluster));
    }
    cluster->cards.erase(member);
    return accepted();
}

ApplyResult applyEvent(Board& board, const ClusterDissolved& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Cluster* cluster = activeCluster(board, event.id, why);
    if (cluster == nullptr) {
        return rejected(std::move(why));
    }
    cluster->dissolved = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const ClusterRestored& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    const auto found = board.clusters.find(event.id);
    if (found == board.clusters.end()) {
        return rejected(missing(board, "cluster", event.id));
    }
    Cluster& cluster = found->second;
    if (!cluster.dissolved) {
        return rejected("cluster " + std::to_string(event.id) + " is not dissolved");
    }
    for (const ItemId card : cluster.cards) {
        if (const ItemId other = board.clusterOf(card); other != kNoItem) {
            return rejected("card " + std::to_string(card) + " has since joined cluster " +
                            std::to_string(other));
        }
    }
    cluster.dissolved = false;
    return accepted();
}

} // namespace atelier::core::detail
