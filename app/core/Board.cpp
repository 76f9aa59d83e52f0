// Read-only queries on the board that apply and the renderers share.
#include "core/Board.hpp"

#include <algorithm>

namespace atelier::core {
namespace {

template <typename Item>
const Item* findIn(const std::map<ItemId, Item>& items, ItemId id) {
    const auto found = items.find(id);
    return found == items.end() ? nullptr : &found->second;
}

} // namespace

std::string_view Board::kindOf(ItemId id) const {
    if (cards.contains(id)) {
        return "card";
    }
    if (photos.contains(id)) {
        return "photo";
    }
    if (strokes.contains(id)) {
        return "stroke";
    }
    if (clusters.contains(id)) {
        return "cluster";
    }
    if (votes.contains(id)) {
        return "vote";
    }
    if (coins.contains(id)) {
        return "coin";
    }
    return {};
}

const Card* Board::findCard(ItemId id) const {
    return findIn(cards, id);
}

const Photo* Board::findPhoto(ItemId id) const {
    return findIn(photos, id);
}

const Stroke* Board::findStroke(ItemId id) const {
    return findIn(strokes, id);
}

const Cluster* Board::findCluster(ItemId id) const {
    return findIn(clusters, id);
}

const Vote* Board::findVote(ItemId id) const {
    return findIn(votes, id);
}

const Coin* Board::findCoin(ItemId id) const {
    return findIn(coins, id);
}

ItemId Board::clusterOf(ItemId card) const {
    for (const auto& [id, cluster] : clusters) {
        if (!cluster.dissolved && std::binary_search(cluster.cards.begin(), cluster.cards.end(), card)) {
            return id;
        }
    }
    return kNoItem;
}

bool Board::isLiveVoteTarget(ItemId id) const {
    if (const Card* card = findCard(id)) {
        return !card->deleted;
    }
    if (const Cluster* cluster = findCluster(id)) {
        return !cluster->dissolved;
    }
    return false;
}

int Board::dotsInUse(int seat) const {
    int inUse = 0;
    for (const auto& [id, vote] : votes) {
        if (vote.seat == seat && !vote.withdrawn && isLiveVoteTarget(vote.target)) {
            ++inUse;
        }
    }
    return inUse;
}

} // namespace atelier::core
