// Each seat's own undo and redo stacks: steps are inverse events, a whole drag or typing session is one step.
#pragma once

#include "core/Event.hpp"
#include "core/Ids.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>

namespace atelier::workshop {

/// What makes several events one undo step: the same drag of an item (Motion, serial = which touch-down
/// started it), the same opening of a keyboard (Typing, serial = its session; a new card and what is typed
/// on it right away share it), or the same stroke (Stroke). None: the event is a step of its own.
struct StepGroup {
    enum class Kind : std::uint8_t { None, Motion, Typing, Stroke };
    Kind kind = Kind::None;
    core::ItemId item = core::kNoItem;
    std::uint64_t serial = 0;
    friend bool operator==(const StepGroup&, const StepGroup&) = default;
};

/// One undo (or redo) step: the event that takes it back, and the group later events may join.
struct UndoStep {
    core::Event inverse;
    StepGroup group;
};

/// The undo and redo stacks of every seat, bounded per seat (the oldest steps go first). Only ever holds a
/// seat's own actions, so one seat's undo never touches another's work. It does not apply anything:
/// TableWorkshop checks each step against the board and emits it.
class UndoHistory {
public:
    /// At most `limit` undo steps (and as many redo steps) per seat.
    explicit UndoHistory(std::size_t limit) : m_limit(limit) {}

    /// A seat's action was applied; `inverse` takes it back as the board was just before. When a step of
    /// the same group is still on the seat's stack the action joins it (its inverse, taken before the group's
    /// first event, stays); otherwise it becomes a new step and the seat's redo stack empties. True when a
    /// new step was pushed.
    bool record(int seat, core::Event inverse, StepGroup group);
    /// Takes the seat's last step off its undo stack.
    std::optional<UndoStep> popUndo(int seat);
    /// Takes the seat's last undone step off its redo stack.
    std::optional<UndoStep> popRedo(int seat);
    /// Pushes a step undone just now (its event puts it back).
    void pushRedo(int seat, core::Event redo);
    /// Pushes a step redone just now (its event takes it back again); the redo stack stays.
    void pushUndo(int seat, core::Event undo);

    /// True when the seat has something to take back.
    bool canUndo(int seat) const;
    /// True when the seat has something to put back.
    bool canRedo(int seat) const;
    /// How many undo steps the seat has.
    std::size_t undoDepth(int seat) const;

private:
    struct Stacks {
        std::deque<UndoStep> undo;
        std::deque<UndoStep> redo;
    };
    void bound(std::deque<UndoStep>& stack) const;

    std::size_t m_limit;
    std::map<int, Stacks> m_seats;
};

} // namespace atelier::workshop
