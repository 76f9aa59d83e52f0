// Dispatch between the Event variant and the per-family field codecs (CardCodec.cpp, ...).
#include "core/EventCodec.hpp"

#include "core/EventFields.hpp"

#include <array>
#include <exception>
#include <type_traits>
#include <utility>

namespace atelier::core {
namespace {

static_assert(std::is_same_v<std::variant_alternative_t<std::variant_size_v<Event> - 1, Event>, UnknownEvent>,
              "UnknownEvent must stay the last alternative of Event");

/// Number of event types this version knows: every alternative but UnknownEvent.
constexpr std::size_t kKnownTypes = std::variant_size_v<Event> - 1;

using Decoder = DecodeResult (*)(const JsonObjectView& payload, int seat);

struct Entry {
    std::string_view type;
    Decoder decode;
};

template <typename Known>
DecodeResult decodeAs(const JsonObjectView& payload, int seat) {
    DecodeResult result;
    Known event;
    detail::FieldReader reader(payload, Known::kType, result.error);
    if (!detail::readFields(reader, event)) {
        return result;
    }
    event.seat = seat;
    result.event = Event(std::move(event));
    return result;
}

template <std::size_t... Index>
constexpr std::array<Entry, sizeof...(Index)> makeTable(std::index_sequence<Index...>) {
    return {Entry{std::variant_alternative_t<Index, Event>::kType,
                  &decodeAs<std::variant_alternative_t<Index, Event>>}...};
}

constexpr std::array<Entry, kKnownTypes> kTable = makeTable(std::make_index_sequence<kKnownTypes>{});

} // namespace

std::string_view eventType(const Event& event) {
    return std::visit(
        [](const auto& e) -> std::string_view {
            if constexpr (std::is_same_v<std::decay_t<decltype(e)>, UnknownEvent>) {
                return e.type;
            } else {
                return std::decay_t<decltype(e)>::kType;
            }
        },
        event);
}

int eventSeat(const Event& event) {
    return std::visit([](const auto& e) { return e.seat; }, event);
}

std::string encodePayload(const Event& event) {
    return std::visit(
        [](const auto& e) -> std::string {
            if constexpr (std::is_same_v<std::decay_t<decltype(e)>, UnknownEvent>) {
                return e.payload;
            } else {
                JsonWriter writer;
                writer.beginObject();
                detail::writeFields(writer, e);
                writer.endObject();
                return writer.take();
            }
        },
        event);
}

DecodeResult decodeEvent(std::string_view type, std::string_view payloadJson, int seat) {
    const Entry* entry = nullptr;
    for (const Entry& candidate : kTable) {
        if (candidate.type == type) {
            entry = &candidate;
            break;
        }
    }
    if (entry == nullptr) {
        if (type.empty()) {
            return DecodeResult{std::nullopt, "the event has no type"};
        }
        return DecodeResult{Event(UnknownEvent{std::string(type), std::string(payloadJson), seat}), {}};
    }
    try {
        JsonObjectView payload;
        if (!payload.parse(payloadJson)) {
            return DecodeResult{std::nullopt, "the " + std::string(type) + " payload " + payload.error()};
        }
        return entry->decode(payload, seat);
    } catch (const std::exception& problem) { // only std::bad_alloc can get here
        return DecodeResult{std::nullopt,
                            "the " + std::string(type) + " payload could not be read: " + problem.what()};
    }
}

std::vector<std::string_view> knownEventTypes() {
    std::vector<std::string_view> types;
    types.reserve(kTable.size());
    for (const Entry& entry : kTable) {
        types.push_back(entry.type);
    }
    return types;
}

} // namespace atelier::core
