// Event <-> (type, seat, JSON payload): the form events take in the log and in input scripts.
#pragma once

#include "core/Event.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::core {

/// The event's type name, a dotted noun and past verb ("card.created"); an UnknownEvent's own type.
std::string_view eventType(const Event& event);

/// The seat that acted: 1..8, or 0 for the facilitator or the system.
int eventSeat(const Event& event);

/// The payload as compact JSON object text (the seat is not in it: it has its own column).
/// An UnknownEvent gives back its payload verbatim. Units are in docs/events.md.
std::string encodePayload(const Event& event);

/// What decodeEvent made of a logged event: an event, or one sentence saying what is wrong.
struct DecodeResult {
    std::optional<Event> event;
    std::string error;
};

/// Rebuilds an event from its type, payload and seat. A type this version does not know gives an
/// UnknownEvent (not an error). Malformed JSON, a missing field or a wrongly typed one gives no event
/// and an error sentence. Never throws. Values are checked against the board by apply, not here.
DecodeResult decodeEvent(std::string_view type, std::string_view payloadJson, int seat);

/// Every type name this version knows, in the order of the Event variant (for docs and tests).
std::vector<std::string_view> knownEventTypes();

} // namespace atelier::core
