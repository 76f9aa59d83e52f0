// The tunable numbers of the gesture engine (scale limits come from the config).
#pragma once

#include "core/Geometry.hpp"

#include <cstddef>
#include <cstdint>

namespace atelier::input {

/// A card on the live table is never pinched larger than this (220 × 144 mm for a new card): it cannot
/// cover a seat's dock from the middle of the table, and its seat can still take it in two hands to shrink
/// it. The gestures stop at it (Manipulation) and the board's rules bound every card's pose by it.
inline constexpr double kCardMaxScale = 2.0;

/// Thresholds and limits of gestures, in table millimetres and milliseconds.
struct GestureOptions {
    core::Vec2 surfaceMm{1210.0, 680.0}; ///< items never leave it: their centre stays on the table
    double minScale = 0.5;               ///< pinch limits of cards and photos (config)
    double maxScale = 3.0;               ///< see minScale
    double minTargetMm = 15.0;           ///< smaller items are touchable over this size (docs/input.md)
    double tapSlopMm = 6.0;              ///< a contact that travels less is still a tap or a long press
    std::int64_t longPressMs = 600;      ///< held this long without travelling: long press
    std::int64_t doubleTapMs = 400;      ///< between the two lifts of a double tap
    double doubleTapSlopMm = 20.0;       ///< between the two taps of a double tap
    std::int64_t persistIntervalMs = 50; ///< motion reaches the log at most this often per item (20 Hz)
    std::int64_t velocityWindowMs = 80;  ///< the release speed is measured over the last this-many ms
    double throwMinSpeedMmPerS = 150.0;  ///< a slower release just drops the item
    double throwMaxSpeedMmPerS = 4000.0; ///< faster releases are capped
    double throwFrictionPerS = 4.0;      ///< speed decays as e^(-friction·t): glides speed/friction mm
    double throwStopSpeedMmPerS = 20.0;  ///< the glide ends below this speed
    double lassoSpacingMm = 2.0;         ///< lasso points closer than this to the last one are skipped
    std::size_t maxLassoPoints = 4096;   ///< a longer trace keeps its first points
};

} // namespace atelier::input
