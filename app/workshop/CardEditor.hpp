// The text of one card being written: what a keyboard (on screen or physical) types into.
#pragma once

#include "core/Ids.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace atelier::workshop {

/// One card open for writing: its text as typed so far (ahead of the board by the events not yet applied),
/// the limit, and the editing session that groups its card.edited events into one undo step.
class CardEditor {
public:
    /// Opens `card`, whose text is now `text`, with a limit of `limit` characters; `session` names this
    /// opening (TableWorkshop counts them).
    CardEditor(core::ItemId card, std::string text, std::size_t limit, std::uint64_t session);

    /// Appends one character (or a short sequence from a key) if the limit leaves room; false otherwise.
    bool insert(std::string_view characters);
    /// Appends as much typed text as the limit allows, character by character (physical keyboards); false if
    /// nothing went in.
    bool insertText(std::string_view utf8);
    /// Removes the last character whole; false on an empty text.
    bool backspace();
    /// Takes the card's text from the board when someone else changed it (an undo, another keyboard).
    void resync(std::string text);

    /// The card being written.
    core::ItemId card() const { return m_card; }
    /// The text so far.
    const std::string& text() const { return m_text; }
    /// Its length in characters (what the counter shows).
    std::size_t characters() const { return m_characters; }
    /// The most characters the card may hold.
    std::size_t limit() const { return m_limit; }
    /// True when no character fits any more (the counter shows it).
    bool full() const { return m_characters >= m_limit; }
    /// Which opening of a keyboard this is: its edits form one undo step.
    std::uint64_t session() const { return m_session; }

private:
    core::ItemId m_card;
    std::string m_text;
    std::size_t m_limit;
    std::uint64_t m_session;
    std::size_t m_characters;
};

} // namespace atelier::workshop
