// The hook through which the workshop layer takes contacts that start on its own elements (docks, keyboards).
#pragma once

#include "input/Contact.hpp"
#include "input/HitTest.hpp"

#include <vector>

namespace atelier::input {

/// The workshop layer's answer for a contact going down: whether one of its elements takes it, and the seat
/// whose zone it started in (events it causes carry that seat; 0 = none).
struct ClaimDecision {
    bool claimed = false; ///< the workshop layer takes the contact: the engine only forwards it
    int seat = 0;         ///< 1..8 for the seat zone the contact started in, 0 = none
};

/// Implemented by the workshop layer, which knows the seats' zones, docks and keyboards; the gesture engine
/// asks it first for every down, so that a dock button under a card still works and a contact's seat is
/// known.
class ContactClaimer {
public:
    virtual ~ContactClaimer() = default;

    /// Decides for a contact going down (before any hit-testing of the board).
    virtual ClaimDecision onContactDown(const Contact& contact) = 0;

    /// Receives every later Move, Up or Cancel of a contact it claimed; the engine does nothing else with
    /// them.
    virtual void onClaimedContact(const Contact& contact) = 0;

    /// The boxes a thrown card stops at the edge of instead of gliding under (docks, open keyboards), asked
    /// at each throw; none by default.
    virtual std::vector<Bounds> glideStops() const { return {}; }
};

} // namespace atelier::input
