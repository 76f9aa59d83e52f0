// A standalone data file holding one session, to replay or export it on another machine.
#pragma once

#include <cstdint>
#include <filesystem>

namespace atelier::store {

/// Writes a new atelier.db at `target` holding only `sessionId` of `source`: its workshop, session row,
/// events, the photos its events place and one snapshot (its newest readable one, as a whole compact board),
/// under the same ids. The source is only read (a live
/// table writing it is not disturbed). Refuses an existing target. Throws StoreError with a sentence.
void copySession(const std::filesystem::path& source, std::int64_t sessionId,
                 const std::filesystem::path& target);

} // namespace atelier::store
