// Who may open the facilitator panel: the hidden corner gesture, the PIN with its lockout, the idle close.
#pragma once

#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/Geometry.hpp"
#include "input/Contact.hpp"
#include "store/PinGuard.hpp"
#include "table/PinHash.hpp"

namespace atelier::table {

/// Which corner of the table answers the hidden gesture.
enum class Corner { Any, TopLeft, TopRight, BottomLeft, BottomRight };

/// The corner for a config word ("any", "top-left", ...); Any for anything else.
Corner cornerFromName(std::string_view name);

/// The rules of access, from the config.
struct AccessOptions {
    core::Vec2 surfaceMm{1210, 680};
    int fingers = 3;             ///< fingers held together in one corner
    std::int64_t holdMs = 3000;  ///< for this long, each within kStillMm of where it landed
    Corner corner = Corner::Any; ///< where
    double cornerMm = 150;       ///< how far from the corner (both ways) a finger counts as in it
    std::optional<PinHash> pin;  ///< nothing: no PIN set, the pad refuses every PIN
    int maxTries = 5;            ///< wrong PINs in a row before the pad locks
    /// How long the n-th lock in a row lasts (the last one repeats until the right PIN): 1 min, 5 min, 30
    /// min.
    std::vector<std::int64_t> lockScheduleMs{60000, 300000, 1800000};
    std::int64_t idleCloseMs = 120000; ///< the panel (or pad) closes after this long unused
    /// What the data file kept of the pad's tries and lock (its configHash is ignored: `pin` is the key).
    store::PinGuard memory;
    /// The wall clock (ms since the epoch) when the session clock read 0: lock ends are kept in wall time.
    std::int64_t unixMsAtZero = 0;
    /// Keeps the memory after each change (the data file); none: it lives only as long as the table runs.
    std::function<void(const store::PinGuard&)> remember;
};

/// Where the panel stands.
enum class AccessState {
    Closed,    ///< nothing shown to the public
    AskingPin, ///< the number pad is up
    Open,      ///< the facilitator's controls are up
};

/// What happened to a PIN typed on the pad.
enum class PinOutcome { Checking, Accepted, Wrong, LockedNow, StillLocked, NoPinSet, TooShort };

/// How long the lock that follows `lockouts` earlier locks in a row lasts, by the schedule.
std::int64_t lockDurationMs(const std::vector<std::int64_t>& scheduleMs, int lockouts);

/// The state machine behind the panel. It sees every contact (observe) but takes none: the corner fingers
/// keep working for whoever they belong to. Times are the session clock's milliseconds.
class FacilitatorAccess {
public:
    explicit FacilitatorAccess(AccessOptions options);
    FacilitatorAccess(const FacilitatorAccess&) = delete;
    FacilitatorAccess& operator=(const FacilitatorAccess&) = delete;
    /// Waits for a PIN check still running (at most the ~0.1 s it takes).
    ~FacilitatorAccess();

    /// Follows a contact for the corner gesture.
    void observe(const input::Contact& contact);
    /// Completes the gesture and closes an idle panel; true when the state changed.
    bool update(std::int64_t nowMs);
    /// When update() must run next without input, if ever.
    std::optional<std::int64_t> nextDeadlineMs() const;

    /// Shows the number pad (the gesture, or the physical keyboard's shortcut in a window).
    void askPin(std::int64_t nowMs);
    /// A digit pressed on the pad (ignored while locked or past 8 digits).
    void typeDigit(char digit, std::int64_t nowMs);
    /// The pad's erase key.
    void eraseDigit(std::int64_t nowMs);
    /// The pad's OK key: starts checking the typed PIN on a worker thread (Checking; the try already counts,
    /// so a restart during the check does not forgive it), or says at once why it cannot.
    PinOutcome submit(std::int64_t nowMs);
    /// The verdict of the check submit() started, once it is ready (call each frame); nothing before.
    std::optional<PinOutcome> poll(std::int64_t nowMs);
    /// True while a PIN is being checked: the pad takes no digits and shows it is checking.
    bool checking() const { return m_check.valid(); }
    /// Any use of the panel keeps it open for another idle period.
    void touch(std::int64_t nowMs) { m_lastUseMs = nowMs; }
    /// Closes the pad or the panel (the close button, the end of a session).
    void close();

    AccessState state() const { return m_state; }
    /// True while enough fingers are held in a corner for the gesture (the pad opens once they are held long
    /// enough).
    bool gestureHeld() const { return gestureDueMs().has_value(); }
    /// Where the fingers of the corner gesture that opened the pad were held (their middle); nothing when the
    /// pad was opened otherwise (the keyboard's shortcut).
    std::optional<core::Vec2> gesturePointMm() const { return m_gesturePointMm; }
    /// How many digits are typed (the pad shows dots, never digits).
    std::size_t digitsTyped() const { return m_typed.size(); }
    /// Wrong PINs left before the lock.
    int triesLeft() const { return m_options.maxTries - m_wrong; }
    /// Milliseconds until the pad unlocks, 0 when it is not locked.
    std::int64_t lockedForMs(std::int64_t nowMs) const;

private:
    struct Finger {
        core::Vec2 downMm;
        std::int64_t downMs = 0;
        int corner = -1; ///< 0..3, -1 when not in an answering corner
    };

    /// What the worker thread found.
    struct CheckResult {
        bool right = false;
        std::string
            rewrittenHash; ///< the Argon2id hash of a right PIN whose stored hash is of an older scheme
    };

    int cornerOf(core::Vec2 posMm) const;
    std::optional<std::int64_t> gestureDueMs() const;
    std::optional<core::Vec2> gesturePoint() const;
    PinOutcome accept(const CheckResult& result);
    PinOutcome refuse(std::int64_t nowMs);
    void remember() const;

    AccessOptions m_options;
    AccessState m_state = AccessState::Closed;
    std::map<input::ContactKey, Finger> m_fingers;
    /// Set when a finger lifts after the hold was complete but before update() saw it (a late frame): the
    /// gesture still opens the pad.
    std::optional<std::int64_t> m_heldMs;
    std::optional<core::Vec2> m_heldPointMm;
    std::string m_typed;
    std::optional<PinHash> m_pin; ///< the config's, or the Argon2id hash that replaced it
    std::string m_rewrittenHash;
    int m_wrong = 0;
    int m_lockouts = 0;
    std::optional<std::int64_t> m_lockedUntilMs; ///< session clock
    std::int64_t m_lastUseMs = 0;
    std::future<CheckResult> m_check;
    std::optional<core::Vec2> m_gesturePointMm;
};

} // namespace atelier::table
