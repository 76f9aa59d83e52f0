// Opening, taking over, closing and following the table's keyboards.
#include "workshop/TableKeyboards.hpp"

#include <algorithm>

namespace atelier::workshop {

TableKeyboards::TableKeyboards(const SeatLayout& seats, const DockLayout& layout, std::size_t textLimit,
                               std::int64_t longPressMs, const KeyboardLayout& keys)
    : m_limit(textLimit) {
    for (const Seat& seat : seats.seats()) {
        m_keyboards.emplace_back(seat.number, layout.keyboardPose(seat.number), longPressMs, keys);
    }
}

SeatKeyboard* TableKeyboards::seat(int seat) {
    return seat >= 1 && static_cast<std::size_t>(seat) <= m_keyboards.size()
               ? &m_keyboards[static_cast<std::size_t>(seat - 1)]
               : nullptr;
}

const SeatKeyboard* TableKeyboards::seat(int seat) const {
    return const_cast<TableKeyboards*>(this)->seat(seat);
}

SeatKeyboard* TableKeyboards::at(core::Vec2 tableMm) {
    for (SeatKeyboard& keyboard : m_keyboards) {
        if (keyboard.covers(tableMm)) {
            return &keyboard;
        }
    }
    return nullptr;
}

std::string TableKeyboards::takeFromOthers(core::ItemId card, std::string text) {
    for (SeatKeyboard& other : m_keyboards) {
        if (other.editor() != nullptr && other.editor()->card() == card) {
            text = other.editor()->text(); // ahead of the board by any edit not applied yet
            other.close();
        }
    }
    if (m_facilitator && m_facilitator->card() == card) {
        text = m_facilitator->text();
        m_facilitator.reset();
    }
    return text;
}

std::uint64_t TableKeyboards::open(int seatNumber, core::ItemId card, std::string text, std::size_t limit) {
    SeatKeyboard* keyboard = seat(seatNumber);
    if (keyboard == nullptr) {
        return 0;
    }
    text = takeFromOthers(card, std::move(text));
    keyboard->open(CardEditor(card, std::move(text), limit != 0 ? limit : m_limit, ++m_sessions));
    m_lastOpened = seatNumber;
    return m_sessions;
}

void TableKeyboards::focusFacilitator(core::ItemId card, std::string text) {
    text = takeFromOthers(card, std::move(text));
    m_facilitator.emplace(card, std::move(text), m_limit, ++m_sessions);
}

std::pair<CardEditor*, int> TableKeyboards::physicalTarget() {
    if (m_facilitator) {
        return {&*m_facilitator, 0};
    }
    SeatKeyboard* last = seat(m_lastOpened);
    if (last != nullptr && last->editor() != nullptr) {
        return {last->editor(), m_lastOpened};
    }
    return {nullptr, 0};
}

void TableKeyboards::leavePhysical() {
    if (m_facilitator) {
        m_facilitator.reset();
    } else {
        close(m_lastOpened);
    }
}

bool TableKeyboards::close(int seatNumber) {
    SeatKeyboard* keyboard = seat(seatNumber);
    if (keyboard == nullptr || !keyboard->isOpen()) {
        return false;
    }
    keyboard->close();
    return true;
}

bool TableKeyboards::closeCard(core::ItemId card) {
    bool any = false;
    for (SeatKeyboard& keyboard : m_keyboards) {
        if (keyboard.editor() != nullptr && keyboard.editor()->card() == card) {
            keyboard.close();
            any = true;
        }
    }
    if (m_facilitator && m_facilitator->card() == card) {
        m_facilitator.reset();
        any = true;
    }
    return any;
}

void TableKeyboards::closeSeats() {
    for (SeatKeyboard& keyboard : m_keyboards) {
        keyboard.close();
    }
}

void TableKeyboards::follow(const core::CardEdited& edit, std::uint64_t typedBy,
                            const std::string& boardText) {
    const auto resync = [&](CardEditor& editor) {
        if (editor.card() == edit.id && editor.session() != typedBy) {
            editor.resync(boardText);
        }
    };
    for (SeatKeyboard& keyboard : m_keyboards) {
        if (keyboard.editor() != nullptr) {
            resync(*keyboard.editor());
        }
    }
    if (m_facilitator) {
        resync(*m_facilitator);
    }
}

bool TableKeyboards::tick(std::int64_t nowMs) {
    bool opened = false;
    for (SeatKeyboard& keyboard : m_keyboards) {
        opened = keyboard.tick(nowMs) || opened;
    }
    return opened;
}

std::optional<std::int64_t> TableKeyboards::nextDeadlineMs() const {
    std::optional<std::int64_t> next;
    for (const SeatKeyboard& keyboard : m_keyboards) {
        if (const std::optional<std::int64_t> due = keyboard.nextDeadlineMs()) {
            next = next ? std::min(*next, *due) : *due;
        }
    }
    return next;
}

} // namespace atelier::workshop
