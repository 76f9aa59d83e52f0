// Where stored photos lie on the map (table asset_georeferences): written at import, read by the exports.
#pragma once

#include "core/Georef.hpp"

#include <map>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
}

namespace atelier::store {

class Database;

/// A stored photo placed on the map, with its size in pixels (the asset's width and height, upright).
struct AssetGeoreference {
    std::string hash;
    int width = 0;
    int height = 0;
    core::Georeference georeference;
};

/// Stores (or replaces) the georeference of a stored photo; nothing for a hash not stored. Throws
/// StoreError when the file refuses the write.
void putAssetGeoreference(SQLite::Database& db, std::string_view hash,
                          const core::Georeference& georeference);

/// putAssetGeoreference on the main connection.
void putAssetGeoreference(Database& db, std::string_view hash, const core::Georeference& georeference);

/// Every georeferenced photo, by hash; empty for a file of a schema before the table existed.
std::map<std::string, AssetGeoreference> assetGeoreferences(SQLite::Database& db);

} // namespace atelier::store
