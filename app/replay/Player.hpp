// The replay player: a recorded session's board at any moment, and a clock that plays it at a speed.
#pragma once

#include "core/Board.hpp"
#include "replay/Recording.hpp"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace atelier::replay {

/// Slowest and fastest playback the timeline offers (×0.5 to ×32).
inline constexpr double kMinSpeed = 0.5;
inline constexpr double kMaxSpeed = 32.0;

/// The path an item followed over the last moments, for the touch-trail overlay.
struct Trail {
    core::ItemId item = core::kNoItem;
    int seat = 0;                     ///< the seat that moved it last
    std::vector<core::Vec2> pointsMm; ///< oldest first
};

/// How far back the touch trails reach, in session time.
inline constexpr std::int64_t kTrailMs = 3000;

/// Who watches the replay. The public (the attract loop, every export) never sees a moderated card, not even
/// before the facilitator hid it; the facilitator's own replay shows the board as it was, and keeps the cards
/// it hid on it, marked (Player::markedHidden).
enum class Audience {
    Public,
    Facilitator,
};

/// Plays a Recording. seek() lands on the exact board after the last event at or before a time: from the
/// current board when it is on the way (playback), else from the nearest snapshot; either way every event
/// goes through core::apply, as in live use. Main thread only.
class Player {
public:
    /// Opens `sessionId` of the data file read-only, positioned at the start (an empty board), for
    /// `audience`.
    Player(const std::filesystem::path& dataFile, std::int64_t sessionId,
           Audience audience = Audience::Public);

    /// The session being played.
    Recording& recording() noexcept { return m_recording; }
    /// Same, read-only.
    const Recording& recording() const noexcept { return m_recording; }
    /// The board at the current position, as the audience sees it (Public: without the moderated cards;
    /// Facilitator: with the cards hidden at this moment still on it, to be drawn marked).
    const core::Board& board() const noexcept {
        return m_hidesModerated || m_marksHidden ? m_shown : m_board;
    }
    /// The cards the facilitator's replay marks as hidden at the position, ascending: those hidden at this
    /// moment, and those the facilitator hid for good (moderated), from their first appearance. Empty for
    /// the public.
    const std::vector<core::ItemId>& markedHidden() const noexcept { return m_marked; }
    /// Who the board is shown to.
    Audience audience() const noexcept { return m_audience; }
    /// The current session time in ms (0 .. durationMs()).
    std::int64_t positionMs() const noexcept { return m_positionMs; }
    /// The last event folded into board() (0: none).
    std::int64_t seq() const noexcept { return m_seq; }
    /// How long the session lasts, in ms.
    std::int64_t durationMs() const noexcept { return m_recording.durationMs(); }

    /// Moves to session time `tMs` (clamped to the session), rebuilding the board; returns true when the
    /// board changed.
    bool seek(std::int64_t tMs);
    /// Moves to the start of the next phase after the position; false when there is none.
    bool nextPhase();
    /// Moves to the start of the current phase, or of the one before when already within a second of it.
    bool previousPhase();
    /// The phase the position is in: index into recording().phases(), or -1 before the first.
    int currentPhase() const;

    /// Starts the clock (from the beginning when at the end).
    void play();
    /// Stops the clock where it is.
    void pause() noexcept { m_playing = false; }
    /// True while the clock runs.
    bool playing() const noexcept { return m_playing; }
    /// Sets the playback speed, clamped to kMinSpeed..kMaxSpeed.
    void setSpeed(double speed);
    /// The playback speed (1 = real time).
    double speed() const noexcept { return m_speed; }
    /// Advances the clock by `wallMs` of real time × speed while playing; stops at the end. Returns true
    /// when the board changed.
    bool advance(std::int64_t wallMs);

    /// The moves of the last `windowMs` of session time before the position, one trail per item moved.
    std::vector<Trail> trails(std::int64_t windowMs = kTrailMs);

private:
    Recording m_recording;
    Audience m_audience;
    void refreshShown();

    bool m_hidesModerated; ///< a public audience and at least one moderated card
    bool m_marksHidden;    ///< the facilitator's audience and at least one card hidden during the session
    core::Board m_board;   ///< every event folded, as it was on the table
    core::Board m_shown;   ///< m_board as the audience sees it (only while m_hidesModerated or m_marksHidden)
    std::vector<core::ItemId> m_marked; ///< see markedHidden()
    std::int64_t m_seq = 0;
    std::int64_t m_positionMs = 0;
    double m_speed = 1.0;
    double m_carryMs = 0; ///< the fraction of a ms the clock owes the position (slow speeds)
    bool m_playing = false;
};

} // namespace atelier::replay
