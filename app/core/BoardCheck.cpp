// Cross-item checks of a decoded board: ids, stacking order, seats and references.
#include "core/BoardCheck.hpp"

#include "core/Limits.hpp"
#include "core/Utf8.hpp"

#include <algorithm>
#include <string>

namespace atelier::core {
namespace {

template <typename Item>
void noteHighest(const std::map<ItemId, Item>& items, ItemId& highest) {
    if (!items.empty()) {
        highest = std::max(highest, items.rbegin()->first);
    }
}

std::optional<std::string> counterProblem(const Board& board) {
    ItemId highestId = 0;
    noteHighest(board.cards, highestId);
    noteHighest(board.photos, highestId);
    noteHighest(board.strokes, highestId);
    noteHighest(board.clusters, highestId);
    noteHighest(board.votes, highestId);
    noteHighest(board.coins, highestId);
    if (board.nextId <= highestId || board.nextId > kMaxItemId + 1) {
        return "nextId " + std::to_string(board.nextId) + " is not above every id in use";
    }
    std::uint64_t highestZ = 0;
    for (const auto& [id, card] : board.cards) {
        highestZ = std::max(highestZ, card.z);
    }
    for (const auto& [id, photo] : board.photos) {
        highestZ = std::max(highestZ, photo.z);
    }
    if (board.zCounter < highestZ) {
        return "zCounter " + std::to_string(board.zCounter) + " is below a z in use";
    }
    const bool hasItems = !board.cards.empty() || !board.photos.empty() || !board.strokes.empty() ||
                          !board.clusters.empty() || !board.votes.empty() || board.hasDecision();
    if (!board.configured() && (hasItems || board.phase.index >= 0)) {
        return "the board has items or a phase but no seats";
    }
    return std::nullopt;
}

std::optional<std::string> clusterProblem(const Board& board) {
    std::map<ItemId, ItemId> clusterOfCard;
    for (const auto& [id, cluster] : board.clusters) {
        for (const ItemId card : cluster.cards) {
            if (board.findCard(card) == nullptr) {
                return "cluster " + std::to_string(id) + " lists " + std::to_string(card) +
                       ", which is not a card";
            }
            if (!cluster.dissolved && !clusterOfCard.emplace(card, id).second) {
                return "card " + std::to_string(card) + " is in two clusters";
            }
        }
    }
    return std::nullopt;
}

bool isProposal(const Board& board, ItemId id) {
    return board.findCard(id) != nullptr || board.findCluster(id) != nullptr;
}

/// Costs, coins and ratings on cards or clusters, by seats of the table, within the set-up.
std::optional<std::string> decisionProblem(const Board& board) {
    const DecisionSetup& setup = board.decision;
    const auto criteria = static_cast<int>(setup.criteria.size());
    if (criteria == 1 || (setup.coinsPerSeat > 0 && setup.coinValueCents == 0)) {
        return std::string("the decision set-up is not one apply accepts");
    }
    for (const std::string& name : setup.criteria) {
        if (name.empty() || textProblem(name, kMaxNameBytes, "a criterion name")) {
            return "criterion \"" + name + "\" is not a name apply accepts";
        }
    }
    for (const auto& [item, cents] : board.costs) {
        if (!isProposal(board, item)) {
            return "a cost names " + std::to_string(item) + ", which is neither a card nor a cluster";
        }
    }
    for (const auto& [id, coin] : board.coins) {
        if (coin.seat > board.seatCount || !isProposal(board, coin.target)) {
            return "coin " + std::to_string(id) +
                   " belongs to no seat of the table or lies on no card or cluster";
        }
    }
    for (const auto& [key, value] : board.ratings) {
        if (key.seat > board.seatCount || key.criterion >= criteria || !isProposal(board, key.item)) {
            return "a rating of " + std::to_string(key.item) + " names no card or cluster, seat or criterion";
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> boardConsistencyProblem(const Board& board) {
    if (std::optional<std::string> problem = counterProblem(board)) {
        return problem;
    }
    const auto seatOutside = [&board](int seat) { return seat > board.seatCount; };
    for (const auto& [id, card] : board.cards) {
        if (seatOutside(card.seat)) {
            return "card " + std::to_string(id) + " belongs to a seat the table does not have";
        }
    }
    for (const auto& [id, stroke] : board.strokes) {
        if (seatOutside(stroke.seat)) {
            return "stroke " + std::to_string(id) + " belongs to a seat the table does not have";
        }
        if (stroke.parent != kNoItem && board.findPhoto(stroke.parent) == nullptr) {
            return "stroke " + std::to_string(id) + " lies on photo " + std::to_string(stroke.parent) +
                   ", which is not on the board";
        }
    }
    if (std::optional<std::string> problem = clusterProblem(board)) {
        return problem;
    }
    for (const auto& [id, vote] : board.votes) {
        if (seatOutside(vote.seat)) {
            return "vote " + std::to_string(id) + " belongs to a seat the table does not have";
        }
        if (board.findCard(vote.target) == nullptr && board.findCluster(vote.target) == nullptr) {
            return "vote " + std::to_string(id) + " is on " + std::to_string(vote.target) +
                   ", which is neither a card nor a cluster";
        }
    }
    return decisionProblem(board);
}

} // namespace atelier::core
