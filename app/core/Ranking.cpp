// Counts the live dots on each card and cluster and orders them.
#include "core/Ranking.hpp"

#include <algorithm>
#include <map>

namespace atelier::core {

std::vector<RankedItem> rankByVotes(const Board& board) {
    std::map<ItemId, int> dots;
    for (const auto& [id, vote] : board.votes) {
        if (!vote.withdrawn && board.isLiveVoteTarget(vote.target)) {
            ++dots[vote.target];
        }
    }
    const auto count = [&](ItemId id) {
        const auto found = dots.find(id);
        return found == dots.end() ? 0 : found->second;
    };
    std::vector<RankedItem> ranking;
    for (const auto& [id, cluster] : board.clusters) {
        if (!cluster.dissolved) {
            int votes = count(id);
            for (const ItemId card : cluster.cards) {
                votes += count(card); // dots on a deleted card are not live: they count nowhere
            }
            ranking.push_back(RankedItem{RankedItem::Kind::Cluster, id, votes, 1});
        }
    }
    for (const auto& [id, card] : board.cards) {
        if (!card.deleted && (card.seat != 0 || count(id) > 0)) {
            ranking.push_back(RankedItem{RankedItem::Kind::Card, id, count(id), 1});
        }
    }
    std::stable_sort(ranking.begin(), ranking.end(),
                     [](const RankedItem& a, const RankedItem& b) { return a.votes > b.votes; });
    for (std::size_t i = 1; i < ranking.size(); ++i) {
        ranking[i].rank =
            ranking[i].votes == ranking[i - 1].votes ? ranking[i - 1].rank : static_cast<int>(i) + 1;
    }
    return ranking;
}

} // namespace atelier::core
