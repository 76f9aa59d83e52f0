// Inverse events: undo appends the event that takes an action back (the log stays append-only).
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"

#include <optional>

namespace atelier::core {

/// The event that takes `event` back, given the board as it was just before `event` was applied, acting
/// as the same seat. Applied right after `event`, it restores the board exactly for moves, edits,
/// recolours, renames, joins, leaves, configuration, phases and every delete/restore pair. A creation is
/// taken back by flagging the item (card.deleted, photo.removed, stroke.erased, cluster.dissolved,
/// vote.withdrawn, coin.withdrawn), so ids and z stay used; stroke.extended and stroke.ended erase the
/// whole stroke. cost.set and rating.given are taken back by setting the value before (0 when none), and
/// decision.configured by the set-up before; a seat's undo only ever touches its own coins and ratings.
/// Nothing when there is nothing to take back: item.raised (touching raises; undo leaves the stack),
/// the first session.configured or phase.started, an UnknownEvent, or an event naming an item that
/// `before` does not hold.
std::optional<Event> inverseOf(const Board& before, const Event& event);

} // namespace atelier::core
