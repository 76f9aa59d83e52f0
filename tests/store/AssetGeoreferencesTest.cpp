// Where photos lie on the map is stored with their asset (schema 5), replaced by a later import, and read
// back.
#include "store/AssetGeoreferences.hpp"
#include "TempDir.hpp"
#include "core/Apply.hpp"
#include "store/Database.hpp"
#include "store/DatabaseCheck.hpp"
#include "store/EventLog.hpp"
#include "store/Schema.hpp"
#include "store/SessionCopy.hpp"
#include "store/Workshop.hpp"

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

TEST(AssetGeoreferencesTest, AStandaloneCopyOfASessionKeepsWhereItsPhotosLieOnTheMap) {
    atelier::testing::TempDir dir;
    const core::Georeference lambert{{0.5, 0, 699850, 0, -0.5, 6600075}, "EPSG:2154", "site.pgw + site.prj"};
    std::int64_t session = 0;
    std::string placedHash;
    {
        Database db = Database::open(dir.path());
        db.ensureWorkshop(Workshop{"w", "Atelier", "site", "{}", {}});
        session = db.createSession("w");
        placedHash = db.putAsset(std::vector<std::uint8_t>(50, 1), "image/png", 600, 300);
        const std::string otherHash = db.putAsset(std::vector<std::uint8_t>(50, 2), "image/png", 60, 30);
        putAssetGeoreference(db, placedHash, lambert);
        putAssetGeoreference(db, otherHash, lambert);
        core::Board board;
        EventLog log(db, session, board, 0);
        const core::Event events[] = {core::SessionConfigured{4, 5, "Atelier", 0},
                                      core::PhotoPlaced{1, placedHash, {{600, 340}, 0, 1}, {300, 150}, 0}};
        std::int64_t t = 0;
        for (const core::Event& event : events) {
            ASSERT_TRUE(core::apply(board, event));
            log.append(t++, event);
        }
        log.flush();
    }
    const std::filesystem::path target = dir.path() / "copy" / kDataFileName;
    copySession(dir.path() / kDataFileName, session, target);
    SQLite::Database copy(target.string(), SQLite::OPEN_READONLY);
    const auto stored = assetGeoreferences(copy);
    ASSERT_EQ(stored.size(), 1U) << "only the photo the session places";
    EXPECT_EQ(stored.at(placedHash).georeference, lambert);
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
