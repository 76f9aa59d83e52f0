// The phases a session ran through, each with its pauses, folded from the logged phase and pause events.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::replay {

/// A pause of the table inside a phase: session.paused … session.resumed, or an old log's lock.
struct PhasePause {
    std::int64_t seq = 0;     ///< the event that began it
    std::int64_t startMs = 0; ///< session time it began
    std::int64_t endMs =
        0; ///< session time it ended: the resume, the next phase's start, or the session's end
};

/// One phase as it ran: where the facilitator started it (what the timeline marks and "next phase" jumps
/// to), with the pauses inside it.
struct PhaseMarker {
    std::int64_t seq = 0; ///< its first phase.started event
    std::int64_t tMs = 0; ///< its session time
    int index = 0;        ///< position in the workshop's plan
    std::string name;
    std::vector<PhasePause> pauses; ///< in order
};

/// One logged event that shapes the phases: phase.started, session.paused or session.resumed.
struct PhaseLogEntry {
    enum class Kind { Started, Paused, Resumed };
    Kind kind = Kind::Started;
    std::int64_t seq = 0;
    std::int64_t tMs = 0;
    int index = 0;                  ///< Started only
    std::string name;               ///< Started only
    std::vector<std::string> tools; ///< Started only
};

/// Folds the log's phase and pause events (in seq order) into one entry per phase. A phase.started of the
/// phase already running (same index) is not a new phase: logs written before pauses had events of their own
/// show a lock as such a restart with tools ["locked"] and the unlock as another with the planned tools, read
/// here as a pause; any other restart of the same phase (its timer started again) goes on as the same phase.
/// A pause still running when the next phase starts ends there and, for session.paused, goes on in the new
/// phase (the table stays paused until resumed). `endMs` closes a pause still running at the end.
std::vector<PhaseMarker> foldPhaseRuns(const std::vector<PhaseLogEntry>& log, std::int64_t endMs);

} // namespace atelier::replay
