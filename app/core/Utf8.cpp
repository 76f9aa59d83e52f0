// UTF-8 validation following RFC 3629 (no overlongs, no surrogates, nothing past U+10FFFF).
#include "core/Utf8.hpp"

#include <algorithm>

namespace atelier::core {
namespace {

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0U) == 0x80U;
}

} // namespace

std::size_t utf8SequenceLength(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) {
        return 0;
    }
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80U) {
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80U; // bounds of the second byte, which rule out overlongs and surrogates
    unsigned char high = 0xBFU;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        if (lead == 0xE0U) {
            low = 0xA0U;
        } else if (lead == 0xEDU) {
            high = 0x9FU;
        }
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        if (lead == 0xF0U) {
            low = 0x90U;
        } else if (lead == 0xF4U) {
            high = 0x8FU;
        }
    } else {
        return 0;
    }
    if (text.size() - pos < length) {
        return 0;
    }
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (second < low || second > high) {
        return 0;
    }
    for (std::size_t i = 2; i < length; ++i) {
        if (!isContinuation(static_cast<unsigned char>(text[pos + i]))) {
            return 0;
        }
    }
    return length;
}

std::size_t utf8CodePoints(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size(); ++count) {
        pos += std::max<std::size_t>(1, utf8SequenceLength(text, pos));
    }
    return count;
}

bool isValidUtf8(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(text[pos]) < 0x80U) {
            ++pos;
            continue;
        }
        const std::size_t length = utf8SequenceLength(text, pos);
        if (length == 0) {
            return false;
        }
        pos += length;
    }
    return true;
}

std::optional<std::string> textProblem(std::string_view text, std::size_t maxBytes, std::string_view what) {
    if (text.size() > maxBytes) {
        return std::string(what) + " is " + std::to_string(text.size()) + " bytes long, over the limit of " +
               std::to_string(maxBytes) + " bytes";
    }
    if (!isValidUtf8(text)) {
        return std::string(what) + " is not valid UTF-8";
    }
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20U && c != '\n' && c != '\t') || byte == 0x7FU) {
            return std::string(what) + " contains a control character (code " + std::to_string(byte) + ")";
        }
    }
    return std::nullopt;
}

} // namespace atelier::core
