// Names of sources and phases, and the id mixing for several touch devices.
#include "input/Contact.hpp"

namespace atelier::input {

ContactId combineIds(std::int64_t deviceId, std::int64_t fingerId) {
    // splitmix64 of the device id, xored with the finger id: stable, and distinct per device in practice.
    std::uint64_t z = static_cast<std::uint64_t>(deviceId) + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    z ^= z >> 31U;
    return z ^ static_cast<std::uint64_t>(fingerId);
}

std::string_view sourceName(Source source) {
    switch (source) {
    case Source::Touch:
        return "touch";
    case Source::Mouse:
        return "mouse";
    case Source::Tuio:
        return "tuio";
    case Source::Script:
        return "script";
    }
    return "unknown";
}

std::string_view phaseName(Phase phase) {
    switch (phase) {
    case Phase::Down:
        return "down";
    case Phase::Move:
        return "move";
    case Phase::Up:
        return "up";
    case Phase::Cancel:
        return "cancel";
    }
    return "unknown";
}

} // namespace atelier::input
