// Records a simulated workshop through the real EventLog, keeping what the board was after every event.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace atelier::replay::testing {

/// A session written to a data file, with its events kept in memory to be applied directly.
struct RecordedSession {
    std::int64_t session = 0;
    std::vector<std::int64_t> times; ///< t_ms of seq i+1 at index i
    std::vector<core::Event> events; ///< the event of seq i+1 at index i
};

/// Writes `count` events of WorkshopSimulator(seed) to dataDir's atelier.db through an EventLog that makes
/// a snapshot every `snapshotEvery` events.
RecordedSession recordSimulatedSession(const std::filesystem::path& dataDir, std::uint64_t seed, int count,
                                       int snapshotEvery);

/// The boards of a RecordedSession computed by applying its events directly (no store, no snapshots):
/// what replay must agree with. Cheapest when asked in increasing order.
class ReferenceBoards {
public:
    explicit ReferenceBoards(const RecordedSession& recorded) : m_recorded(recorded) {}
    /// The hash of the board after the last event at or before session time tMs.
    std::string hashAtTime(std::int64_t tMs);
    /// The hash of the board after event `seq` (0: the empty board).
    std::string hashAtSeq(std::int64_t seq);

private:
    const RecordedSession& m_recorded;
    core::Board m_board;
    std::int64_t m_seq = 0;
};

} // namespace atelier::replay::testing
