// One OSC message as plain values, so that the TUIO decoder can be tested and fuzzed without liblo or a
// socket.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace atelier::input {

/// One OSC argument: its type tag and its value in the field that fits (i, h → integer; f, d → real;
/// s, S → text; any other tag carries no value the decoder uses).
struct OscArg {
    char type = 'N';          ///< the OSC type tag
    std::int64_t integer = 0; ///< i, h
    double real = 0;          ///< f, d
    std::string_view text;    ///< s, S

    /// An int32 argument ('i').
    static OscArg int32(std::int32_t value) { return OscArg{'i', value, 0, {}}; }
    /// A float argument ('f').
    static OscArg float32(float value) { return OscArg{'f', 0, value, {}}; }
    /// A string argument ('s'); the text must outlive the argument.
    static OscArg string(std::string_view value) { return OscArg{'s', 0, 0, value}; }
};

/// An OSC message: its address pattern and arguments (views into memory the caller keeps alive).
struct OscMessage {
    std::string_view path;        ///< the address pattern ("/tuio/2Dcur")
    std::span<const OscArg> args; ///< the arguments in order
};

} // namespace atelier::input
