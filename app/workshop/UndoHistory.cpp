// Per-seat undo and redo stacks with grouped steps and a bound.
#include "workshop/UndoHistory.hpp"

#include <algorithm>
#include <utility>

namespace atelier::workshop {

void UndoHistory::bound(std::deque<UndoStep>& stack) const {
    while (stack.size() > m_limit) {
        stack.pop_front();
    }
}

bool UndoHistory::record(int seat, core::Event inverse, StepGroup group) {
    Stacks& stacks = m_seats[seat];
    if (group.kind != StepGroup::Kind::None &&
        std::any_of(stacks.undo.rbegin(), stacks.undo.rend(),
                    [&](const UndoStep& step) { return step.group == group; })) {
        return false;
    }
    stacks.undo.push_back(UndoStep{std::move(inverse), group});
    stacks.redo.clear();
    bound(stacks.undo);
    return true;
}

std::optional<UndoStep> UndoHistory::popUndo(int seat) {
    const auto found = m_seats.find(seat);
    if (found == m_seats.end() || found->second.undo.empty()) {
        return std::nullopt;
    }
    UndoStep step = std::move(found->second.undo.back());
    found->second.undo.pop_back();
    return step;
}

std::optional<UndoStep> UndoHistory::popRedo(int seat) {
    const auto found = m_seats.find(seat);
    if (found == m_seats.end() || found->second.redo.empty()) {
        return std::nullopt;
    }
    UndoStep step = std::move(found->second.redo.back());
    found->second.redo.pop_back();
    return step;
}

void UndoHistory::pushRedo(int seat, core::Event redo) {
    Stacks& stacks = m_seats[seat];
    stacks.redo.push_back(UndoStep{std::move(redo), {}});
    bound(stacks.redo);
}

void UndoHistory::pushUndo(int seat, core::Event undo) {
    Stacks& stacks = m_seats[seat];
    stacks.undo.push_back(UndoStep{std::move(undo), {}});
    bound(stacks.undo);
}

bool UndoHistory::canUndo(int seat) const {
    const auto found = m_seats.find(seat);
    return found != m_seats.end() && !found->second.undo.empty();
}

bool UndoHistory::canRedo(int seat) const {
    const auto found = m_seats.find(seat);
    return found != m_seats.end() && !found->second.redo.empty();
}

std::size_t UndoHistory::undoDepth(int seat) const {
    const auto found = m_seats.find(seat);
    return found == m_seats.end() ? 0 : found->second.undo.size();
}

} // namespace atelier::workshop
