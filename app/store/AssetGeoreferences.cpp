// Writes and reads the asset_georeferences rows.
#include "store/AssetGeoreferences.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/Database.hpp"
#include "store/StoreError.hpp"

namespace atelier::store {

void putAssetGeoreference(SQLite::Database& db, std::string_view hash,
                          const core::Georeference& georeference) {
    try {
        SQLite::Statement insert(db,
                                 "INSERT OR REPLACE INTO asset_georeferences (hash, a, b, c, d, e, f, crs, "
                                 "source) SELECT hash, ?, ?, ?, ?, ?, ?, ?, ? FROM assets WHERE hash = ?");
        const core::Affine& affine = georeference.pixelToMap;
        const double values[] = {affine.a, affine.b, affine.c, affine.d, affine.e, affine.f};
        int index = 1;
        for (const double value : values) {
            insert.bind(index++, value);
        }
        insert.bind(index++, georeference.crs);
        insert.bind(index++, georeference.source);
        insert.bind(index, std::string(hash));
        insert.exec();
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::WriteFailed, "Where the photo " + std::string(hash.substr(0, 12)) +
                                                          "… lies on the map could not be stored in " +
                                                          db.getFilename() + ": " + error.what() + ".");
    }
}

void putAssetGeoreference(Database& db, std::string_view hash, const core::Georeference& georeference) {
    putAssetGeoreference(db.connection(), hash, georeference);
}

std::map<std::string, AssetGeoreference> assetGeoreferences(SQLite::Database& db) {
    std::map<std::string, AssetGeoreference> found;
    if (!db.tableExists("asset_georeferences")) {
        return found;
    }
    SQLite::Statement query(db,
                            "SELECT g.hash, a.width, a.height, g.a, g.b, g.c, g.d, g.e, g.f, g.crs, g.source "
                            "FROM asset_georeferences g JOIN assets a ON a.hash = g.hash ORDER BY g.hash");
    while (query.executeStep()) {
        AssetGeoreference row;
        row.hash = query.getColumn(0).getString();
        row.width = query.getColumn(1).getInt();
        row.height = query.getColumn(2).getInt();
        core::Affine& affine = row.georeference.pixelToMap;
        affine = {query.getColumn(3).getDouble(), query.getColumn(4).getDouble(),
                  query.getColumn(5).getDouble(), query.getColumn(6).getDouble(),
                  query.getColumn(7).getDouble(), query.getColumn(8).getDouble()};
        row.georeference.crs = query.getColumn(9).getString();
        row.georeference.source = query.getColumn(10).getString();
        found.emplace(row.hash, std::move(row));
    }
    return found;
}

} // namespace atelier::store
