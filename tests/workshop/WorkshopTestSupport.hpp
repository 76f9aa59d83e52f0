// A table with no screen for the workshop tests: the real gesture engine and TableWorkshop over one board.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"
#include "input/GestureEngine.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/SeatLayout.hpp"
#include "workshop/TableWorkshop.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::workshop::testing {

/// A board configured for `seats` seats with `votes` dots each, and nothing on it.
core::Board configuredBoard(int seats, int votes = 5);

/// The table as the main loop drives it: contacts go through the gesture engine (whose claimer is the
/// workshop) or straight to the claimer; every output is applied with core::apply through
/// TableWorkshop::submit, and the persisted events are kept as the log.
class TestTable {
public:
    /// A table of `seats` seats on a 55" surface (1210 × 680 mm).
    explicit TestTable(int seats = 6, WorkshopOptions options = {});

    /// A contact through the engine, as the main loop sends it (then observeContact, then apply).
    void touch(input::ContactId id, input::Phase phase, core::Vec2 pos, double sizeMm = 0);
    /// A down, then an up 50 ms later at the same point, through the engine; the clock moves on 100 ms.
    void tapAt(core::Vec2 pos, input::ContactId id = 900);
    /// Taps the centre of a named target.
    void tap(std::string_view target, input::ContactId id = 900);
    /// Drags with one contact from `from` to `to` in `steps` moves 16 ms apart, through the engine.
    void drag(input::ContactId id, core::Vec2 from, core::Vec2 to, int steps = 20);
    /// Types `text` on the seat's open keyboard through the engine: shift for capitals, a long press and a
    /// slide for accents that have no key.
    void type(int seat, std::string_view text);
    /// The next key (target name) the seat must tap to type the first character of `text`, shift included,
    /// or "" when that character needs a long press on its base letter.
    std::string nextKey(int seat, std::string_view text) const;

    /// Straight to the claimer, as the brief's test of the ContactClaimer: a down.
    input::ClaimDecision claimDown(input::ContactId id, core::Vec2 pos);
    /// Straight to the claimer: an up of a claimed contact.
    void claimUp(input::ContactId id, core::Vec2 pos);

    /// Runs the frame's clock: engine and workshop updates at the current time, notifications, apply.
    void frame();
    /// Applies every workshop output waiting.
    void flush();
    /// Applies an event from elsewhere (the facilitator, a later tool) the way the main loop does.
    core::ApplyResult submit(const core::Event& event);
    /// Moves the clock on.
    void advance(std::int64_t ms) { m_now += ms; }

    /// The centre of a named target now (fails the test when missing).
    core::Vec2 at(std::string_view target);
    /// True when the target exists now.
    bool has(std::string_view target);

    /// The board.
    const core::Board& board() const { return m_board; }
    /// The seats.
    const SeatLayout& seats() const { return m_seats; }
    /// The workshop under test.
    TableWorkshop& workshop() { return m_workshop; }
    /// The persisted events, in order (what the log holds).
    const std::vector<core::Event>& log() const { return m_log; }
    /// apply's refusals (should stay empty).
    const std::vector<std::string>& refusals() const { return m_refusals; }
    /// The current time.
    std::int64_t now() const { return m_now; }
    /// The log's events of one type.
    std::size_t logged(std::string_view type) const;
    /// The board rebuilt from a fresh configured board and the log.
    core::Board replayed() const;

private:
    core::ApplyResult applyOne(const core::Event& event, bool persist);
    void drain(input::GestureResult& result);
    input::Contact contact(input::ContactId id, input::Phase phase, core::Vec2 pos, double sizeMm = 0) const;

    core::Board m_initial;
    core::Board m_board;
    SeatLayout m_seats;
    TableWorkshop m_workshop;
    input::GestureEngine m_engine;
    input::GestureResult m_result;
    input::TargetRegistry m_targets;
    std::vector<core::Event> m_log;
    std::vector<std::string> m_refusals;
    std::int64_t m_now = 1000;
};

/// The type name of an event ("card.created").
std::string_view typeOf(const core::Event& event);

/// The lower-case letter whose capital is `character` ("É" → "é"), or `character` itself.
std::string lowerOf(std::string_view character);

/// The angle between two rotations, folded into [0, pi].
double angleBetween(double a, double b);

} // namespace atelier::workshop::testing
