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

} // namespace atelier::workshop
