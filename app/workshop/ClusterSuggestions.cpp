// Proposals of clusters, their accept and dismiss buttons, widgets and targets.
#include "workshop/ClusterSuggestions.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>
#include <string>

namespace atelier::workshop {
namespace {

/// The outline colour of clusters (the renderer's), for proposals too.
constexpr std::uint32_t kOutline = 0x4A5D73;

std::string targetName(int number, bool accept) {
    std::string name = "suggestion.";
    name += std::to_string(number);
    name += accept ? ".accept" : ".dismiss";
    return name;
}

} // namespace

std::size_t ClusterSuggestions::propose(const core::Board& board, double distanceMm, core::Vec2 surfaceMm) {
    m_surfaceMm = surfaceMm;
    m_suggestions.clear();
    m_presses.clear();
    for (std::vector<core::ItemId>& group : suggestClusters(board, distanceMm)) {
        const core::Cluster asCluster{core::kNoItem, "", group, false};
        const std::optional<TableBox> box = clusterBox(board, asCluster);
        if (box) {
            const int number = static_cast<int>(m_suggestions.size()) + 1;
            m_suggestions.push_back(Suggestion{number, std::move(group), *box});
        }
    }
    return m_suggestions.size();
}

void ClusterSuggestions::clear() {
    m_suggestions.clear();
    m_presses.clear();
}

core::Pose ClusterSuggestions::buttonPose(const Suggestion& suggestion, bool accept) const {
    const double half = dims::kButtonMm / 2;
    const double right = suggestion.box.max.x + kClusterMarginMm - half;
    const double x = accept ? right - dims::kButtonMm - dims::kButtonGapMm : right;
    const double y = suggestion.box.min.y - kClusterMarginMm;
    return core::Pose{
        {std::clamp(x, half, m_surfaceMm.x - half), std::clamp(y, half, m_surfaceMm.y - half)}, 0, 1};
}

bool ClusterSuggestions::press(const input::Contact& contact) {
    const core::Size size{dims::kButtonMm, dims::kButtonMm};
    for (const Suggestion& suggestion : m_suggestions) {
        for (const bool accept : {true, false}) {
            if (rectContains(buttonPose(suggestion, accept), size, contact.posMm)) {
                m_presses.insert_or_assign(contact.key(),
                                           Press{SuggestionDecision{suggestion.number, accept}, true});
                return true;
            }
        }
    }
    return false;
}

std::optional<SuggestionDecision> ClusterSuggestions::follow(const input::Contact& contact) {
    const auto found = m_presses.find(contact.key());
    if (found == m_presses.end()) {
        return std::nullopt;
    }
    Press& press = found->second;
    const auto suggestion =
        std::find_if(m_suggestions.begin(), m_suggestions.end(),
                     [&](const Suggestion& s) { return s.number == press.decision.number; });
    press.inside =
        suggestion != m_suggestions.end() &&
        rectContains(buttonPose(*suggestion, press.decision.accept),
                     core::Size{dims::kButtonMm, dims::kButtonMm}, contact.posMm, dims::kReleaseGraceMm);
    if (contact.phase == input::Phase::Down || contact.phase == input::Phase::Move) {
        return std::nullopt;
    }
    const Press done = press;
    m_presses.erase(found);
    if (contact.phase == input::Phase::Cancel || !done.inside) {
        return std::nullopt;
    }
    return done.decision;
}

std::optional<std::vector<core::ItemId>> ClusterSuggestions::take(int number) {
    const auto found = std::find_if(m_suggestions.begin(), m_suggestions.end(),
                                    [&](const Suggestion& s) { return s.number == number; });
    if (found == m_suggestions.end()) {
        return std::nullopt;
    }
    std::vector<core::ItemId> cards = std::move(found->cards);
    m_suggestions.erase(found);
    return cards;
}

void ClusterSuggestions::appendWidgets(std::vector<Widget>& out) const {
    for (const Suggestion& suggestion : m_suggestions) {
        Widget outline;
        outline.kind = WidgetKind::Suggestion;
        outline.pose = core::Pose{{(suggestion.box.min.x + suggestion.box.max.x) / 2,
                                   (suggestion.box.min.y + suggestion.box.max.y) / 2},
                                  0,
                                  1};
        outline.size = core::Size{suggestion.box.max.x - suggestion.box.min.x + 2 * kClusterMarginMm,
                                  suggestion.box.max.y - suggestion.box.min.y + 2 * kClusterMarginMm};
        outline.colour = kOutline;
        out.push_back(std::move(outline));
        for (const bool accept : {true, false}) {
            Widget button;
            button.kind = WidgetKind::DockButton;
            button.name = targetName(suggestion.number, accept);
            button.icon = accept ? "accept" : "dismiss";
            button.pose = buttonPose(suggestion, accept);
            button.size = core::Size{dims::kButtonMm, dims::kButtonMm};
            button.colour = kOutline;
            button.pressed = std::any_of(m_presses.begin(), m_presses.end(), [&](const auto& entry) {
                return entry.second.inside && entry.second.decision.number == suggestion.number &&
                       entry.second.decision.accept == accept;
            });
            out.push_back(std::move(button));
        }
    }
}

void ClusterSuggestions::addTargets(input::TargetRegistry& targets) const {
    for (const Suggestion& suggestion : m_suggestions) {
        for (const bool accept : {true, false}) {
            targets.addRotated(targetName(suggestion.number, accept), buttonPose(suggestion, accept),
                               core::Size{dims::kButtonMm, dims::kButtonMm});
        }
    }
}

} // namespace atelier::workshop
