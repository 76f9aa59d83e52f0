// Cross-item checks of a decoded board: ids, stacking order, seats and references.
#include "core/BoardCheck.hpp"

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
                          !board.clusters.empty() || !board.votes.empty();
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
    return std::nullopt;
}

} // namespace atelier::core
