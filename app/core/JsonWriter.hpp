// A compact, fast JSON text writer for event payloads and board snapshots.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace atelier::core {

/// Appends JSON tokens to a string, placing commas itself. Output is always valid JSON and valid UTF-8:
/// ill-formed UTF-8 in a string becomes U+FFFD, and a non-finite number becomes null.
class JsonWriter {
public:
    /// Reserves room for a text of about this many bytes.
    void reserve(std::size_t bytes) { m_out.reserve(bytes); }

    /// Opens an object.
    void beginObject();
    /// Closes the object opened last.
    void endObject();
    /// Opens an array.
    void beginArray();
    /// Closes the array opened last.
    void endArray();
    /// Writes a key; the next call writes its value.
    void key(std::string_view name);
    /// Writes a string value.
    void string(std::string_view value);
    /// Writes a number in its shortest form that reads back to the same double.
    void number(double value);
    /// Writes a whole number.
    void integer(std::int64_t value);
    /// Writes a whole number.
    void unsignedInteger(std::uint64_t value);
    /// Writes true or false.
    void boolean(bool value);
    /// Writes an array of whole numbers (the hot path of stroke points in snapshots).
    void integerArray(std::span<const std::int64_t> values);

    /// The text written so far, handed over; the writer starts empty again.
    std::string take();

private:
    void separate();
    void appendEscaped(std::string_view value);

    std::string m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace atelier::core
