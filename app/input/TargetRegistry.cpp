// Target bookkeeping, board items as targets, and the JSON-lines listing.
#include "input/TargetRegistry.hpp"

#include "input/HitTest.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace atelier::input {
namespace {

/// Six decimals of the surface: a micrometre on a 1.2 m table, and short lines.
double rounded(double value) {
    if (!std::isfinite(value)) {
        return 0.0;
    }
    const double r = std::round(value * 1e6) / 1e6;
    return r == 0.0 ? 0.0 : r;
}

} // namespace

void TargetRegistry::add(std::string name, core::Vec2 centreMm, core::Vec2 sizeMm) {
    m_targets.insert_or_assign(std::move(name), Target{centreMm, sizeMm});
}

void TargetRegistry::addRotated(std::string name, const core::Pose& pose, const core::Size& size) {
    const Bounds bounds = rotatedBounds(pose, size);
    add(std::move(name), pose.centre, core::Vec2{bounds.max.x - bounds.min.x, bounds.max.y - bounds.min.y});
}

void TargetRegistry::addBoard(const core::Board& board) {
    std::map<core::ItemId, Bounds> cardBounds;
    for (const auto& [id, card] : board.cards) {
        if (!card.deleted) {
            addRotated("card." + std::to_string(id), card.pose, card.size);
            cardBounds.emplace(id, rotatedBounds(card.pose, card.size));
        }
    }
    for (const auto& [id, photo] : board.photos) {
        if (!photo.deleted) {
            addRotated("photo." + std::to_string(id), photo.pose, photo.size);
        }
    }
    for (const auto& [id, cluster] : board.clusters) {
        if (cluster.dissolved) {
            continue;
        }
        Bounds all{{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()},
                   {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()}};
        bool any = false;
        for (const core::ItemId cardId : cluster.cards) {
            const auto found = cardBounds.find(cardId);
            if (found == cardBounds.end()) {
                continue;
            }
            any = true;
            all.min = core::Vec2{std::min(all.min.x, found->second.min.x),
                                 std::min(all.min.y, found->second.min.y)};
            all.max = core::Vec2{std::max(all.max.x, found->second.max.x),
                                 std::max(all.max.y, found->second.max.y)};
        }
        if (any) {
            add("cluster." + std::to_string(id),
                core::Vec2{(all.min.x + all.max.x) / 2, (all.min.y + all.max.y) / 2},
                core::Vec2{all.max.x - all.min.x, all.max.y - all.min.y});
        }
    }
}

TargetRegistry TargetRegistry::fromBoard(const core::Board& board) {
    TargetRegistry registry;
    registry.addBoard(board);
    return registry;
}

bool TargetRegistry::remove(std::string_view name) {
    const auto found = m_targets.find(name);
    if (found == m_targets.end()) {
        return false;
    }
    m_targets.erase(found);
    return true;
}

const Target* TargetRegistry::find(std::string_view name) const {
    const auto found = m_targets.find(name);
    return found == m_targets.end() ? nullptr : &found->second;
}

std::string TargetRegistry::toJsonLines(core::Vec2 surfaceSizeMm) const {
    const double width = std::isfinite(surfaceSizeMm.x) && surfaceSizeMm.x > 0 ? surfaceSizeMm.x : 1.0;
    const double height = std::isfinite(surfaceSizeMm.y) && surfaceSizeMm.y > 0 ? surfaceSizeMm.y : 1.0;
    std::string text;
    for (const auto& [name, target] : m_targets) {
        nlohmann::ordered_json line;
        line["name"] = name;
        line["x"] = rounded(target.centreMm.x / width);
        line["y"] = rounded(target.centreMm.y / height);
        line["w"] = rounded(target.sizeMm.x / width);
        line["h"] = rounded(target.sizeMm.y / height);
        text += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        text += '\n';
    }
    return text;
}

} // namespace atelier::input
