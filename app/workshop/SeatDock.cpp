// Presses and releases on one seat's dock, its widgets and its targets.
#include "workshop/SeatDock.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace atelier::workshop {

SeatDock::SeatDock(int seat, const DockLayout& layout) : m_seat(seat), m_layout(&layout) {}

std::string SeatDock::name(DockButton button, int dot) const {
    // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) on chains of operator+.
    std::string text = "seat.";
    text += std::to_string(m_seat);
    text += ".dock.";
    text += dockButtonName(button);
    if (button == DockButton::Dot || button == DockButton::Colour || button == DockButton::Width) {
        text += '.';
        text += std::to_string(dot);
    }
    return text;
}

bool SeatDock::press(const input::Contact& contact, int dotsShown, int dotsGiven) {
    for (const DockPlace& place : m_layout->buttons(m_seat)) {
        if (rectContains(place.pose, place.size, contact.posMm)) {
            m_presses.insert_or_assign(contact.key(), Press{place.button, 0, contact.posMm, true});
            return true;
        }
    }
    for (int k = 1; k <= dotsShown; ++k) {
        const DockPlace place = m_layout->dot(m_seat, k, dotsGiven);
        const bool taken = std::any_of(m_presses.begin(), m_presses.end(),
                                       [&](const auto& entry) { return entry.second.dot == k; });
        if (!taken && rectContains(place.pose, place.size, contact.posMm)) {
            m_presses.insert_or_assign(contact.key(), Press{DockButton::Dot, k, contact.posMm, true});
            return true;
        }
    }
    if (m_tool != SeatTool::Pen) {
        return false;
    }
    for (const auto& [button, count] : {std::pair{DockButton::Colour, kPenColours.size()},
                                        std::pair{DockButton::Width, kPenWidthsMm.size()}}) {
        for (int k = 1; k <= static_cast<int>(count); ++k) {
            const DockPlace place = m_layout->penChoice(m_seat, button, k, dotsShown > 0);
            if (rectContains(place.pose, place.size, contact.posMm)) {
                m_presses.insert_or_assign(contact.key(),
                                           Press{button, k, contact.posMm, true, dotsShown > 0});
                return true;
            }
        }
    }
    return false;
}

void SeatDock::choose(DockButton button, int index) {
    if (button == DockButton::Colour && index >= 0 && index < static_cast<int>(kPenColours.size())) {
        m_style.colour = index;
    } else if (button == DockButton::Width && index >= 0 && index < static_cast<int>(kPenWidthsMm.size())) {
        m_style.width = index;
    }
}

std::optional<DockRelease> SeatDock::follow(const input::Contact& contact) {
    const auto found = m_presses.find(contact.key());
    if (found == m_presses.end()) {
        return std::nullopt;
    }
    Press& press = found->second;
    press.posMm = contact.posMm;
    if (press.button == DockButton::Colour || press.button == DockButton::Width) {
        const DockPlace place = m_layout->penChoice(m_seat, press.button, press.dot, press.dotsRow);
        press.inside = rectContains(place.pose, place.size, contact.posMm, dims::kReleaseGraceMm);
    } else if (press.button != DockButton::Dot) {
        const DockPlace* place = m_layout->button(m_seat, press.button);
        press.inside =
            place != nullptr && rectContains(place->pose, place->size, contact.posMm, dims::kReleaseGraceMm);
    }
    if (contact.phase == input::Phase::Move || contact.phase == input::Phase::Down) {
        return std::nullopt;
    }
    const Press done = press;
    m_presses.erase(found);
    if (contact.phase == input::Phase::Cancel || !done.inside) {
        return std::nullopt;
    }
    return DockRelease{done.button, done.dot, contact.posMm};
}

bool SeatDock::onBin(core::Vec2 tableMm) const {
    const DockPlace* bin = m_layout->button(m_seat, DockButton::Bin);
    return bin != nullptr && rectContains(bin->pose, bin->size, tableMm, dims::kReleaseGraceMm);
}

