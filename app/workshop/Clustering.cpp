// Lasso containment, cluster boxes and labels, and single-linkage suggestions over the board's cards.
#include "workshop/Clustering.hpp"

#include "core/Ranking.hpp"
#include "workshop/CardText.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>

namespace atelier::workshop {
namespace {

/// Smallest gap between a lasso's ends that still closes it, whatever its length.
constexpr double kMinClosingGapMm = 60;
/// Fewest points (2 mm apart) of a lasso: a loop around a card is far longer.
constexpr std::size_t kMinLassoPoints = 8;
/// Size of a cluster label's touch target.
constexpr core::Size kLabelSize = core::kClusterLabelSlotMm;
/// How far along the outline's top edge the label starts (the renderer's indent).
constexpr double kLabelIndentMm = core::kClusterLabelIndentMm;

double distance(core::Vec2 a, core::Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

bool isIdeaCard(const core::Card& card) {
    return !card.deleted && card.seat != 0;
}

/// Even-odd rule over the polygon the path makes once closed.
bool insidePolygon(const std::vector<core::Vec2>& path, core::Vec2 p) {
    bool inside = false;
    for (std::size_t i = 0, j = path.size() - 1; i < path.size(); j = i++) {
        const core::Vec2 a = path[i];
        const core::Vec2 b = path[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
            inside = !inside;
        }
    }
    return inside;
}

} // namespace

bool lassoCloses(const std::vector<core::Vec2>& path) {
    if (path.size() < kMinLassoPoints) {
        return false;
    }
    double length = 0;
    for (std::size_t i = 1; i < path.size(); ++i) {
        length += distance(path[i - 1], path[i]);
    }
    return distance(path.front(), path.back()) <= std::max(kMinClosingGapMm, length / 4);
}

std::vector<core::ItemId> cardsInLasso(const core::Board& board, const std::vector<core::Vec2>& path) {
    std::vector<core::ItemId> inside;
    if (!lassoCloses(path)) {
        return inside;
    }
    for (const auto& [id, card] : board.cards) {
        if (isIdeaCard(card) && insidePolygon(path, card.pose.centre)) {
            inside.push_back(id);
        }
    }
    return inside;
}

std::optional<TableBox> clusterBox(const core::Board& board, const core::Cluster& cluster,
                                   core::ItemId without) {
    std::optional<TableBox> box;
    for (const core::ItemId id : cluster.cards) {
        const core::Card* card = board.findCard(id);
        if (card == nullptr || card->deleted || id == without) {
            continue;
        }
        const double hw = card->size.width / 2;
        const double hh = card->size.height / 2;
        for (const core::Vec2 corner :
             {core::Vec2{-hw, -hh}, core::Vec2{hw, -hh}, core::Vec2{hw, hh}, core::Vec2{-hw, hh}}) {
            const core::Vec2 c = core::localToTable(card->pose, corner);
            if (!box) {
                box = TableBox{c, c};
            }
            box->min = {std::min(box->min.x, c.x), std::min(box->min.y, c.y)};
            box->max = {std::max(box->max.x, c.x), std::max(box->max.y, c.y)};
        }
    }
    return box;
}

core::ItemId clusterAt(const core::Board& board, core::Vec2 point, core::ItemId without) {
    core::ItemId best = core::kNoItem;
    double bestArea = 0;
    for (const auto& [id, cluster] : board.clusters) {
        if (cluster.dissolved) {
            continue;
        }
        const std::optional<TableBox> box = clusterBox(board, cluster, without);
        if (!box || !box->contains(point, kClusterMarginMm)) {
            continue;
        }
        const double area = (box->max.x - box->min.x) * (box->max.y - box->min.y);
        if (best == core::kNoItem || area < bestArea) {
            best = id;
            bestArea = area;
        }
    }
    return best;
}

core::ItemId clusterTouching(const core::Board& board, core::ItemId cardId) {
    const core::Card* card = board.findCard(cardId);
    if (card == nullptr || card->deleted) {
        return core::kNoItem;
    }
    core::Cluster self{cardId, "", {cardId}, false};
    const std::optional<TableBox> own = clusterBox(board, self);
    core::ItemId best = core::kNoItem;
    double bestOverlap = 0;
    for (const auto& [id, cluster] : board.clusters) {
        const std::optional<TableBox> box =
            cluster.dissolved ? std::nullopt : clusterBox(board, cluster, cardId);
        if (!box || !own) {
            continue;
        }
        const double w = std::min(own->max.x, box->max.x + kClusterMarginMm) -
                         std::max(own->min.x, box->min.x - kClusterMarginMm);
        const double h = std::min(own->max.y, box->max.y + kClusterMarginMm) -
                         std::max(own->min.y, box->min.y - kClusterMarginMm);
        if (w >= 0 && h >= 0 && (best == core::kNoItem || w * h > bestOverlap)) {
            best = id;
            bestOverlap = w * h;
        }
    }
    return best;
}

std::optional<LabelPlace> clusterLabelPlace(const core::Board& board, const core::Cluster& cluster) {
    if (cluster.dissolved) {
        return std::nullopt;
    }
    const std::optional<TableBox> box = clusterBox(board, cluster);
    if (!box) {
        return std::nullopt;
    }
    const core::Vec2 centre{box->min.x - kClusterMarginMm + kLabelIndentMm + kLabelSize.width / 2,
                            box->min.y - kClusterMarginMm};
    return LabelPlace{core::Pose{centre, 0, 1}, kLabelSize};
}

core::ItemId clusterLabelAt(const core::Board& board, core::Vec2 point) {
    for (const auto& [id, cluster] : board.clusters) {
        const std::optional<LabelPlace> place = clusterLabelPlace(board, cluster);
        if (place && rectContains(place->pose, place->size, point)) {
            return id;
        }
    }
    return core::kNoItem;
}

int clusterNumber(const core::Board& board, core::ItemId cluster) {
    const auto found = board.clusters.find(cluster);
    return found == board.clusters.end() ? 0
                                         : static_cast<int>(std::distance(board.clusters.begin(), found)) + 1;
}

std::vector<std::string> rankingLines(const core::Board& board, std::size_t count, std::size_t maxCharacters,
                                      core::Language language) {
    const auto cut = [&](std::string_view text) {
        std::string_view kept = text;
        bool shortened = false;
        while (characterCount(kept) > maxCharacters) {
            kept = withoutLastCharacter(kept);
            shortened = true;
        }
        std::string result(kept);
        if (shortened) {
            result += "…";
        }
        return result;
    };
    std::vector<std::string> lines;
    for (const core::RankedItem& item : core::rankByVotes(board)) {
        if (lines.size() >= count || item.votes == 0) {
            break;
        }
        // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) on chains of operator+.
        std::string line = std::to_string(item.rank);
        line += ".  ×";
        line += std::to_string(item.votes);
        line += "  ";
        if (item.kind == core::RankedItem::Kind::Cluster) {
            const std::string& name = board.findCluster(item.id)->name;
            line += '[';
            line += name.empty() ? std::string(core::text(language, core::TextId::ClusterUnnamed)) +
                                       std::to_string(clusterNumber(board, item.id))
                                 : cut(name);
            line += ']';
        } else {
            line += cut(board.findCard(item.id)->text);
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

int rankingTiedBeyond(const core::Board& board, std::size_t count) {
    const std::vector<core::RankedItem> ranking = core::rankByVotes(board);
    if (count == 0 || ranking.size() <= count || ranking[count - 1].votes == 0) {
        return 0;
    }
    const int lastRank = ranking[count - 1].rank;
    return static_cast<int>(
        std::count_if(ranking.begin() + static_cast<std::ptrdiff_t>(count), ranking.end(),
                      [&](const core::RankedItem& item) { return item.rank == lastRank; }));
}

std::vector<std::vector<core::ItemId>> suggestClusters(const core::Board& board, double distanceMm) {
    std::vector<const core::Card*> cards;
    for (const auto& [id, card] : board.cards) {
        if (isIdeaCard(card) && board.clusterOf(id) == core::kNoItem) {
            cards.push_back(&card);
        }
    }
    std::vector<std::size_t> parent(cards.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    const auto root = [&](std::size_t i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    };
    for (std::size_t i = 0; i < cards.size(); ++i) {
        for (std::size_t j = i + 1; j < cards.size(); ++j) {
            if (distance(cards[i]->pose.centre, cards[j]->pose.centre) <= distanceMm) {
                const std::size_t a = root(i);
                const std::size_t b = root(j);
                parent[std::max(a, b)] = std::min(a, b);
            }
        }
    }
    std::vector<std::vector<core::ItemId>> groups(cards.size());
    for (std::size_t i = 0; i < cards.size(); ++i) {
        groups[root(i)].push_back(cards[i]->id); // cards ascend by id, so each group does too
    }
    std::erase_if(groups, [](const std::vector<core::ItemId>& group) { return group.size() < 2; });
    return groups; // indexed by their lowest member's position: already ordered by first id
}

} // namespace atelier::workshop
