// The rating control's rows, steps, widgets and targets.
#include "workshop/RatingPanel.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>

namespace atelier::workshop {
namespace {

/// A step is 17 mm square (above the 15 mm minimum), 19 mm apart.
constexpr double kStepMm = 17;
constexpr double kPitchMm = 19;
/// The criterion's name, left of its steps.
constexpr double kNameMm = 78;
/// The band with the proposal's title and ✖.
constexpr double kBandMm = 20;
constexpr double kPaddingMm = 4;
constexpr int kSteps = 5;
constexpr std::size_t kMostCriteria = 7;

constexpr double kWidthMm = 2 * kPaddingMm + kNameMm + kSteps * kPitchMm;

std::string prefix(int seat) {
    return "seat." + std::to_string(seat) + ".rating.";
}

} // namespace

RatingPanel::RatingPanel(int seat, core::Pose nearEdge) : m_seat(seat), m_nearEdge(nearEdge) {}

void RatingPanel::open(core::ItemId item, std::vector<std::string> criteria) {
    if (criteria.size() > kMostCriteria) {
        criteria.resize(kMostCriteria);
    }
    m_item = criteria.empty() ? core::kNoItem : item;
    m_criteria = std::move(criteria);
    m_keys.clear();
}

void RatingPanel::close() {
    m_item = core::kNoItem;
    m_criteria.clear();
    m_keys.clear();
}

core::Size RatingPanel::size() const {
    return core::Size{kWidthMm,
                      2 * kPaddingMm + kBandMm +
                          static_cast<double>(std::max<std::size_t>(m_criteria.size(), 2)) * kPitchMm};
}

core::Pose RatingPanel::pose() const {
    // The near edge stays where the keyboard's is: a deeper panel reaches further towards the middle.
    return core::Pose{core::localToTable(m_nearEdge, core::Vec2{0, -size().height / 2}), m_nearEdge.rotation,
                      1};
}

bool RatingPanel::covers(core::Vec2 tableMm) const {
    return isOpen() && rectContains(pose(), size(), tableMm);
}

std::vector<PanelKey> RatingPanel::keys() const {
    std::vector<PanelKey> keys;
    const core::Size panel = size();
    const double left = -panel.width / 2 + kPaddingMm;
    const double top = -panel.height / 2 + kPaddingMm;
    const double bandY = top + kBandMm / 2 - 1;
    const double right = panel.width / 2 - kPaddingMm - kStepMm / 2;
    keys.push_back(PanelKey{"close", "", "dismiss", core::Vec2{right, bandY}, core::Size{kStepMm, kStepMm}});
    keys.push_back(PanelKey{"next", "\u25B6", "", core::Vec2{right - kPitchMm - 2, bandY},
                            core::Size{kStepMm, kStepMm}});
    keys.push_back(PanelKey{"previous", "\u25C0", "", core::Vec2{right - 2 * kPitchMm - 2, bandY},
                            core::Size{kStepMm, kStepMm}});
    for (std::size_t c = 0; c < m_criteria.size(); ++c) {
        const double y = top + kBandMm + (static_cast<double>(c) + 0.5) * kPitchMm;
        for (int v = 1; v <= kSteps; ++v) {
            const double x = left + kNameMm + (v - 0.5) * kPitchMm;
            keys.push_back(PanelKey{std::to_string(c + 1) + "." + std::to_string(v), std::to_string(v), "",
                                    core::Vec2{x, y}, core::Size{kStepMm, kStepMm}});
        }
    }
    return keys;
}

bool RatingPanel::press(const input::Contact& contact) {
    if (!covers(contact.posMm)) {
        return false;
    }
    m_keys.press(contact, pose(), keys());
    return true;
}

std::optional<RatingChoice> RatingPanel::follow(const input::Contact& contact, bool& closed, int& step) {
    closed = false;
    step = 0;
    const std::optional<std::string> released = m_keys.follow(contact, pose());
    if (!released || !isOpen()) {
        return std::nullopt;
    }
    if (*released == "close") {
        closed = true;
        return std::nullopt;
    }
    if (*released == "next" || *released == "previous") {
        step = *released == "next" ? 1 : -1;
        return std::nullopt;
    }
    const std::size_t dot = released->find('.');
    return RatingChoice{std::stoi(released->substr(0, dot)) - 1, std::stoi(released->substr(dot + 1))};
}

void RatingPanel::appendWidgets(std::vector<Widget>& out, std::uint32_t colour, const std::string& title,
                                const std::vector<int>& given) const {
    if (!isOpen()) {
        return;
    }
    const core::Pose centre = pose();
    Widget panel = seatPanelWidget(WidgetKind::RatingPanel, m_seat, centre, size(), colour, m_item);
    panel.name = prefix(m_seat) + "panel";
    panel.label = title;
    panel.lines = m_criteria;
    out.push_back(std::move(panel));
    for (const PanelKey& key : keys()) {
        Widget step = m_keys.widget(key, centre, m_seat, prefix(m_seat), colour);
        if (const std::size_t dot = key.name.find('.'); dot != std::string::npos) {
            const std::size_t c = static_cast<std::size_t>(std::stoi(key.name.substr(0, dot)) - 1);
            step.active = c < given.size() && given[c] == std::stoi(key.name.substr(dot + 1));
        }
        out.push_back(std::move(step));
    }
}

void RatingPanel::addTargets(input::TargetRegistry& targets) const {
    if (isOpen()) {
        addKeyTargets(targets, prefix(m_seat), pose(), keys());
    }
}

} // namespace atelier::workshop
