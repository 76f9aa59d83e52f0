// Raw UDP datagram → OSC messages (liblo) → TuioDecoder: the one path the receiver and the fuzzer share.
#pragma once

#include "input/Contact.hpp"
#include "input/TuioDecoder.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace atelier::input {

/// Decodes one datagram — an OSC message or a bundle (nested at most 4 deep) — and feeds each message to the
/// decoder. Any bytes are safe: what does not parse is counted as MalformedOsc and dropped.
void decodeOscPacket(std::span<const std::uint8_t> bytes, TuioDecoder& decoder, std::int64_t nowMs,
                     std::vector<Contact>& out);

} // namespace atelier::input
