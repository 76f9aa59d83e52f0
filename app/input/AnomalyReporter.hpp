// Counts what went wrong at the input edge and logs each kind at most once per second.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

namespace atelier::input {

/// Every kind of bad or surprising input the sources and the tracker survive.
enum class Anomaly : std::uint8_t {
    NonFiniteCoordinate, ///< NaN or infinity in a position: dropped
    FarOutsideSurface,   ///< a position far off the surface: dropped
    ClampedToSurface,    ///< a position slightly off the surface: pulled onto the edge
    DuplicateDown,       ///< a down for a contact already down: treated as a move
    UnknownContact,      ///< a move or up for a contact never seen down: ignored
    TooManyContacts,     ///< a down beyond the simultaneous-contact limit: refused
    GhostReleased,       ///< a contact its source no longer reports: cancelled
    TimeWentBack,        ///< a sample older than the previous one of its contact: re-stamped
    MalformedOsc,        ///< an OSC packet or TUIO message that does not parse: dropped
    LateTuioFrame,       ///< a TUIO frame older than one already applied (UDP reordering): dropped
    SilentTuioSource,    ///< a TUIO source quiet past the timeout: its cursors cancelled
    TooManyTuioSources,  ///< more TUIO sources than the receiver tracks: ignored
    QueueOverflow,       ///< the main thread did not drain the TUIO queue: motion dropped
    RefusedTuioSender,   ///< a TUIO datagram from an address not in the allow list: dropped
    ScriptTargetMissing, ///< a script line names a target that does not exist when it plays
};

/// How many kinds there are (array sizes).
inline constexpr std::size_t kAnomalyKinds = static_cast<std::size_t>(Anomaly::ScriptTargetMissing) + 1;

/// A stable lowercase name for log lines and docs ("duplicate-down").
std::string_view anomalyName(Anomaly kind);

/// Counters per kind (tests and the facilitator's diagnostics read them) and a rate-limited logger, so that a
/// flood of bad packets costs a line per second, not a line per packet. Thread-safe: the TUIO thread reports
/// too.
class AnomalyReporter {
public:
    /// `origin` prefixes log lines ("tracker", "tuio", "script").
    explicit AnomalyReporter(std::string origin);

    /// Counts one occurrence at `nowMs` and logs it unless this kind was logged less than a second ago.
    void report(Anomaly kind, std::int64_t nowMs, std::string_view detail);

    /// How many times this kind happened.
    std::uint64_t count(Anomaly kind) const;

    /// How many times this kind reached the log (at most one per second).
    std::uint64_t logged(Anomaly kind) const;

    /// Occurrences of every kind together.
    std::uint64_t total() const;

private:
    struct Tally {
        std::uint64_t count = 0;
        std::uint64_t logged = 0;
        std::uint64_t sinceLog = 0;
        std::int64_t lastLogMs = 0;
        bool everLogged = false;
    };

    std::string m_origin;
    mutable std::mutex m_mutex;
    std::array<Tally, kAnomalyKinds> m_tallies{};
};

} // namespace atelier::input
