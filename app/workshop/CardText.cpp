// Counting, removing and cleaning the characters typed on cards.
#include "workshop/CardText.hpp"

#include "core/Utf8.hpp"

namespace atelier::workshop {
namespace {

bool isContinuation(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U;
}

/// The code point of a well-formed sequence of `length` bytes at the start of `text`.
char32_t decode(std::string_view text, std::size_t length) {
    const auto lead = static_cast<unsigned char>(text[0]);
    if (length == 1) {
        return lead;
    }
    char32_t value = lead & (0xFFU >> (length + 1));
    for (std::size_t i = 1; i < length; ++i) {
        value = (value << 6) | (static_cast<unsigned char>(text[i]) & 0x3FU);
    }
    return value;
}

/// Combining marks that follow the letter they accent (NFD text from some keyboards and IMEs).
bool isCombiningMark(char32_t c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool isControl(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

std::size_t characterCount(std::string_view text) {
    std::size_t count = 0;
    for (const char byte : text) {
        if (!isContinuation(byte)) {
            ++count;
        }
    }
    return count;
}

std::string_view withoutLastCharacter(std::string_view text) {
    while (!text.empty()) {
        std::size_t start = text.size() - 1;
        while (start > 0 && isContinuation(text[start])) {
            --start;
        }
        const std::string_view last = text.substr(start);
        const std::size_t length = core::utf8SequenceLength(last, 0);
        text = text.substr(0, start);
        if (length != last.size() || !isCombiningMark(decode(last, length))) {
            break; // a base character (or stray bytes) went: done
        }
    }
    return text;
}

std::string typeableText(std::string_view text) {
    std::string clean;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t length = core::utf8SequenceLength(text, pos);
        if (length == 0) {
            ++pos;
            continue;
        }
        if (!isControl(decode(text.substr(pos), length))) {
            clean.append(text.substr(pos, length));
        }
        pos += length;
    }
    return clean;
}

std::size_t firstCharacterBytes(std::string_view text) {
    return core::utf8SequenceLength(text, 0);
}

} // namespace atelier::workshop
