// The one layout of cast vote dots, used by the renderer (what is seen) and the workshop (what a finger
// takes).
#include "core/VotePlacement.hpp"

#include <algorithm>

namespace atelier::core {
namespace {

/// Top-left corner of the box around a cluster's live cards (their turned corners); none without a live card.
std::optional<Vec2> clusterTopLeft(const Board& board, const Cluster& cluster) {
    std::optional<Vec2> topLeft;
    for (const ItemId id : cluster.cards) {
        const Card* card = board.findCard(id);
        if (card == nullptr || card->deleted) {
            continue;
        }
        const double hw = card->size.width / 2;
        const double hh = card->size.height / 2;
        for (const Vec2 corner : {Vec2{-hw, -hh}, Vec2{hw, -hh}, Vec2{hw, hh}, Vec2{-hw, hh}}) {
            const Vec2 c = localToTable(card->pose, corner);
            topLeft = topLeft ? Vec2{std::min(topLeft->x, c.x), std::min(topLeft->y, c.y)} : c;
        }
    }
    return topLeft;
}

} // namespace

bool dotComesBefore(const Vote& a, const Vote& b) noexcept {
    return a.seat != b.seat ? a.seat < b.seat : a.id < b.id;
}

Vec2 cardDotOffset(Size size, std::size_t index, std::size_t count) noexcept {
    const double room = std::max(0.0, size.width - 2 * kVoteDotEndMarginMm - 2 * kVoteDotRadiusMm);
    const double n = static_cast<double>(std::max<std::size_t>(count, 1));
    const double step = n > 1 ? std::min(kVoteDotSpacingMm, room / (n - 1)) : 0.0;
    return Vec2{step * (static_cast<double>(index) - (n - 1) / 2), size.height / 2 - kVoteDotInsetMm};
}

std::optional<VoteDotPlace> votePlace(const Board& board, const Vote& vote) {
    if (vote.withdrawn || !board.isLiveVoteTarget(vote.target)) {
        return std::nullopt;
    }
    std::size_t index = 0; // live dots on the same target before this one
    std::size_t count = 0;
    for (const auto& [id, other] : board.votes) {
        if (other.withdrawn || other.target != vote.target) {
            continue;
        }
        ++count;
        if (id != vote.id && dotComesBefore(other, vote)) {
            ++index;
        }
    }
    if (const Card* card = board.findCard(vote.target)) {
        const Vec2 local = cardDotOffset(card->size, index, count);
        return VoteDotPlace{localToTable(card->pose, local), kVoteDotRadiusMm * card->pose.scale,
                            card->pose.rotation};
    }
    const Cluster* cluster = board.findCluster(vote.target);
    const std::optional<Vec2> topLeft = cluster != nullptr ? clusterTopLeft(board, *cluster) : std::nullopt;
    if (!topLeft) {
        return std::nullopt;
    }
    const double slotRight =
        topLeft->x - kClusterOutlineMarginMm + kClusterLabelIndentMm + kClusterLabelSlotMm.width;
    const double x =
        slotRight + kVoteDotSpacingMm / 2 + kVoteDotRadiusMm + kVoteDotSpacingMm * static_cast<double>(index);
    return VoteDotPlace{Vec2{x, topLeft->y - kClusterOutlineMarginMm}, kVoteDotRadiusMm, 0};
}

} // namespace atelier::core
