// UTF-8 text as people type it on cards: characters counted as code points, removed whole, cleaned on entry.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace atelier::workshop {

/// How many characters (Unicode code points) the UTF-8 text holds: what the card's counter shows.
std::size_t characterCount(std::string_view text);

/// The text without its last character: never cuts a multi-byte sequence, and takes a base letter together
/// with any combining accents after it ("e" + U+0301 goes at once, like "é").
std::string_view withoutLastCharacter(std::string_view text);

/// The characters of `text` that can go on a card: well-formed UTF-8 code points other than control
/// characters (tabs and line breaks included: a card is one paragraph). Ill-formed bytes are dropped.
std::string typeableText(std::string_view text);

/// The number of bytes of the first character of `text` (1..4), 0 for an empty or ill-formed start.
std::size_t firstCharacterBytes(std::string_view text);

} // namespace atelier::workshop
