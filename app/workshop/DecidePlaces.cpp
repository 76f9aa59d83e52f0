// The layout of costs, coins and charts on cards and clusters.
#include "workshop/DecidePlaces.hpp"

#include "input/HitTest.hpp"
#include "workshop/Clustering.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace atelier::workshop {
namespace {

constexpr double kCoinPitchMm = kPlacedCoinMm + 1;
/// Below a card's bottom edge, the first row of coins (clear of the card's own dots).
constexpr double kCardCoinDropMm = kPlacedCoinMm / 2 + 1.5;
/// Between the frame and the chart.
constexpr double kChartGapMm = 3;
constexpr double kChartTitleMm = 0;
constexpr double kChartPaddingMm = 2;

bool liveCard(const core::Board& board, core::ItemId id) {
    const core::Card* card = board.findCard(id);
    return card != nullptr && !card->deleted;
}

} // namespace

std::optional<ProposalFrame> proposalFrame(const core::Board& board, core::ItemId item) {
    if (const core::Card* card = board.findCard(item)) {
        if (card->deleted) {
            return std::nullopt;
        }
        return ProposalFrame{
            core::Pose{card->pose.centre, card->pose.rotation, 1},
            core::Size{card->size.width * card->pose.scale, card->size.height * card->pose.scale}};
    }
    const core::Cluster* cluster = board.findCluster(item);
    if (cluster == nullptr || cluster->dissolved) {
        return std::nullopt;
    }
    const std::optional<TableBox> box = clusterBox(board, *cluster);
    if (!box) {
        return std::nullopt;
    }
    const core::Vec2 centre{(box->min.x + box->max.x) / 2, (box->min.y + box->max.y) / 2};
    return ProposalFrame{core::Pose{centre, 0, 1},
                         core::Size{box->max.x - box->min.x + 2 * kClusterMarginMm,
                                    box->max.y - box->min.y + 2 * kClusterMarginMm}};
}

core::Pose costTagPose(const ProposalFrame& frame) {
    const core::Vec2 local{frame.size.width / 2 - kCostTagSize.width / 2 - 4, -frame.size.height / 2};
    return core::Pose{core::localToTable(frame.pose, local), frame.pose.rotation, 1};
}

core::Size chartSize(std::size_t criteria) {
    return core::Size{kChartWidthMm + 2 * kChartPaddingMm,
                      kChartTitleMm + 2 * kChartPaddingMm +
                          static_cast<double>(criteria) * (kChartBarMm + 1)};
}

core::Pose chartPose(const ProposalFrame& frame, std::size_t criteria) {
    const core::Size size = chartSize(criteria);
    const core::Vec2 local{frame.size.width / 2 + kChartGapMm + size.width / 2,
                           -frame.size.height / 2 + size.height / 2};
    return core::Pose{core::localToTable(frame.pose, local), frame.pose.rotation, 1};
}

std::vector<CoinPlace> coinPlaces(const core::Board& board) {
    std::map<core::ItemId, std::vector<const core::Coin*>> byTarget;
    for (const auto& [id, coin] : board.coins) {
        if (!coin.withdrawn) {
            byTarget[coin.target].push_back(&coin);
        }
    }
    std::vector<CoinPlace> places;
    for (auto& [target, coins] : byTarget) {
        const std::optional<ProposalFrame> frame = proposalFrame(board, target);
        if (!frame) {
            continue; // its proposal is gone: the coin is back in its seat's purse
        }
        std::sort(coins.begin(), coins.end(), [](const core::Coin* a, const core::Coin* b) {
            return a->seat != b->seat ? a->seat < b->seat : a->id < b->id;
        });
        const bool onCard = board.findCard(target) != nullptr;
        const std::size_t perRow =
            std::max<std::size_t>(1, static_cast<std::size_t>((frame->size.width - 8) / kCoinPitchMm));
        const double firstRow = frame->size.height / 2 + (onCard ? kCardCoinDropMm : 0);
        for (std::size_t k = 0; k < coins.size(); ++k) {
            const std::size_t row = k / perRow;
            const std::size_t inRow = std::min(perRow, coins.size() - row * perRow);
            const double x =
                (static_cast<double>(k % perRow) - (static_cast<double>(inRow) - 1) / 2) * kCoinPitchMm;
            // A card's rows go on outwards, below it; a cluster's go inwards from its outline.
            const double y = firstRow + (onCard ? 1 : -1) * static_cast<double>(row) * kCoinPitchMm;
            places.push_back(CoinPlace{coins[k]->id, coins[k]->seat, core::localToTable(frame->pose, {x, y}),
                                       frame->pose.rotation});
        }
    }
    return places;
}

core::ItemId coinAt(const core::Board& board, int seat, core::Vec2 point) {
    core::ItemId found = core::kNoItem;
    double nearest = std::numeric_limits<double>::infinity();
    for (const CoinPlace& place : coinPlaces(board)) {
        if (seat != 0 && place.seat != seat) {
            continue;
        }
        const core::Vec2 local = core::tableToLocal(core::Pose{place.centre, place.rotation, 1}, point);
        if (std::abs(local.x) > kPlacedCoinTargetMm / 2 || std::abs(local.y) > kPlacedCoinTargetMm / 2) {
            continue;
        }
        const double distance = std::hypot(local.x, local.y);
        if (distance <= nearest) {
            nearest = distance;
            found = place.coin;
        }
    }
    return found;
}

std::vector<core::ItemId> proposals(const core::Board& board) {
    std::vector<core::ItemId> items;
    for (const auto& [id, cluster] : board.clusters) {
        if (proposalFrame(board, id)) {
            items.push_back(id);
        }
    }
    for (const auto& [id, card] : board.cards) {
        if (!card.deleted && card.seat != 0 && board.clusterOf(id) == core::kNoItem) {
            items.push_back(id);
        }
    }
    for (const auto& [id, cents] : board.costs) { // a costed card in a cluster, or a prompt, shows its cost
        if (cents > 0 && proposalFrame(board, id) &&
            std::find(items.begin(), items.end(), id) == items.end()) {
            items.push_back(id);
        }
    }
    std::sort(items.begin(), items.end());
    return items;
}

core::ItemId costTagAt(const core::Board& board, core::Vec2 point) {
    for (const core::ItemId item : proposals(board)) {
        if (const std::optional<ProposalFrame> frame = proposalFrame(board, item);
            frame && rectContains(costTagPose(*frame), kCostTagSize, point)) {
            return item;
        }
    }
    return core::kNoItem;
}

core::ItemId proposalAt(const core::Board& board, core::Vec2 point) {
    if (const core::ItemId tag = costTagAt(board, point); tag != core::kNoItem) {
        return tag;
    }
    const input::ItemRef item = input::hitTest(board, point, dims::kMinTargetMm);
    if (item.kind == input::ItemKind::Card && liveCard(board, item.id)) {
        const core::ItemId cluster = board.clusterOf(item.id);
        const bool onlyClusterCosted = cluster != core::kNoItem && board.costs.count(item.id) == 0;
        return onlyClusterCosted ? cluster : item.id;
    }
    core::ItemId cluster = clusterLabelAt(board, point);
    if (cluster == core::kNoItem) {
        cluster = clusterAt(board, point);
    }
    return cluster;
}

} // namespace atelier::workshop
