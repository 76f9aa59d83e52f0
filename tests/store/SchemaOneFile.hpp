// Writes a data file exactly as Atelier's schema 1 (December 2026) wrote it: the migration tests' fixture.
#pragma once

#include "core/Board.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace atelier::store::testing {

/// What writeSchemaOneFile put in the file.
struct SchemaOneSession {
    std::int64_t session = 0;
    std::int64_t events = 0;
    std::string photoHash;               ///< the one photo placed (asset row and photo.placed event)
    std::vector<std::int64_t> snapshots; ///< seqs of the JSON snapshots
    std::map<std::int64_t, std::string> boardHashes; ///< boardHash after the seqs asked for, and the last
};

/// Creates `dataFile` with schema 1's SQL and pragmas (user_version 1, no format column), one workshop
/// "demo" and one session of `events` WorkshopSimulator(seed) events with a photo placed at seq 10, board
/// snapshots as boardToJson text every `snapshotEvery` events, the session `ended` or live. Written with
/// plain SQL, never through app/store, so that it stays what the old code wrote as the store changes.
/// The board hashes after the seqs in `hashAt` (and after the last event) are the tests' golden boards.
SchemaOneSession writeSchemaOneFile(const std::filesystem::path& dataFile, std::uint64_t seed, int events,
                                    int snapshotEvery, bool ended,
                                    const std::vector<std::int64_t>& hashAt = {});

} // namespace atelier::store::testing
