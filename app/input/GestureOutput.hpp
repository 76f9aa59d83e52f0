// What the gesture engine says: events for the board and the log, and notifications for the workshop layer.
#pragma once

#include "core/Event.hpp"
#include "core/Geometry.hpp"
#include "core/Ids.hpp"
#include "input/Contact.hpp"

#include <cstdint>
#include <vector>

namespace atelier::input {

/// One event for the board. The caller applies every one with core::apply, in order, and appends to the event
/// log only those with persist (motion is logged at ≤ 20 Hz per item plus its final pose).
struct GestureOutput {
    core::Event event;    ///< card.moved, photo.moved or item.raised
    bool persist = false; ///< append to the event log too
};

/// Gestures the engine recognises but does not turn into events: later tools and the workshop layer act on
/// them.
enum class GestureKind : std::uint8_t {
    Tap,            ///< a short touch that barely moved; item is what it touched (kNoItem: the board)
    DoubleTap,      ///< a second tap near the first, soon after (the Tap is reported as well)
    LongPress,      ///< held still for longPressMs; reported while the contact is still down
    LassoEnded,     ///< a contact that started on the empty board lifted: path is its trace
    LassoCancelled, ///< the same contact was lost (Cancel): its trace is void
    Claimed,        ///< a ContactClaimer (a dock, a keyboard) took the contact at its down
};

/// One recognised gesture, with the seat of the contact that made it.
struct GestureNotification {
    GestureKind kind = GestureKind::Tap; ///< what was recognised
    ContactKey contact;                  ///< the contact that made it
    int seat = 0;                        ///< the seat of that contact (ClaimDecision), 0 if unknown
    core::ItemId item = core::kNoItem;   ///< Tap, DoubleTap, LongPress: the card or photo touched
    core::Vec2 posMm;                    ///< where (the lift, or the down for a long press)
    std::int64_t tMs = 0;                ///< when
    std::vector<core::Vec2> path;        ///< LassoEnded only
};

/// Everything one call of the engine produced; the caller clears it each frame.
struct GestureResult {
    std::vector<GestureOutput> outputs;             ///< events, to apply in this order
    std::vector<GestureNotification> notifications; ///< gestures for the workshop layer
    /// Empties both lists (keeping their memory).
    void clear() {
        outputs.clear();
        notifications.clear();
    }
};

} // namespace atelier::input
