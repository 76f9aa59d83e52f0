// Photos are stored once under their SHA-256, read back byte for byte.
#include "TempDir.hpp"
#include "core/Sha256.hpp"
#include "store/Database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

namespace atelier::store {
namespace {

std::vector<std::uint8_t> somePhoto(std::uint8_t seed, std::size_t size) {
    std::vector<std::uint8_t> bytes(size);
    for (std::size_t i = 0; i < size; ++i) {
        bytes[i] = static_cast<std::uint8_t>(seed + i * 31 + (i >> 7));
    }
    return bytes;
}

TEST(AssetsTest, APhotoIsStoredOnceUnderItsHash) {
    atelier::testing::TempDir dir;
    Database db = Database::open(dir.path());
    const std::vector<std::uint8_t> photo = somePhoto(1, 300'000);
    const std::string hash = db.putAsset(photo, "image/jpeg", 4032, 3024);
    EXPECT_EQ(hash,
              core::sha256Hex(std::string_view(reinterpret_cast<const char*>(photo.data()), photo.size())));
    EXPECT_EQ(hash.size(), 64u);
    EXPECT_EQ(db.putAsset(photo, "image/jpeg", 4032, 3024), hash);
    EXPECT_EQ(db.connection().execAndGet("SELECT count(*) FROM assets").getInt(), 1);
    EXPECT_TRUE(db.hasAsset(hash));

    const std::optional<Asset> asset = db.getAsset(hash);
    ASSERT_TRUE(asset);
    EXPECT_EQ(asset->hash, hash);
    EXPECT_EQ(asset->mime, "image/jpeg");
    EXPECT_EQ(asset->width, 4032);
    EXPECT_EQ(asset->height, 3024);
    EXPECT_EQ(asset->bytes, photo);
}

TEST(AssetsTest, DifferentBytesAreDifferentAssets) {
    atelier::testing::TempDir dir;
    Database db = Database::open(dir.path());
    const std::string a = db.putAsset(somePhoto(1, 1000), "image/png", 10, 10);
    const std::string b = db.putAsset(somePhoto(2, 1000), "image/png", 10, 10);
    EXPECT_NE(a, b);
    EXPECT_EQ(db.connection().execAndGet("SELECT count(*) FROM assets").getInt(), 2);
}

TEST(AssetsTest, AnUnknownHashIsAbsentNotAnError) {
    atelier::testing::TempDir dir;
    Database db = Database::open(dir.path());
    EXPECT_FALSE(db.hasAsset(std::string(64, '0')));
    EXPECT_FALSE(db.getAsset(std::string(64, '0')));
}

TEST(AssetsTest, EmptyBytesAreStoredToo) {
    atelier::testing::TempDir dir;
    Database db = Database::open(dir.path());
    const std::string hash = db.putAsset({}, "application/octet-stream", 0, 0);
    EXPECT_EQ(hash, core::sha256Hex(""));
    ASSERT_TRUE(db.getAsset(hash));
    EXPECT_TRUE(db.getAsset(hash)->bytes.empty());
}

} // namespace
} // namespace atelier::store
