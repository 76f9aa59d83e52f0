// Reads one photo blob from atelier.db on any thread, for the renderer's decode workers.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace atelier::store {

/// The bytes stored under this SHA-256 hash, read through a short-lived read-only connection (safe on
/// worker threads, which must not share the main thread's connection); nothing if absent or unreadable.
std::optional<std::vector<std::uint8_t>> readAssetBytes(const std::filesystem::path& file,
                                                        const std::string& hash);

} // namespace atelier::store
