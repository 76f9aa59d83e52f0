// A strict, fast pull reader of JSON text for board snapshots (megabytes of stroke points).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::core {

/// Reads JSON token by token without building a tree. The first problem is kept as a sentence with its
/// byte offset; from then on every call returns false, so read loops end by themselves. Never throws.
class JsonReader {
public:
    /// Reads from this text, which must outlive the reader.
    explicit JsonReader(std::string_view text) : m_text(text) {}

    /// Enters an object: true when the next value is one.
    bool beginObject();
    /// Reads the next key of the current object; false at its end (then left) or on error.
    bool nextKey(std::string& key);
    /// Enters an array: true when the next value is one.
    bool beginArray();
    /// True when another element of the current array follows; false at its end (then left) or on error.
    bool nextElement();
    /// Reads a string value (escapes decoded, UTF-8 checked).
    bool readString(std::string& value);
    /// Reads any number.
    bool readDouble(double& value);
    /// Reads a whole number that fits in 64 signed bits.
    bool readInt64(std::int64_t& value);
    /// Reads a whole number ≥ 0 that fits in 64 bits.
    bool readUint64(std::uint64_t& value);
    /// Reads an array of whole numbers, appending them to values (the hot path of stroke points in
    /// snapshots); refuses arrays longer than maxCount.
    bool readInt64Array(std::vector<std::int64_t>& values, std::size_t maxCount);
    /// Reads true or false.
    bool readBool(bool& value);
    /// Skips a value of any kind (keys this version does not know).
    bool skipValue();
    /// Checks that only white space follows.
    bool finish();

    /// Records a problem found by the caller (a value out of range), unless one is already recorded.
    void fail(std::string_view message);
    /// True once a problem has been found.
    bool failed() const { return !m_error.empty(); }
    /// The first problem, as a sentence with its byte offset.
    const std::string& error() const { return m_error; }
    /// Bytes read so far (where the next token starts, give or take white space).
    std::size_t position() const { return m_pos; }

private:
    void skipSpace();
    bool expect(char c, std::string_view what);
    bool scanNumber(std::string_view& token, bool& integral);
    template <typename Whole>
    bool readWhole(Whole& value);
    bool enter(char open, std::string_view what);
    bool isFirst() const { return (m_firstBits >> (m_depth - 1)) & 1U; }
    void leave();
    bool readLiteral(std::string_view literal);
    bool appendEscape(std::string& value);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_error;
    std::uint64_t m_firstBits = 0; ///< bit d: the container at depth d+1 has no element read yet
    std::size_t m_depth = 0;       ///< containers entered and not yet left (at most 64)
};

} // namespace atelier::core
