// Where photos lie on the map is stored with their asset (schema 5), replaced by a later import, and read
// back.
#include "store/AssetGeoreferences.hpp"
#include "TempDir.hpp"
#include "store/Database.hpp"
#include "store/DatabaseCheck.hpp"
#include "store/Schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <gtest/gtest.h>

namespace atelier::store {
namespace {

TEST(AssetGeoreferencesTest, APhotosGeoreferenceIsStoredWithItsAssetAndReadBackWithItsSize) {
    atelier::testing::TempDir dir;
    Database db = Database::open(dir.path());
    EXPECT_GE(currentSchemaVersion(), 5);
    const std::vector<std::uint8_t> bytes(100, 7);
    const std::string hash = db.putAsset(bytes, "image/png", 600, 300);
    EXPECT_TRUE(assetGeoreferences(db.connection()).empty());

    const core::Georeference lambert{{0.5, 0, 699850, 0, -0.5, 6600075}, "EPSG:2154", "site.pgw + site.prj"};
    putAssetGeoreference(db, hash, lambert);
    putAssetGeoreference(db, std::string(64, 'f'), lambert); // no such asset: nothing stored
    auto stored = assetGeoreferences(db.connection());
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.at(hash).georeference, lambert);
    EXPECT_EQ(stored.at(hash).width, 600);
    EXPECT_EQ(stored.at(hash).height, 300);

    const core::Georeference moved{{1, 0, 0, 0, -1, 10}, "EPSG:4326", "corners in the workshop definition"};
    putAssetGeoreference(db, hash, moved);
    stored = assetGeoreferences(db.connection());
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.at(hash).georeference, moved) << "a later import replaces it";

    const CheckReport report = checkDatabase(dir.path() / kDataFileName, false);
    const std::string expected = "The photo " + hash.substr(0, 12) +
                                 "… lies on the map (corners in the workshop definition; EPSG:4326).";
    EXPECT_NE(std::find(report.sentences.begin(), report.sentences.end(), expected), report.sentences.end())
        << "atelier check names the photos on the map";
}

TEST(AssetGeoreferencesTest, AFileOfAnEarlierSchemaHasNoPhotoOnTheMap) {
    atelier::testing::TempDir dir;
    SQLite::Database db((dir.path() / "old.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(
        "CREATE TABLE assets (hash TEXT PRIMARY KEY, mime TEXT, width INTEGER, height INTEGER, bytes BLOB)");
    EXPECT_TRUE(assetGeoreferences(db).empty());
}

} // namespace
} // namespace atelier::store
