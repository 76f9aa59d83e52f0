// First steps: at the start of each phase, a hint faces each seat for the tools the phase allows, until
// that seat has used the tool.
#pragma once

#include <map>
#include <vector>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "core/Event.hpp"

namespace atelier::table {

/// The tools a first-steps hint explains, one sentence each (core::TextId::HintNewCard, …).
enum class Hint { NewCard, Cluster, Vote };

/// The catalogue's sentence for a hint.
core::TextId hintText(Hint hint);

/// Which hints each seat still sees: every seat gets the hints of a phase's tools when the phase starts,
/// and loses one when an event of that seat shows it used the tool (a card written, ideas circled or
/// joined to a group, a dot placed). Plain C++; the live table draws what it says (ui::drawSeatHints).
class FirstSteps {
public:
    /// Hints for seats 1..`seats`.
    explicit FirstSteps(int seats) : m_seats(seats) {}

    /// Looks at the board's phase: a new phase gives every seat the hints of its tools. True when it changed.
    bool follow(const core::Board& board);
    /// An event that applied: its seat may have used a tool. True when a hint went away.
    bool observe(const core::Event& event);
    /// The hints seat `seat` still sees, in the order the tools are named.
    std::vector<Hint> hintsFor(int seat) const;
    /// True when no seat has a hint left.
    bool empty() const;

private:
    int m_seats;
    int m_phaseIndex = -2; ///< the phase the hints were given for (-2: none yet)
    std::map<int, std::vector<Hint>> m_pending;
};

} // namespace atelier::table
