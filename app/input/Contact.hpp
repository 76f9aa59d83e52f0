// Contact: one finger, mouse button, TUIO cursor or script line, in table millimetres — what input/ speaks.
#pragma once

#include "core/Geometry.hpp"

#include <compare>
#include <cstdint>
#include <string_view>

namespace atelier::input {

/// Names one contact within its source (SDL finger id, TUIO session id, script id, 0 for the mouse).
using ContactId = std::uint64_t;

/// Where a contact comes from: ids are only unique within one source, and ghosts are reconciled per source.
enum class Source : std::uint8_t { Touch, Mouse, Tuio, Script };

/// The life of a contact: Down once, Move any number of times, then Up (lifted) or Cancel (lost).
enum class Phase : std::uint8_t { Down, Move, Up, Cancel };

/// The identity of a contact across every source: gestures and the tracker key their state on it.
struct ContactKey {
    Source source = Source::Touch; ///< the source the id belongs to
    ContactId id = 0;              ///< the id within that source
    friend auto operator<=>(const ContactKey&, const ContactKey&) = default;
};

/// One sample of one contact, already in table millimetres (see SurfaceMapping); the platform layer makes
/// these from SDL events, TuioReceiver and ScriptPlayer make their own.
struct Contact {
    ContactId id = 0;              ///< unique within its source while down
    Source source = Source::Touch; ///< where it comes from
    Phase phase = Phase::Down;     ///< which moment of its life this sample is
    core::Vec2 posMm;              ///< table millimetres, origin top-left, y down
    std::int64_t tMs = 0;          ///< the frame clock the gesture engine's update() is given
    double sizeMm = 0;             ///< contact diameter; 0 = unknown
    double pressure = 0;           ///< 0..1; 0 = unknown

    /// This contact's identity across sources.
    ContactKey key() const { return ContactKey{source, id}; }
};

/// One 64-bit id from an SDL touch device id and a finger id, so that two devices' fingers never clash.
ContactId combineIds(std::int64_t deviceId, std::int64_t fingerId);

/// "touch", "mouse", "tuio" or "script", for log lines.
std::string_view sourceName(Source source);

/// "down", "move", "up" or "cancel", as input scripts spell them.
std::string_view phaseName(Phase phase);

} // namespace atelier::input
