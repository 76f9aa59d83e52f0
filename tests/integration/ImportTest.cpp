// `atelier import` through the real binary, and a photo that cannot be decoded on a running table.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <csignal>
#include <fstream>
#include <sys/stat.h>

#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "core/Sha256.hpp"
#include "store/Database.hpp"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-function"
#include <stb/stb_image_write.h> // its implementation is in StickPhotos.cpp
#pragma GCC diagnostic pop

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

/// Writes a PNG of one colour (0xRRGGBB) and returns its bytes.
std::vector<std::uint8_t> writeSolidPng(const std::filesystem::path& file, int width, int height,
                                        std::uint32_t colour) {
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    for (std::size_t i = 0; i < pixels.size(); i += 3) {
        pixels[i] = static_cast<std::uint8_t>(colour >> 16);
        pixels[i + 1] = static_cast<std::uint8_t>(colour >> 8);
        pixels[i + 2] = static_cast<std::uint8_t>(colour);
    }
    EXPECT_NE(stbi_write_png(file.c_str(), width, height, 3, pixels.data(), width * 3), 0);
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Colour colourOf(std::uint32_t rgb) {
    return {static_cast<int>(rgb >> 16), static_cast<int>((rgb >> 8) & 0xFF), static_cast<int>(rgb & 0xFF)};
}

std::int64_t countRows(const std::filesystem::path& dataDir, const std::string& sql) {
    SQLite::Database database((dataDir / store::kDataFileName).string(), SQLite::OPEN_READONLY,
                              kBusyTimeoutMs);
    SQLite::Statement query(database, sql);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

constexpr std::uint32_t kMagenta = 0xC03090;
constexpr std::uint32_t kBlue = 0x2080D0;

class PhotoImport : public ::testing::Test {
protected:
    void SetUp() override {
        m_config = m_dir.path() / "atelier.toml";
        std::ofstream(m_config) << "[ui]\nlanguage = \"en\"\n[input]\ntuio = false\n";
        m_data = m_dir.path() / "data";
    }

    std::vector<std::string> args(std::initializer_list<std::string> more) const {
        std::vector<std::string> all{"--config", m_config.string(), "--data", m_data.string()};
        all.insert(all.end(), more);
        return all;
    }

    TempDir m_dir;
    std::filesystem::path m_config;
    std::filesystem::path m_data;
};

TEST_F(PhotoImport, GoodPhotosArePlacedOnceTheBrokenOneIsNamedAndTheTableShowsThem) {
    const std::int64_t session = seedDemoSession(m_data, {});
    const std::filesystem::path wide = m_dir.path() / "wide.png";
    const std::filesystem::path tall = m_dir.path() / "tall.png";
    const std::filesystem::path broken = m_dir.path() / "broken.png";
    writeSolidPng(wide, 400, 300, kMagenta);
    const std::vector<std::uint8_t> tallBytes = writeSolidPng(tall, 300, 400, kBlue);
    // A PNG cut short: its header is fine, its pixels are missing.
    std::ofstream(broken, std::ios::binary)
        .write(reinterpret_cast<const char*>(tallBytes.data()),
               static_cast<std::streamsize>(tallBytes.size() / 3));

    const ProcessResult imported =
        runProcess(kAtelier, args({"import", wide.string(), broken.string(), tall.string()}),
                   std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(imported.exitCode, 1) << imported.output;
    EXPECT_NE(imported.output.find(broken.string() + ": not imported: it "), std::string::npos)
        << imported.output;
    EXPECT_EQ(imported.output.find(wide.string() + ": not imported"), std::string::npos) << imported.output;
    EXPECT_EQ(countEvents(m_data, session, "photo.placed"), 2);
    EXPECT_EQ(countRows(m_data, "SELECT count(*) FROM assets"), 2);
    // The log stays contiguous: the seqs run 1..n without a gap.
    EXPECT_EQ(countRows(m_data, "SELECT max(seq) FROM events WHERE session_id = " + std::to_string(session)),
              countRows(m_data, "SELECT count(*) FROM events WHERE session_id = " + std::to_string(session)));

    // The same picture again (a copy under another name too) is already on the table: it says so and places
    // nothing (the session knows its photos by SHA-256).
    const std::filesystem::path copy = m_dir.path() / "wide-copy.png";
    std::filesystem::copy_file(wide, copy);
    const ProcessResult again = runProcess(kAtelier, args({"import", wide.string(), copy.string()}),
                                           std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(again.exitCode, 0) << again.output;
    EXPECT_NE(again.output.find(copy.string() + ": already on the table as photo "), std::string::npos)
        << again.output;
    EXPECT_EQ(countEvents(m_data, session, "photo.placed"), 2) << again.output;
    EXPECT_EQ(countRows(m_data, "SELECT count(*) FROM assets"), 2);

    // A third photo is laid beside the others, not piled up, upright aspect kept.
    const std::filesystem::path other = m_dir.path() / "other.png";
    writeSolidPng(other, 400, 300, 0x30A050);
    const ProcessResult third = runProcess(kAtelier, args({"import", other.string()}),
                                           std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(third.exitCode, 0) << third.output;
    const core::Board board = boardOf(m_data, session);
    ASSERT_EQ(board.photos.size(), 3u);
    std::vector<core::Photo> photos;
    for (const auto& [id, photo] : board.photos) {
        photos.push_back(photo);
    }
    EXPECT_NEAR(photos[0].size.width / photos[0].size.height, 4.0 / 3.0, 0.01);
    EXPECT_NEAR(photos[1].size.width / photos[1].size.height, 3.0 / 4.0, 0.01);
    for (std::size_t i = 0; i < photos.size(); ++i) {
        for (std::size_t j = i + 1; j < photos.size(); ++j) {
            const double dx = std::abs(photos[i].pose.centre.x - photos[j].pose.centre.x);
            const double dy = std::abs(photos[i].pose.centre.y - photos[j].pose.centre.y);
            EXPECT_TRUE(dx >= (photos[i].size.width + photos[j].size.width) / 2 ||
                        dy >= (photos[i].size.height + photos[j].size.height) / 2)
                << "photos " << photos[i].id << " and " << photos[j].id << " overlap";
        }
    }

    // The table resumes the session and shows both photos where the board says.
    const std::filesystem::path shot = m_dir.path() / "shot.png";
    const ProcessResult table = runProcess(
        kAtelier, args({"--headless", "--size", "640x360", "--frames", "3", "--screenshot", shot.string()}),
        std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(table.exitCode, 0) << table.output;
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    const double pxPerMm = 640.0 / 1210.0;
    for (std::size_t i = 0; i < 2; ++i) {
        const Colour expected = colourOf(i == 0 ? kMagenta : kBlue);
        const int x = static_cast<int>(photos[i].pose.centre.x * pxPerMm);
        const int y = static_cast<int>(photos[i].pose.centre.y * pxPerMm);
        const Colour seen = image->at(x, y);
        EXPECT_TRUE(near(seen, expected, 8)) << "photo " << photos[i].id << " at " << x << "," << y
                                             << " shows " << seen.r << "," << seen.g << "," << seen.b;
    }
}

TEST_F(PhotoImport, ANamedPipeAmongThePhotosIsRefusedAndEveryGoodPhotoIsStillPlaced) {
    const std::int64_t session = seedDemoSession(m_data, {});
    const std::filesystem::path first = m_dir.path() / "first.png";
    const std::filesystem::path pipe = m_dir.path() / "pipe.jpg";
    const std::filesystem::path last = m_dir.path() / "last.png";
    writeSolidPng(first, 200, 150, kMagenta);
    writeSolidPng(last, 150, 200, kBlue);
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);

    const ProcessResult imported =
        runProcess(kAtelier, args({"import", first.string(), pipe.string(), last.string()}),
                   std::chrono::seconds(20), atelierEnvironment());
    EXPECT_EQ(imported.exitCode, 1) << "killed (signal " << imported.signal << ")? " << imported.output;
    EXPECT_NE(imported.output.find(pipe.string() + ": not imported: it is not a regular file"),
              std::string::npos)
        << imported.output;
    EXPECT_EQ(countEvents(m_data, session, "photo.placed"), 2);
}

TEST_F(PhotoImport, WhileATableRunsNothingIsWrittenAndTheReasonIsGiven) {
    const std::int64_t session = seedDemoSession(m_data, {});
    const std::filesystem::path photo = m_dir.path() / "wide.png";
    writeSolidPng(photo, 40, 30, kMagenta);
    Process table(kAtelier, args({"--headless", "--size", "320x180"}), atelierEnvironment());
    ASSERT_TRUE(table.waitForOutput("waiting for touches", std::chrono::seconds(30))) << table.outputSoFar();

    const ProcessResult refused = runProcess(kAtelier, args({"import", photo.string()}),
                                             std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(refused.exitCode, 2) << refused.output;
    EXPECT_NE(refused.output.find("a table is running"), std::string::npos) << refused.output;
    table.signal(SIGTERM);
    ASSERT_TRUE(table.wait(std::chrono::seconds(10)));
    EXPECT_EQ(countEvents(m_data, session, "photo.placed"), 0);
    EXPECT_EQ(countRows(m_data, "SELECT count(*) FROM assets"), 0);

    // Once the table has quit, the same import goes through.
    const ProcessResult imported = runProcess(kAtelier, args({"import", photo.string()}),
                                              std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(imported.exitCode, 0) << imported.output;
    EXPECT_EQ(countEvents(m_data, session, "photo.placed"), 1);
}

TEST_F(PhotoImport, WithoutALiveSessionItSaysSo) {
    const std::filesystem::path photo = m_dir.path() / "wide.png";
    writeSolidPng(photo, 40, 30, kMagenta);
    const ProcessResult result = runProcess(kAtelier, args({"import", photo.string()}),
                                            std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(result.exitCode, 2) << result.output;
    EXPECT_NE(result.output.find("no live session"), std::string::npos) << result.output;
}

TEST_F(PhotoImport, ABrokenPhotoOnTheTableLeavesItRunningWithTheMessageShown) {
    // A photo whose stored bytes are not an image (a file damaged after it was imported).
    const std::string junk = "this is not a photo, only text that was stored as one";
    const std::vector<std::uint8_t> bytes(junk.begin(), junk.end());
    core::PhotoPlaced placed;
    placed.id = 3;
    placed.assetHash = core::sha256Hex(bytes);
    placed.pose.centre = {605, 470};
    placed.size = {300, 200};
    const std::int64_t session = seedDemoSession(m_data, {placed});
    store::Database::open(m_data).putAsset(bytes, "image/png", 400, 300);

    const std::filesystem::path shot = m_dir.path() / "shot.png";
    const ProcessResult table = runProcess(
        kAtelier,
        args({"--headless", "--size", "1920x1080", "--frames", "12", "--screenshot", shot.string()}),
        std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(table.exitCode, 0) << table.output;
    EXPECT_NE(table.output.find("photo 3 (asset " + placed.assetHash + ") cannot be shown"),
              std::string::npos)
        << table.output;
    EXPECT_EQ(boardOf(m_data, session).photos.count(3), 1u) << "the photo stays on the board";

    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    // The banner's warning line, in its red-brown, at the top centre (its third line, in the banner's 6.5 mm
    // capitals: at 1920 x 1080 about 10 px high).
    int reddish = 0;
    for (int y = 0; y < 160; ++y) {
        for (int x = 0; x < image->width; ++x) {
            const Colour c = image->at(x, y);
            reddish += c.r > 120 && c.r > c.g + 60 && c.r > c.b + 60 ? 1 : 0;
        }
    }
    EXPECT_GT(reddish, 150) << "no warning written on the banner";
}

TEST_F(PhotoImport, AStoredPhotoThatFailsToDecodeIsMarkedAndNotDecodedAgainAtTheNextStart) {
    // A photo stored whole and hashed, whose bytes are no image (damaged after import, or a bomb an older
    // version let in).
    const std::string junk = "this is not a photo either, only text stored as one";
    const std::vector<std::uint8_t> bytes(junk.begin(), junk.end());
    core::PhotoPlaced placed;
    placed.id = 3;
    placed.assetHash = core::sha256Hex(bytes);
    placed.pose.centre = {605, 470};
    placed.size = {300, 200};
    const std::int64_t session = seedDemoSession(m_data, {placed});
    store::Database::open(m_data).putAsset(bytes, "image/png", 400, 300);
    const auto start = [&] {
        return runProcess(kAtelier, args({"--headless", "--size", "960x540", "--frames", "3"}),
                          std::chrono::seconds(60), atelierEnvironment());
    };
    const std::string notAgain = "failed to decode at an earlier start";

    const ProcessResult first = start();
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("photo 3 (asset " + placed.assetHash + ") cannot be shown"),
              std::string::npos)
        << first.output;
    EXPECT_EQ(first.output.find(notAgain), std::string::npos) << "decoded once at the first start";
    {
        SQLite::Database database((m_data / store::kDataFileName).string(), SQLite::OPEN_READONLY,
                                  kBusyTimeoutMs);
        SQLite::Statement row(database, "SELECT hash, reason FROM asset_failures");
        ASSERT_TRUE(row.executeStep()) << first.output;
        EXPECT_EQ(row.getColumn(0).getString(), placed.assetHash);
        EXPECT_FALSE(row.getColumn(1).getString().empty());
    }

    // The next start reads the mark before the bytes: no decode, the placeholder and the one sentence again.
    const ProcessResult second = start();
    ASSERT_EQ(second.exitCode, 0) << second.output;
    EXPECT_NE(second.output.find(notAgain), std::string::npos) << second.output;
    EXPECT_NE(second.output.find("photo 3 (asset " + placed.assetHash + ") cannot be shown"),
              std::string::npos)
        << second.output;
    EXPECT_EQ(boardOf(m_data, session).photos.count(3), 1u) << "the photo stays on the board";

    // `atelier check` names it, with the session that shows its placeholder.
    const ProcessResult check =
        runProcess(kAtelier, args({"check"}), std::chrono::seconds(60), atelierEnvironment());
    EXPECT_NE(check.output.find("The photo " + placed.assetHash.substr(0, 12) + "… could not be decoded"),
              std::string::npos)
        << check.output;
    EXPECT_NE(check.output.find("session " + std::to_string(session) + " and does not decode it again"),
              std::string::npos)
        << check.output;
}

} // namespace
} // namespace atelier::testing
