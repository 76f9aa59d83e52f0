// Keeps every seat's undo history in step with the events applied live, and finds the steps to undo or redo.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"
#include "workshop/UndoHistory.hpp"
#include "workshop/WorkshopOutput.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace atelier::workshop {

/// What prepare() learnt about an event before it was applied: its inverse on the board as it was, its
/// seat and its undo group. settle() records it once it applied.
struct PreparedEvent {
    std::optional<core::Event> inverse; ///< set only for a person's action that can be taken back
    int seat = 0;
    StepGroup group;
    Origin origin = Origin::Action;
};

/// The per-seat undo logic. Every live event goes through prepare() (before apply, to take its inverse on
/// the board as it was) and settle() (after). A drag is one step because every card.moved or photo.moved
/// of an item between two touch-downs on it shares a group; a stroke's begun/extended/ended share one too.
/// Undo and redo take the seat's next step that still applies to the board as it is (a step another seat
/// has made moot — its card deleted meanwhile — is dropped) and emit its event.
class UndoRecorder {
public:
    /// Reads `board` (which must outlive it); keeps at most `limit` steps per seat.
    UndoRecorder(const core::Board& board, std::size_t limit);

    /// A contact went down on this item: its next motion starts a new undo step.
    void noteTouched(core::ItemId item);
    /// Takes the inverse and the group of an event about to be applied; `group` None lets the event's type
    /// decide (motion and strokes group themselves).
    PreparedEvent prepare(const core::Event& event, Origin origin, StepGroup group) const;
    /// Records a prepared event once it applied; true when the seat's undo or redo availability changed.
    bool settle(const PreparedEvent& prepared, bool applied);

    /// The event that takes back the seat's last step that still applies, once `pending` (events emitted but
    /// not applied yet) are; the step moves to the redo stack. Nothing when there is none.
    std::optional<core::Event> undo(int seat, const std::vector<WorkshopOutput>& pending);
    /// The event that puts back the seat's last undone step, likewise; it moves back to the undo stack.
    std::optional<core::Event> redo(int seat, const std::vector<WorkshopOutput>& pending);

    /// True when the seat has something to take back.
    bool canUndo(int seat) const { return m_history.canUndo(seat); }
    /// True when the seat has something to put back.
    bool canRedo(int seat) const { return m_history.canRedo(seat); }
    /// How many undo steps the seat has.
    std::size_t undoDepth(int seat) const { return m_history.undoDepth(seat); }

private:
    StepGroup groupOf(const core::Event& event) const;
    core::Board trialBoard(const std::vector<WorkshopOutput>& pending) const;

    const core::Board* m_board;
    UndoHistory m_history;
    std::map<core::ItemId, std::uint64_t> m_touches;
    std::uint64_t m_touchSerial = 0;
};

/// The seat an event carries (every event type has one).
int seatOf(const core::Event& event);

} // namespace atelier::workshop
