// An event the workshop layer produced, for the lead to apply and log through TableWorkshop::submit.
#pragma once

#include "core/Event.hpp"
#include "workshop/UndoHistory.hpp"

namespace atelier::workshop {

/// Why an event happens: a person's action (it joins the seat's undo history), the undo or redo of one (the
/// history has already moved; the event is logged like any other, so the log reads like what happened), or
/// the table's own rule (a card pushed off a keyboard that opened on it or off the ranking: logged, never an
/// undo step, for undoing it would hide the card again).
enum class Origin : std::uint8_t { Action, Undo, Redo, Rule };

/// One event from the workshop layer. Apply it with TableWorkshop::submit (which applies, logs through the
/// lead's function and keeps the seat's history), in the order given.
struct WorkshopOutput {
    core::Event event;              ///< carries the acting seat
    Origin origin = Origin::Action; ///< action, undo or redo
    bool persist = true;            ///< append to the event log (every workshop event is; motion is not)
    StepGroup group;                ///< the undo step it belongs to (typing: one step per keyboard opening)
};

} // namespace atelier::workshop
