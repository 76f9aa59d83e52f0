// JSON writing with std::to_chars: shortest round-trip doubles, locale-independent, no allocation per token.
#include "core/JsonWriter.hpp"

#include "core/Utf8.hpp"

#include <charconv>
#include <cmath>
#include <utility>

namespace atelier::core {

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first) {
        m_out += ',';
    }
    m_first = false;
}

void JsonWriter::beginObject() {
    separate();
    m_out += '{';
    m_first = true;
}

void JsonWriter::endObject() {
    m_out += '}';
    m_first = false;
}

void JsonWriter::beginArray() {
    separate();
    m_out += '[';
    m_first = true;
}

void JsonWriter::endArray() {
    m_out += ']';
    m_first = false;
}

void JsonWriter::key(std::string_view name) {
    separate();
    appendEscaped(name);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::string(std::string_view value) {
    separate();
    appendEscaped(value);
}

void JsonWriter::number(double value) {
    separate();
    if (!std::isfinite(value)) {
        m_out += "null";
        return;
    }
    // Plain decimals ("0.00001", "250000") read best in the sqlite3 shell; exponents only for the extremes.
    const double magnitude = std::fabs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-7 && magnitude < 1e15);
    char buffer[64];
    const auto result = plain ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                              : std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr);
}

void JsonWriter::integer(std::int64_t value) {
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr);
}

void JsonWriter::unsignedInteger(std::uint64_t value) {
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr);
}

void JsonWriter::boolean(bool value) {
    separate();
    m_out += value ? "true" : "false";
}

void JsonWriter::integerArray(std::span<const std::int64_t> values) {
    separate();
    m_out += '[';
    char buffer[24];
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) {
            m_out += ',';
        }
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, values[i]);
        m_out.append(buffer, result.ptr);
    }
    m_out += ']';
    m_first = false;
}

std::string JsonWriter::take() {
    m_first = true;
    m_afterKey = false;
    return std::exchange(m_out, std::string());
}

void JsonWriter::appendEscaped(std::string_view value) {
    static constexpr char kHexDigits[] = "0123456789abcdef";
    m_out += '"';
    std::size_t pos = 0;
    while (pos < value.size()) {
        const auto byte = static_cast<unsigned char>(value[pos]);
        if (byte >= 0x80U) {
            const std::size_t length = utf8SequenceLength(value, pos);
            if (length == 0) {
                m_out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
                ++pos;
            } else {
                m_out.append(value.substr(pos, length));
                pos += length;
            }
            continue;
        }
        switch (byte) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\r':
            m_out += "\\r";
            break;
        default:
            if (byte < 0x20U) {
                m_out += "\\u00";
                m_out += kHexDigits[byte >> 4];
                m_out += kHexDigits[byte & 0x0FU];
            } else {
                m_out += static_cast<char>(byte);
            }
        }
        ++pos;
    }
    m_out += '"';
}

} // namespace atelier::core
