// Typing into a card within its character limit and the board's byte limit.
#include "workshop/CardEditor.hpp"

#include "core/Limits.hpp"
#include "workshop/CardText.hpp"

#include <utility>

namespace atelier::workshop {

CardEditor::CardEditor(core::ItemId card, std::string text, std::size_t limit, std::uint64_t session)
    : m_card(card), m_text(std::move(text)), m_limit(limit), m_session(session),
      m_characters(characterCount(m_text)) {}

bool CardEditor::insert(std::string_view characters) {
    const std::string clean = typeableText(characters);
    const std::size_t count = characterCount(clean);
    if (count == 0 || m_characters + count > m_limit ||
        m_text.size() + clean.size() > core::kMaxCardTextBytes) {
        return false;
    }
    m_text += clean;
    m_characters += count;
    return true;
}

bool CardEditor::insertText(std::string_view utf8) {
    const std::string clean = typeableText(utf8);
    std::string_view rest = clean;
    bool any = false;
    while (!rest.empty()) {
        const std::size_t length = firstCharacterBytes(rest);
        if (length == 0 || !insert(rest.substr(0, length))) {
            break;
        }
        any = true;
        rest.remove_prefix(length);
    }
    return any;
}

bool CardEditor::backspace() {
    if (m_text.empty()) {
        return false;
    }
    m_text.resize(withoutLastCharacter(m_text).size());
    m_characters = characterCount(m_text);
    return true;
}

void CardEditor::resync(std::string text) {
    m_text = std::move(text);
    m_characters = characterCount(m_text);
}

} // namespace atelier::workshop
