// Raw UDP datagram → OSC messages (liblo) → TuioDecoder: the one path the receiver and the fuzzer share.
#pragma once

#include "input/Contact.hpp"
#include "input/TuioDecoder.hpp"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace atelier::input {

/// Decodes one datagram — an OSC message or a bundle (nested at most 4 deep) — and feeds each message to the
/// decoder. Any bytes are safe: what does not parse is counted as MalformedOsc and dropped. `sender` (the
/// numeric address) keys the cursors of a tracker that names no `source`; empty: the shared unnamed source.
void decodeOscPacket(std::span<const std::uint8_t> bytes, TuioDecoder& decoder, std::int64_t nowMs,
                     std::vector<Contact>& out, std::string_view sender = {});

} // namespace atelier::input
