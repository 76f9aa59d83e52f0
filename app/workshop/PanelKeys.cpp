// Presses and releases on the keys of a panel facing a seat.
#include "workshop/PanelKeys.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

namespace atelier::workshop {

bool PanelKeys::press(const input::Contact& contact, const core::Pose& pose,
                      const std::vector<PanelKey>& keys) {
    const core::Vec2 local = core::tableToLocal(pose, contact.posMm);
    for (const PanelKey& key : keys) {
        if (rectContains(core::Pose{key.centreMm, 0, 1}, key.size, local)) {
            m_presses.insert_or_assign(contact.key(), Press{key, true});
            return true;
        }
    }
    return false;
}

std::optional<std::string> PanelKeys::follow(const input::Contact& contact, const core::Pose& pose) {
    const auto found = m_presses.find(contact.key());
    if (found == m_presses.end()) {
        return std::nullopt;
    }
    Press& press = found->second;
    press.inside = rectContains(core::Pose{press.key.centreMm, 0, 1}, press.key.size,
                                core::tableToLocal(pose, contact.posMm), dims::kReleaseGraceMm);
    if (contact.phase == input::Phase::Move || contact.phase == input::Phase::Down) {
        return std::nullopt;
    }
    const Press done = std::move(press);
    m_presses.erase(found);
    if (contact.phase == input::Phase::Up && done.inside) {
        return done.key.name;
    }
    return std::nullopt;
}

bool PanelKeys::pressed(std::string_view name) const {
    for (const auto& [contact, press] : m_presses) {
        if (press.key.name == name) {
            return true;
        }
    }
    return false;
}

Widget PanelKeys::widget(const PanelKey& key, const core::Pose& panel, int seat, const std::string& prefix,
                         std::uint32_t colour) const {
    Widget widget;
    widget.kind = WidgetKind::Key;
    widget.seat = seat;
    widget.name = prefix + key.name;
    widget.label = key.label;
    widget.icon = key.icon;
    widget.pose = core::Pose{core::localToTable(panel, key.centreMm), panel.rotation, 1};
    widget.size = key.size;
    widget.colour = colour;
    widget.pressed = pressed(key.name);
    return widget;
}

Widget seatPanelWidget(WidgetKind kind, int seat, const core::Pose& pose, core::Size size,
                       std::uint32_t colour, core::ItemId item) {
    Widget panel;
    panel.kind = kind;
    panel.seat = seat;
    panel.pose = pose;
    panel.size = size;
    panel.colour = colour;
    panel.card = item;
    return panel;
}

void addKeyTargets(input::TargetRegistry& targets, const std::string& prefix, const core::Pose& panel,
                   const std::vector<PanelKey>& keys) {
    for (const PanelKey& key : keys) {
        targets.addRotated(prefix + key.name,
                           core::Pose{core::localToTable(panel, key.centreMm), panel.rotation, 1}, key.size);
    }
}

} // namespace atelier::workshop
