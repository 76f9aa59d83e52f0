// The pull reader: RFC 8259 grammar, numbers through std::from_chars, nesting limited to 64 levels.
#include "core/JsonReader.hpp"

#include "core/Utf8.hpp"

#include <charconv>
#include <cmath>
#include <type_traits>

namespace atelier::core {
namespace {

constexpr std::size_t kMaxDepth = 64;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(std::string& out, std::uint32_t codePoint) {
    if (codePoint < 0x80U) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800U) {
        out += static_cast<char>(0xC0U | (codePoint >> 6));
        out += static_cast<char>(0x80U | (codePoint & 0x3FU));
    } else if (codePoint < 0x10000U) {
        out += static_cast<char>(0xE0U | (codePoint >> 12));
        out += static_cast<char>(0x80U | ((codePoint >> 6) & 0x3FU));
        out += static_cast<char>(0x80U | (codePoint & 0x3FU));
    } else {
        out += static_cast<char>(0xF0U | (codePoint >> 18));
        out += static_cast<char>(0x80U | ((codePoint >> 12) & 0x3FU));
        out += static_cast<char>(0x80U | ((codePoint >> 6) & 0x3FU));
        out += static_cast<char>(0x80U | (codePoint & 0x3FU));
    }
}

} // namespace

void JsonReader::fail(std::string_view message) {
    if (m_error.empty()) {
        m_error = "at byte " + std::to_string(m_pos) + ": " + std::string(message);
    }
}

void JsonReader::skipSpace() {
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            return;
        }
        ++m_pos;
    }
}

bool JsonReader::expect(char c, std::string_view what) {
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == c) {
        ++m_pos;
        return true;
    }
    fail(m_pos < m_text.size() ? "expected " + std::string(what)
                               : "the text ends where " + std::string(what) + " was expected");
    return false;
}

bool JsonReader::enter(char open, std::string_view what) {
    if (failed()) {
        return false;
    }
    if (m_depth >= kMaxDepth) {
        fail("the JSON is nested too deeply");
        return false;
    }
    if (!expect(open, what)) {
        return false;
    }
    m_firstBits |= std::uint64_t{1} << m_depth;
    ++m_depth;
    return true;
}

void JsonReader::leave() {
    --m_depth;
    m_firstBits &= ~(std::uint64_t{1} << m_depth);
}

bool JsonReader::beginObject() {
    return enter('{', "an object");
}

bool JsonReader::nextKey(std::string& key) {
    if (failed() || m_depth == 0) {
        return false;
    }
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == '}') {
        ++m_pos;
        leave();
        return false;
    }
    if (!isFirst() && !expect(',', "',' or '}'")) {
        return false;
    }
    m_firstBits &= ~(std::uint64_t{1} << (m_depth - 1));
    skipSpace();
    if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
        fail("expected a key in quotes");
        return false;
    }
    return readString(key) && expect(':', "':' after a key");
}

bool JsonReader::beginArray() {
    return enter('[', "an array");
}

bool JsonReader::nextElement() {
    if (failed() || m_depth == 0) {
        return false;
    }
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == ']') {
        ++m_pos;
        leave();
        return false;
    }
    if (!isFirst() && !expect(',', "',' or ']'")) {
        return false;
    }
    m_firstBits &= ~(std::uint64_t{1} << (m_depth - 1));
    return true;
}

bool JsonReader::appendEscape(std::string& value) {
    // m_pos is just past the backslash.
    if (m_pos >= m_text.size()) {
        fail("the text ends inside a string");
        return false;
    }
    const char c = m_text[m_pos++];
    switch (c) {
    case '"':
    case '\\':
    case '/':
        value += c;
        return true;
    case 'b':
        value += '\b';
        return true;
    case 'f':
        value += '\f';
        return true;
    case 'n':
        value += '\n';
        return true;
    case 'r':
        value += '\r';
        return true;
    case 't':
        value += '\t';
        return true;
    case 'u':
        break;
    default:
        fail("unknown escape in a string");
        return false;
    }
    const auto readHex4 = [this](std::uint32_t& unit) {
        if (m_text.size() - m_pos < 4) {
            fail("a \\u escape needs four hex digits");
            return false;
        }
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_text[m_pos++]);
            if (digit < 0) {
                fail("a \\u escape needs four hex digits");
                return false;
            }
            unit = unit * 16 + static_cast<std::uint32_t>(digit);
        }
        return true;
    };
    std::uint32_t unit = 0;
    if (!readHex4(unit)) {
        return false;
    }
    if (unit >= 0xDC00U && unit <= 0xDFFFU) {
        fail("a string holds a lone low surrogate");
        return false;
    }
    if (unit >= 0xD800U && unit <= 0xDBFFU) {
        std::uint32_t low = 0;
        if (m_text.substr(m_pos, 2) != "\\u") {
            fail("a string holds a lone high surrogate");
            return false;
        }
        m_pos += 2;
        if (!readHex4(low)) {
            return false;
        }
        if (low < 0xDC00U || low > 0xDFFFU) {
            fail("a string holds a lone high surrogate");
            return false;
        }
        unit = 0x10000U + ((unit - 0xD800U) << 10) + (low - 0xDC00U);
    }
    appendUtf8(value, unit);
    return true;
}

bool JsonReader::readString(std::string& value) {
    if (failed() || !expect('"', "a string")) {
        return false;
    }
    value.clear();
    while (true) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"' || c == '\\' || c < 0x20U) {
                break;
            }
            ++m_pos;
        }
        value.append(m_text.substr(start, m_pos - start));
        if (m_pos >= m_text.size()) {
            fail("the text ends inside a string");
            return false;
        }
        const char c = m_text[m_pos++];
        if (c == '"') {
            break;
        }
        if (c != '\\') {
            fail("a string holds a raw control character");
            return false;
        }
        if (!appendEscape(value)) {
            return false;
        }
    }
    if (!isValidUtf8(value)) {
        fail("a string is not valid UTF-8");
        return false;
    }
    return true;
}

