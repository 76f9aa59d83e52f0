// Moves an SQLite file and its -wal/-shm companions aside under a timestamped name, never deleting.
#pragma once

#include <filesystem>
#include <string_view>

namespace atelier::store {

/// Renames `file` to "<file>.<tag>-YYYYMMDD-HHMMSS" (and -wal/-shm alike, so SQLite can still open the
/// pair); returns the new name. Throws StoreError(CannotOpen) when the rename fails.
std::filesystem::path moveAside(const std::filesystem::path& file, std::string_view tag);

/// `file` with SQLite's companion suffix appended ("-wal", "-shm", "-journal").
std::filesystem::path companionOf(const std::filesystem::path& file, std::string_view suffix);

} // namespace atelier::store
