// Every seat's on-screen keyboard and the facilitator's physical one: who writes which card.
#pragma once

#include "core/Card.hpp"
#include "core/CardEvents.hpp"
#include "workshop/CardEditor.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/SeatKeyboard.hpp"
#include "workshop/SeatLayout.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace atelier::workshop {

/// The table's keyboards: one per seat (placed by DockLayout) plus the facilitator's physical keyboard
/// (seat 0, no widgets). A card has one writer at a time: opening a keyboard on a card another keyboard
/// writes takes it over, text included. Each opening is a new session, which makes its edits one undo step.
class TableKeyboards {
public:
    /// A keyboard for every seat of `seats`, where `layout` puts it, with this limit and long-press time,
    /// showing `keys` (the table's language's layout) until a seat switches its own.
    TableKeyboards(const SeatLayout& seats, const DockLayout& layout, std::size_t textLimit,
                   std::int64_t longPressMs, const KeyboardLayout& keys = KeyboardLayout::french());

    /// The keyboard of a seat, or nullptr.
    SeatKeyboard* seat(int seat);
    /// See above.
    const SeatKeyboard* seat(int seat) const;
    /// Every seat's keyboard, by seat number.
    const std::vector<SeatKeyboard>& all() const { return m_keyboards; }
    /// The open keyboard whose panel lies under this point, or nullptr.
    SeatKeyboard* at(core::Vec2 tableMm);

    /// Opens the seat's keyboard on a card (or a cluster's name) whose board text is `text`, with `limit`
    /// characters (0: the table's card limit); returns the session.
    std::uint64_t open(int seat, core::ItemId card, std::string text, std::size_t limit = 0);
    /// Points the facilitator's physical keyboard at a card whose board text is `text`.
    void focusFacilitator(core::ItemId card, std::string text);
    /// The card the facilitator writes, or nullptr.
    const CardEditor* facilitator() const { return m_facilitator ? &*m_facilitator : nullptr; }
    /// Where physical typing goes — the facilitator's card, else the keyboard opened last if still open —
    /// and the seat it types as (0 for the facilitator); {nullptr, 0} when nowhere.
    std::pair<CardEditor*, int> physicalTarget();
    /// Physical enter: closes whatever physicalTarget() names.
    void leavePhysical();

    /// Closes the seat's keyboard; true if it was open.
    bool close(int seat);
    /// Closes every writer of a card (deleted, or never created); true if any was open.
    bool closeCard(core::ItemId card);
    /// Closes every seat's keyboard (a phase without cards).
    void closeSeats();
    /// After a card.edited was applied: writers of that card other than the session that typed it
    /// (`typedBy`, 0 for an undo or anyone else) take the board's text, `boardText`, and type on from there.
    void follow(const core::CardEdited& edit, std::uint64_t typedBy, const std::string& boardText);

    /// Opens accent choices due by `nowMs`; true when one opened.
    bool tick(std::int64_t nowMs);
    /// When tick() must run next, if a letter is held.
    std::optional<std::int64_t> nextDeadlineMs() const;

private:
    std::string takeFromOthers(core::ItemId card, std::string text);

    std::size_t m_limit;
    std::vector<SeatKeyboard> m_keyboards; ///< by seat number - 1
    std::optional<CardEditor> m_facilitator;
    int m_lastOpened = 0;
    std::uint64_t m_sessions = 0;
};

} // namespace atelier::workshop
