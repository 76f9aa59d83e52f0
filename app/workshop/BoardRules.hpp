// What the table lets through to the board: a locked phase, bounded cards, and no event that changes nothing.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"
#include "input/GestureOptions.hpp"

#include <map>
#include <optional>
#include <vector>

namespace atelier::workshop {

/// A card is never pinched larger than this (see input::kCardMaxScale).
inline constexpr double kCardMaxScale = input::kCardMaxScale;

/// The board's rules for every live event, applied in TableWorkshop::submit before the event reaches the
/// board (replays and resumes fold the log as it is). In a phase with `locked`, the seats' actions are
/// refused: nothing moves, rises, is typed, drawn, clustered or voted (the facilitator, seat 0, still acts).
/// A card's pose is bounded (scale at most kCardMaxScale, its box on the table). An event that would change
/// nothing is refused, so it is neither logged nor an undo step; a motion whose pose the log does not hold
/// yet (an intermediate pose applied without persisting) is still let through, so the log ends where the
/// board is.
class BoardRules {
public:
    /// Rules over `board` (read only; it must outlive them) on a surface of `surfaceMm`.
    BoardRules(const core::Board& board, core::Vec2 surfaceMm);

    /// The event as the rules let it apply (a card's pose bounded), or nullopt when refused.
    std::optional<core::Event> admit(const core::Event& event) const;
    /// After an event applied: `logged` says whether it was persisted; motion applied unlogged is remembered.
    void noteApplied(const core::Event& event, bool logged);
    /// The last unlogged motion of each item whose logged pose lags the board's, as events to persist now
    /// (before a phase starts, so that the log holds the board the new phase begins with).
    std::vector<core::Event> unloggedMotion() const;

private:
    bool locked() const;
    bool changesNothing(const core::Event& event) const;

    const core::Board& m_board;
    core::Vec2 m_surfaceMm;
    std::map<core::ItemId, core::Event> m_unlogged; ///< items whose board pose the log does not hold yet
};

} // namespace atelier::workshop
