// Routes the panel's contact to ImGui and the others to the table.
#include "table/PanelPointer.hpp"

#include <spdlog/spdlog.h>

#include "ui/ImGuiPointer.hpp"

#include <algorithm>

namespace atelier::table {

bool PanelPointer::route(std::vector<input::Contact>& contacts, const std::optional<PanelArea>& area) {
    return route(contacts, area ? std::vector<PanelArea>{*area} : std::vector<PanelArea>{});
}

bool PanelPointer::route(std::vector<input::Contact>& contacts, const std::vector<PanelArea>& areas) {
    const auto onPanel = [&](core::Vec2 p) {
        return std::any_of(areas.begin(), areas.end(),
                           [&](const PanelArea& area) { return area.contains(p); });
    };
    const std::size_t before = contacts.size();
    std::erase_if(contacts, [&](const input::Contact& contact) {
        const input::ContactKey key = contact.key();
        const bool ends = contact.phase == input::Phase::Up || contact.phase == input::Phase::Cancel;
        if (m_pointer && *m_pointer == key) {
            if (contact.phase == input::Phase::Move) {
                if (m_slideQueued && !m_queue.empty()) {
                    m_queue.back().posMm = contact.posMm;
                } else {
                    m_queue.push_back(PointerFrame{true, contact.posMm, true});
                    m_slideQueued = true;
                }
            } else if (ends) {
                // A cancelled touch lets go off the panel: it clicks nothing.
                m_queue.push_back(PointerFrame{contact.phase == input::Phase::Up, contact.posMm, false});
                m_slideQueued = false;
                m_pointer.reset();
            }
            return true;
        }
        if (m_swallowed.contains(key)) {
            if (ends) {
                m_swallowed.erase(key);
            }
            return true;
        }
        if (contact.phase != input::Phase::Down || !onPanel(contact.posMm)) {
            return false;
        }
        if (m_pointer) {
            m_swallowed.insert(key); // a second finger on the panel: ImGui has one pointer
        } else {
            m_pointer = key;
            m_queue.push_back(PointerFrame{true, contact.posMm, true});
            m_slideQueued = false;
        }
        return true;
    });
    return contacts.size() != before;
}

PointerFrame PanelPointer::nextFrame() {
    if (!m_queue.empty()) {
        m_shown = m_queue.front();
        m_queue.pop_front();
        if (m_queue.empty()) {
            m_slideQueued = false;
        }
        return m_shown;
    }
    if (!m_shown.down) {
        m_shown.present = false; // after a release the pointer leaves: nothing stays hovered
    }
    return m_shown;
}

void PanelPointer::reset() {
    m_queue.clear();
    m_slideQueued = false;
    m_shown = {};
    if (m_pointer) {
        m_swallowed.insert(*m_pointer); // it started on the panel: its lift must not reach the board
    }
    m_pointer.reset();
}

void feedImGuiPointer(PanelPointer& pointer, const render::View& view, const ui::QuarterTurn& turn) {
    const PointerFrame frame = pointer.nextFrame();
    if (!frame.present) {
        ui::setImGuiPointer(std::nullopt, false);
        return;
    }
    spdlog::trace("panel pointer {:.0f},{:.0f} mm {}", frame.posMm.x, frame.posMm.y,
                  frame.down ? "down" : "up");
    ui::setImGuiPointer(turn.toLayout(view.toPixels(frame.posMm)), frame.down);
}

} // namespace atelier::table
