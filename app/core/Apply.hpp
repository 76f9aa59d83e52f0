// apply(): the only way the board changes.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"

#include <string>
#include <utility>

namespace atelier::core {

/// Whether an event was applied and, when it was not, why (one sentence for the log).
struct ApplyResult {
    bool applied = false;
    std::string reason;
    explicit operator bool() const { return applied; }
};

/// Applies one event. Pure and deterministic: the same board and event give the same board on every run
/// and machine (coordinates are snapped to the grids of Quantise.hpp). An event that does not fit the
/// board (unknown or deleted id, a reused id, NaN or infinity, invalid UTF-8, a limit of Limits.hpp
/// passed, a seat not at the table, an UnknownEvent) leaves the board exactly as it was and says why.
/// Costs O(log n) per event, plus O(points) for strokes and O(members) for clusters and votes.
ApplyResult apply(Board& board, const Event& event);

/// Same as above. Event is a std::variant, so an unqualified call also finds std::apply by argument-dependent
/// lookup, which would win for a non-const or temporary Event; these exact overloads keep the call here.
inline ApplyResult apply(Board& board, Event& event) {
    return apply(board, std::as_const(event));
}

/// Same as above, for a temporary Event (see the overload for Event&).
inline ApplyResult apply(Board& board, Event&& event) {
    return apply(board, std::as_const(event));
}

} // namespace atelier::core
