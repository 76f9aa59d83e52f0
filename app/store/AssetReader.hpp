// Reads one photo blob from atelier.db on any thread, for the renderer's decode workers.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace atelier::store {

/// The bytes stored under this SHA-256 hash, read through a short-lived read-only connection (safe on
/// worker threads, which must not share the main thread's connection); nothing if absent or unreadable.
std::optional<std::vector<std::uint8_t>> readAssetBytes(const std::filesystem::path& file,
                                                        const std::string& hash);

/// Thrown by readAssetToDecode for a photo marked undecodable at an earlier start: what() says so in a
/// sentence, and the bytes are not even read.
class AssetNotDecodedAgain : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// readAssetBytes for the decoders: throws AssetNotDecodedAgain when the photo failed to decode before
/// (asset_failures), so a bomb or a damaged blob costs one decode, not one at every start.
std::optional<std::vector<std::uint8_t>> readAssetToDecode(const std::filesystem::path& file,
                                                           const std::string& hash);

} // namespace atelier::store
