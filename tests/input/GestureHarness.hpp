// A table with no screen for tests and benchmarks: contacts in, through tracker and gesture engine, onto a
// board.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"
#include "input/ContactTracker.hpp"
#include "input/GestureEngine.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::input::testing {

/// A configured board of `seats` seats and nothing on it.
core::Board tableBoard(int seats = 4);

/// Adds a card through apply (id = board.nextId) and returns its id.
core::ItemId addCard(core::Board& board, core::Vec2 centre, core::Size size = {60, 40}, double rotation = 0,
                     int seat = 1);

/// Adds a photo through apply and returns its id.
core::ItemId addPhoto(core::Board& board, core::Vec2 centre, core::Size size = {300, 200},
                      double rotation = 0);

/// A contact sample.
Contact contact(ContactId id, Phase phase, core::Vec2 pos, std::int64_t tMs, Source source = Source::Touch);

/// Drives the real pipeline (ContactTracker → GestureEngine → core::apply) like the main loop does, and keeps
/// what a test wants to look at: the persisted events (the log), notifications, apply's refusals.
class GestureHarness {
public:
    /// A harness over `board` (copied: the log replays from it) with these options.
    explicit GestureHarness(core::Board board, GestureOptions options = {},
                            ContactClaimer* claimer = nullptr);

    /// Feeds one raw contact through the tracker and the engine (no update, no apply yet).
    void send(const Contact& contact);
    /// A touch going down at `pos`.
    void down(ContactId id, core::Vec2 pos, std::int64_t tMs) { send(contact(id, Phase::Down, pos, tMs)); }
    /// A touch moving.
    void move(ContactId id, core::Vec2 pos, std::int64_t tMs) { send(contact(id, Phase::Move, pos, tMs)); }
    /// A touch lifting.
    void up(ContactId id, core::Vec2 pos, std::int64_t tMs) { send(contact(id, Phase::Up, pos, tMs)); }

    /// Ends a frame at `nowMs`: engine update, then every output applied to the board. Returns update()'s
    /// answer.
    bool frame(std::int64_t nowMs);

    /// Runs frames every `stepMs` from `fromMs` until nothing glides (or `limitMs` passes); returns the last
    /// time.
    std::int64_t settle(std::int64_t fromMs, std::int64_t stepMs = 16, std::int64_t limitMs = 20000);

    /// Moves a touch in a straight line from `from` to `to` over `durationMs`, one sample and frame every
    /// `stepMs`, starting after `startMs`; returns the time of the last sample.
    std::int64_t glide(ContactId id, core::Vec2 from, core::Vec2 to, std::int64_t startMs,
                       std::int64_t durationMs, std::int64_t stepMs = 16);

    /// The live board.
    const core::Board& board() const { return m_board; }
    /// The board rebuilt from the initial one and the persisted events only (what a replay shows).
    core::Board replayed() const;
    /// Events with persist = true, in order.
    const std::vector<core::Event>& persisted() const { return m_persisted; }
    /// Every event emitted, in order.
    const std::vector<core::Event>& emitted() const { return m_emitted; }
    /// Notifications so far.
    const std::vector<GestureNotification>& notifications() const { return m_notifications; }
    /// Reasons apply gave for refusing an output (should stay empty).
    const std::vector<std::string>& refusals() const { return m_refusals; }
    /// The engine under test.
    GestureEngine& engine() { return m_engine; }
    /// The tracker under test.
    ContactTracker& tracker() { return m_tracker; }

    /// Count of notifications of a kind.
    std::size_t count(GestureKind kind) const;
    /// Persisted events of a type ("card.moved").
    std::size_t persistedCount(std::string_view type) const;

private:
    core::Board m_initial;
    core::Board m_board;
    ContactTracker m_tracker;
    GestureEngine m_engine;
    GestureResult m_result;
    std::vector<Contact> m_clean;
    std::vector<core::Event> m_persisted;
    std::vector<core::Event> m_emitted;
    std::vector<GestureNotification> m_notifications;
    std::vector<std::string> m_refusals;
};

} // namespace atelier::input::testing