bool JsonReader::scanNumber(std::string_view& token, bool& integral) {
    skipSpace();
    const std::size_t start = m_pos;
    const auto digitsFrom = [this]() {
        const std::size_t first = m_pos;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos])) {
            ++m_pos;
        }
        return m_pos - first;
    };
    integral = true;
    if (m_pos < m_text.size() && m_text[m_pos] == '-') {
        ++m_pos;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '0') {
        ++m_pos;
    } else if (digitsFrom() == 0) {
        m_pos = start;
        fail("expected a number");
        return false;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        integral = false;
        ++m_pos;
        if (digitsFrom() == 0) {
            fail("a number has no digits after its decimal point");
            return false;
        }
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        integral = false;
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
            ++m_pos;
        }
        if (digitsFrom() == 0) {
            fail("a number has no digits in its exponent");
            return false;
        }
    }
    token = m_text.substr(start, m_pos - start);
    return true;
}

bool JsonReader::readDouble(double& value) {
    std::string_view token;
    bool integral = false;
    if (failed() || !scanNumber(token, integral)) {
        return false;
    }
    const auto result = std::from_chars(token.data(), token.data() + token.size(), value);
    if (result.ec != std::errc() || !std::isfinite(value)) {
        fail("a number is out of range");
        return false;
    }
    return true;
}

template <typename Whole>
bool JsonReader::readWhole(Whole& value) {
    constexpr bool allowNegative = std::is_signed_v<Whole>;
    if (failed()) {
        return false;
    }
    skipSpace();
    // Fast path: up to 18 digits cannot overflow; anything else goes through the full grammar below.
    std::size_t pos = m_pos;
    const bool negative = pos < m_text.size() && m_text[pos] == '-';
    pos += negative ? 1 : 0;
    const std::size_t firstDigit = pos;
    std::uint64_t magnitude = 0;
    while (pos < m_text.size() && isDigit(m_text[pos]) && pos - firstDigit < 18) {
        magnitude = magnitude * 10 + static_cast<std::uint64_t>(m_text[pos] - '0');
        ++pos;
    }
    const std::size_t digits = pos - firstDigit;
    const bool numberEnds = pos >= m_text.size() || !(isDigit(m_text[pos]) || m_text[pos] == '.' ||
                                                      m_text[pos] == 'e' || m_text[pos] == 'E');
    const bool leadingZero = digits > 1 && m_text[firstDigit] == '0';
    if (digits > 0 && numberEnds && !leadingZero && (allowNegative || !negative)) {
        m_pos = pos;
        const auto signedMagnitude = static_cast<std::int64_t>(magnitude);
        value = static_cast<Whole>(negative ? -signedMagnitude : signedMagnitude);
        return true;
    }
    std::string_view token;
    bool integral = false;
    if (!scanNumber(token, integral)) {
        return false;
    }
    if (!integral || (!allowNegative && token.front() == '-')) {
        fail(allowNegative ? "expected a whole number" : "expected a whole number of 0 or more");
        return false;
    }
    const auto result = std::from_chars(token.data(), token.data() + token.size(), value);
    if (result.ec != std::errc()) {
        fail("a whole number is out of range");
        return false;
    }
    return true;
}

bool JsonReader::readInt64(std::int64_t& value) {
    return readWhole(value);
}

bool JsonReader::readUint64(std::uint64_t& value) {
    return readWhole(value);
}

bool JsonReader::readInt64Array(std::vector<std::int64_t>& values, std::size_t maxCount) {
    if (!beginArray()) {
        return false;
    }
    std::size_t count = 0;
    while (nextElement()) {
        if (count == maxCount) {
            fail("an array holds more than " + std::to_string(maxCount) + " numbers");
            return false;
        }
        std::int64_t value = 0;
        if (!readWhole(value)) {
            return false;
        }
        values.push_back(value);
        ++count;
    }
    return !failed();
}

bool JsonReader::readLiteral(std::string_view literal) {
    if (m_text.substr(m_pos, literal.size()) == literal) {
        m_pos += literal.size();
        return true;
    }
    return false;
}

bool JsonReader::readBool(bool& value) {
    if (failed()) {
        return false;
    }
    skipSpace();
    if (readLiteral("true")) {
        value = true;
        return true;
    }
    if (readLiteral("false")) {
        value = false;
        return true;
    }
    fail("expected true or false");
    return false;
}

bool JsonReader::skipValue() {
    if (failed()) {
        return false;
    }
    skipSpace();
    if (m_pos >= m_text.size()) {
        fail("the text ends where a value was expected");
        return false;
    }
    const char c = m_text[m_pos];
    if (c == '{') {
        std::string key;
        if (!beginObject()) {
            return false;
        }
        while (nextKey(key)) {
            if (!skipValue()) {
                return false;
            }
        }
        return !failed();
    }
    if (c == '[') {
        if (!beginArray()) {
            return false;
        }
        while (nextElement()) {
            if (!skipValue()) {
                return false;
            }
        }
        return !failed();
    }
    if (c == '"') {
        std::string ignored;
        return readString(ignored);
    }
    if (readLiteral("true") || readLiteral("false") || readLiteral("null")) {
        return true;
    }
    std::string_view token;
    bool integral = false;
    return scanNumber(token, integral);
}

bool JsonReader::finish() {
    if (failed()) {
        return false;
    }
    skipSpace();
    if (m_pos != m_text.size()) {
        fail("unexpected text after the end of the JSON value");
        return false;
    }
    return true;
}

} // namespace atelier::core
