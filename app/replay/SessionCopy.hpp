// A standalone data file holding one session, to replay or export it on another machine.
#pragma once

#include <cstdint>
#include <filesystem>

namespace atelier::replay {

/// Writes a new atelier.db at `target` holding only `sessionId` of `source` (see store::copySession, which
/// does the copy): its workshop, session row, events, snapshots and the photos its events place, under the
/// same ids. The source is only read. Refuses an existing target. Throws store::StoreError with a sentence.
void copySession(const std::filesystem::path& source, std::int64_t sessionId,
                 const std::filesystem::path& target);

} // namespace atelier::replay
