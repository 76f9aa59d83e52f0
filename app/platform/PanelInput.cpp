// Routes the panel's contact to ImGui and the others to the table.
#include "platform/PanelInput.hpp"

#include <algorithm>

namespace atelier::platform {

bool PanelInput::route(std::vector<input::Contact>& contacts, const std::optional<PanelArea>& area) {
    const std::size_t before = contacts.size();
    std::erase_if(contacts, [&](const input::Contact& contact) {
        const input::ContactKey key = contact.key();
        const bool ends = contact.phase == input::Phase::Up || contact.phase == input::Phase::Cancel;
        if (m_pointer && *m_pointer == key) {
            m_posMm = contact.posMm;
            if (ends) {
                m_pointer.reset();
                m_released = true;
                if (contact.phase == input::Phase::Cancel) {
                    m_active = false; // a cancelled touch clicks nothing
                }
            }
            return true;
        }
        if (m_swallowed.contains(key)) {
            if (ends) {
                m_swallowed.erase(key);
            }
            return true;
        }
        if (contact.phase != input::Phase::Down || !area || !area->contains(contact.posMm)) {
            return false;
        }
        if (!m_pointer && !m_active) {
            m_pointer = key;
            m_active = true;
            m_downShown = false;
            m_released = false;
            m_posMm = contact.posMm;
        } else {
            m_swallowed.insert(key);
        }
        return true;
    });
    return contacts.size() != before;
}

PointerFrame PanelInput::nextFrame() {
    if (!m_active) {
        return {};
    }
    if (!m_downShown) {
        m_downShown = true;
        return PointerFrame{true, m_posMm, true};
    }
    if (m_released) {
        m_active = false;
        return PointerFrame{true, m_posMm, false};
    }
    return PointerFrame{true, m_posMm, true};
}

void PanelInput::reset() {
    m_active = false;
    if (m_pointer) {
        m_swallowed.insert(*m_pointer); // it started on the panel: its lift must not reach the board
    }
    m_pointer.reset();
}

} // namespace atelier::platform
