// Events of the facilitator that shape the session: its configuration and its phases.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace atelier::core {

/// The facilitator set the table up: logged first in every session, again if the dots change.
struct SessionConfigured {
    static constexpr std::string_view kType = "session.configured";
    int seatCount = 0;    ///< 2..8
    int votesPerSeat = 0; ///< 0..99 dots per seat
    std::string title;    ///< workshop title, UTF-8
    int seat = 0;         ///< always 0: only the facilitator configures
    friend bool operator==(const SessionConfigured&, const SessionConfigured&) = default;
};

/// The facilitator moved the workshop to a phase (or restarted its timer).
struct PhaseStarted {
    static constexpr std::string_view kType = "phase.started";
    int index = 0; ///< 0..999, position in the workshop's plan
    std::string name;
    std::vector<std::string> tools; ///< tools the docks offer in this phase
    int durationS = 0;              ///< seconds; 0 = untimed
    int seat = 0;                   ///< always 0
    friend bool operator==(const PhaseStarted&, const PhaseStarted&) = default;
};

/// The facilitator paused the table: no seat acts until session.resumed; the phase and its clock stand.
struct SessionPaused {
    static constexpr std::string_view kType = "session.paused";
    int seat = 0; ///< always 0
    friend bool operator==(const SessionPaused&, const SessionPaused&) = default;
};

/// The facilitator let the table go on after a pause, in the same phase.
struct SessionResumed {
    static constexpr std::string_view kType = "session.resumed";
    int seat = 0; ///< always 0
    friend bool operator==(const SessionResumed&, const SessionResumed&) = default;
};

} // namespace atelier::core
