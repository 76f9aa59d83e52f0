// Checks on the UTF-8 text people type into cards, cluster names and titles.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace atelier::core {

/// Length of the well-formed UTF-8 sequence starting at text[pos] (1..4), or 0 when it is ill-formed
/// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF or cut short).
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos);

/// How many characters (code points) the text holds, for laying out columns; an ill-formed byte counts as
/// one, as a terminal shows it.
std::size_t utf8CodePoints(std::string_view text);

/// True when the whole text is well-formed UTF-8.
bool isValidUtf8(std::string_view text);

/// Why this text cannot go on the board (ill-formed UTF-8, longer than maxBytes, a control character
/// other than tab or newline), as a sentence naming it `what`; nothing when it is fine.
std::optional<std::string> textProblem(std::string_view text, std::size_t maxBytes, std::string_view what);

} // namespace atelier::core
