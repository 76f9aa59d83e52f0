// A photo (or other blob) stored once in the data file under its SHA-256.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::store {

/// A row of the assets table: the encoded file bytes as imported, addressed by their hash.
struct Asset {
    std::string hash; ///< lowercase hex SHA-256 of `bytes`
    std::string mime; ///< e.g. "image/jpeg"
    int width = 0;    ///< pixels, after EXIF orientation as the importer decided
    int height = 0;
    std::vector<std::uint8_t> bytes;
};

} // namespace atelier::store