void SeatDock::appendWidgets(std::vector<Widget>& out, const DockLook& look) const {
    for (const DockPlace& place : m_layout->buttons(m_seat)) {
        Widget widget;
        widget.kind = WidgetKind::DockButton;
        widget.seat = m_seat;
        widget.name = name(place.button, 0);
        widget.icon = std::string(dockButtonName(place.button));
        widget.pose = place.pose;
        widget.size = place.size;
        widget.colour = look.colour;
        widget.pressed = std::any_of(m_presses.begin(), m_presses.end(), [&](const auto& entry) {
            return entry.second.button == place.button && entry.second.inside;
        });
        switch (place.button) {
        case DockButton::NewCard:
            widget.enabled = look.cardsAllowed;
            break;
        case DockButton::Pen:
            widget.enabled = look.sketchAllowed;
            widget.active = m_tool == SeatTool::Pen;
            break;
        case DockButton::Eraser:
            widget.enabled = look.sketchAllowed;
            widget.active = m_tool == SeatTool::Eraser;
            break;
        case DockButton::Undo:
            widget.enabled = look.canUndo;
            break;
        case DockButton::Redo:
            widget.enabled = look.canRedo;
            break;
        case DockButton::Bin:
            widget.active = look.binHot;
            break;
        case DockButton::Next:
            widget.active = look.nextPressed;
            break;
        case DockButton::Dot:
        case DockButton::Colour:
        case DockButton::Width:
            break;
        }
        out.push_back(std::move(widget));
    }
    for (int k = 1; k <= look.dotsShown; ++k) {
        Widget dot;
        const DockPlace place = m_layout->dot(m_seat, k, look.dotsGiven);
        dot.kind = WidgetKind::VoteDot;
        dot.seat = m_seat;
        dot.name = name(DockButton::Dot, k);
        dot.pose = place.pose;
        dot.size = place.size;
        dot.colour = look.colour;
        for (const auto& [contact, press] : m_presses) {
            if (press.button == DockButton::Dot && press.dot == k) {
                dot.pressed = true;
                dot.pose.centre = press.posMm;
            }
        }
        out.push_back(std::move(dot));
    }
    if (m_tool != SeatTool::Pen || !look.sketchAllowed) {
        return;
    }
    for (int k = 1; k <= static_cast<int>(kPenColours.size()) + static_cast<int>(kPenWidthsMm.size()); ++k) {
        const bool colour = k <= static_cast<int>(kPenColours.size());
        const DockButton button = colour ? DockButton::Colour : DockButton::Width;
        const int index = colour ? k : k - static_cast<int>(kPenColours.size());
        const DockPlace place = m_layout->penChoice(m_seat, button, index, look.dotsShown > 0);
        Widget choice;
        choice.kind = colour ? WidgetKind::PenColour : WidgetKind::PenWidth;
        choice.seat = m_seat;
        choice.name = name(button, index);
        choice.pose = place.pose;
        choice.size = place.size;
        choice.colour = colour ? kPenColours[static_cast<std::size_t>(index - 1)] >> 8 : m_style.rgba() >> 8;
        choice.lineMm = colour ? m_style.widthMm() : kPenWidthsMm[static_cast<std::size_t>(index - 1)];
        choice.active = (colour ? m_style.colour : m_style.width) == index - 1;
        choice.pressed = std::any_of(m_presses.begin(), m_presses.end(), [&](const auto& entry) {
            return entry.second.button == button && entry.second.dot == index && entry.second.inside;
        });
        out.push_back(std::move(choice));
    }
}

void SeatDock::addTargets(input::TargetRegistry& targets, int dotsShown, int dotsGiven) const {
    for (const DockPlace& place : m_layout->buttons(m_seat)) {
        targets.addRotated(name(place.button, 0), place.pose, place.size);
    }
    for (int k = 1; k <= dotsShown; ++k) {
        const DockPlace place = m_layout->dot(m_seat, k, dotsGiven);
        targets.addRotated(name(DockButton::Dot, k), place.pose, place.size);
    }
    if (m_tool != SeatTool::Pen) {
        return;
    }
    for (int k = 1; k <= static_cast<int>(kPenColours.size()); ++k) {
        const DockPlace place = m_layout->penChoice(m_seat, DockButton::Colour, k, dotsShown > 0);
        targets.addRotated(name(DockButton::Colour, k), place.pose, place.size);
    }
    for (int k = 1; k <= static_cast<int>(kPenWidthsMm.size()); ++k) {
        const DockPlace place = m_layout->penChoice(m_seat, DockButton::Width, k, dotsShown > 0);
        targets.addRotated(name(DockButton::Width, k), place.pose, place.size);
    }
}

} // namespace atelier::workshop
