// Rebuilds a session's board from the nearest snapshot and the events after it (resume, replay seeking).
#pragma once

#include "core/Board.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atelier::store {

class Database;

/// A session's board at some seq, and what was skipped on the way.
struct LoadedSession {
    core::Board board;
    std::int64_t lastSeq = 0;          ///< seq of the last event folded in (0: none)
    std::int64_t lastTMs = 0;          ///< its t_ms: where a resumed session's clock continues
    std::int64_t snapshotSeq = 0;      ///< the snapshot the load started from (0: the empty board)
    std::int64_t skippedUnknown = 0;   ///< events of types this version does not know (kept, not applied)
    std::int64_t rejected = 0;         ///< events apply() refused, or whose payload could not be read
    std::vector<std::string> warnings; ///< sentences for the log (each unknown type once)
};

/// The board of `sessionId` after `uptoSeq` (or after its last event): nearest snapshot at or
/// before it, then the following events through core::apply. Throws StoreError(NotFound/ReadFailed).
LoadedSession loadSession(const Database& db, std::int64_t sessionId,
                          std::optional<std::int64_t> uptoSeq = std::nullopt);

} // namespace atelier::store
