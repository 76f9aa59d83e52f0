// `atelier import` of every format people bring (HEIC, WebP, GeoTIFF, PDF, BMP, GIF), each file written in
// the test from known pixels: each lands upright at its aspect and the table's screenshot shows its pixels,
// the GeoTIFF's transform is stored with its asset; each cut short (JPEG and PNG too) is refused with a line
// naming it; a converted file imported again is recognised.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fstream>

#include "FormatImages.hpp"
#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "store/AssetGeoreferences.hpp"
#include "store/Database.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
constexpr std::uint32_t kBottom = 0x2040A0;
constexpr int kWidth = 128; ///< every file is 2:1, so six lie side by side on the table
constexpr int kHeight = 64;

/// Top half `top`, bottom half kBottom.
std::vector<std::uint8_t> twoTone(std::uint32_t top) {
    std::vector<std::uint8_t> rgba;
    for (int y = 0; y < kHeight; ++y) {
        const std::uint32_t colour = y < kHeight / 2 ? top : kBottom;
        for (int x = 0; x < kWidth; ++x) {
            rgba.insert(rgba.end(),
                        {static_cast<std::uint8_t>(colour >> 16), static_cast<std::uint8_t>(colour >> 8),
                         static_cast<std::uint8_t>(colour), 255});
        }
    }
    return rgba;
}

Colour colourOf(std::uint32_t rgb) {
    return {static_cast<int>(rgb >> 16), static_cast<int>((rgb >> 8) & 0xFF), static_cast<int>(rgb & 0xFF)};
}

/// The GeoTIFF's known transform: 2 m pixels, north up, its top-left corner at (808000, 6480050) in
/// Lambert-93.
const render::testing::GeoTiffPlacement kOrtho{808000, 6480050, 2, 2154};

struct Brought {
    std::string name;
    std::uint32_t top;
    render::testing::Bytes bytes;
};

std::vector<Brought> filesOfEveryFormat() {
    return {
        {"phone.heic", 0xE03020, render::testing::encodeHeic(twoTone(0xE03020), kWidth, kHeight)},
        {"web.webp", 0x20A040, render::testing::encodeWebp(twoTone(0x20A040), kWidth, kHeight)},
        {"ortho.tif", 0xE0C020, render::testing::encodeGeoTiff(twoTone(0xE0C020), kWidth, kHeight, kOrtho)},
        {"plan.pdf", 0x9030C0, render::testing::encodePdf(40, 20, 0x9030C0, kBottom)},
        {"scan.bmp", 0x20B0C0, render::testing::encodeBmp(twoTone(0x20B0C0), kWidth, kHeight)},
        {"loop.gif", 0xE07010, render::testing::encodeGif(twoTone(0xE07010), kWidth, kHeight, 0x00FF00)},
    };
}

void write(const std::filesystem::path& file, const render::testing::Bytes& bytes, std::size_t size) {
    std::ofstream(file, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(size));
}

TEST(ImportFormats, EveryFormatLandsUprightWithItsPixelsAndEveryCutShortFileIsNamed) {
    TempDir dir;
    const std::filesystem::path config = dir.path() / "atelier.toml";
    std::ofstream(config) << "[ui]\nlanguage = \"en\"\n[input]\ntuio = false\n";
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {});
    const auto args = [&](std::vector<std::string> more) {
        std::vector<std::string> all{"--config", config.string(), "--data", data.string()};
        all.insert(all.end(), more.begin(), more.end());
        return all;
    };

    const std::vector<Brought> files = filesOfEveryFormat();
    std::vector<std::string> command{"import"};
    for (const Brought& file : files) {
        write(dir.path() / file.name, file.bytes, file.bytes.size());
        command.push_back((dir.path() / file.name).string());
        write(dir.path() / ("cut-" + file.name), file.bytes, file.bytes.size() / 2);
        command.push_back((dir.path() / ("cut-" + file.name)).string());
    }
    // A JPEG and a PNG cut short too (their whole files are imported in ImportTest).
    const std::vector<std::uint8_t> rgba = twoTone(0x808080);
    const std::vector<Brought> cutOnly = {
        {"photo.jpg", 0, render::testing::encodeJpeg(rgba, kWidth, kHeight)},
        {"photo.png", 0, render::testing::encodePng(rgba, kWidth, kHeight, 4)},
    };
    for (const Brought& file : cutOnly) {
        write(dir.path() / ("cut-" + file.name), file.bytes, file.bytes.size() / 2);
        command.push_back((dir.path() / ("cut-" + file.name)).string());
    }
    const ProcessResult imported =
        runProcess(kAtelier, args(command), std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(imported.exitCode, 1) << imported.output;
    for (const Brought& file : files) {
        EXPECT_EQ(imported.output.find((dir.path() / file.name).string() + ": not imported"),
                  std::string::npos)
            << imported.output;
    }
    for (const std::vector<Brought>* list : {&files, &cutOnly}) {
        for (const Brought& file : *list) {
            EXPECT_NE(
                imported.output.find((dir.path() / ("cut-" + file.name)).string() + ": not imported: it "),
                std::string::npos)
                << imported.output;
        }
    }
    EXPECT_NE(imported.output.find("ortho.tif: lies on the map (GeoTIFF ModelTiepoint + ModelPixelScale "
                                   "(EPSG:2154))."),
              std::string::npos)
        << imported.output;
    EXPECT_NE(imported.output.find("ortho.tif: placed as photo"), std::string::npos) << imported.output;
    EXPECT_NE(imported.output.find("stored as a 128 × 64 JPEG"), std::string::npos) << imported.output;

    const core::Board board = boardOf(data, session);
    std::vector<core::Photo> photos;
    for (const auto& [id, photo] : board.photos) {
        photos.push_back(photo);
    }
    ASSERT_EQ(photos.size(), files.size());
    for (const core::Photo& photo : photos) {
        EXPECT_NEAR(photo.size.width / photo.size.height, 2.0, 0.02) << "photo " << photo.id;
    }
    // The GeoTIFF's transform is stored with its asset: its corners where its tags put them.
    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY);
    const auto georeferences = store::assetGeoreferences(database);
    ASSERT_EQ(georeferences.size(), 1U) << "only the GeoTIFF lies on the map";
    const auto ortho = georeferences.find(photos[2].assetHash);
    ASSERT_NE(ortho, georeferences.end());
    EXPECT_EQ(ortho->second.georeference.crs, "EPSG:2154");
    EXPECT_EQ(ortho->second.width, kWidth);
    EXPECT_EQ(ortho->second.height, kHeight);
    const core::Vec2 topLeft = ortho->second.georeference.pixelToMap.apply({0, 0});
    const core::Vec2 bottomRight = ortho->second.georeference.pixelToMap.apply({kWidth, kHeight});
    EXPECT_NEAR(topLeft.x, 808000, 1e-6);
    EXPECT_NEAR(topLeft.y, 6480050, 1e-6);
    EXPECT_NEAR(bottomRight.x, 808000 + 2.0 * kWidth, 1e-6);
    EXPECT_NEAR(bottomRight.y, 6480050 - 2.0 * kHeight, 1e-6);

    // Converted once: imported again, the TIFF is recognised by the stored asset's SHA-256.
    const ProcessResult again = runProcess(kAtelier, args({"import", (dir.path() / "ortho.tif").string()}),
                                           std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(again.exitCode, 0) << again.output;
    EXPECT_NE(again.output.find("ortho.tif: already on the table as photo"), std::string::npos)
        << again.output;

    // The table shows each photo upright: its own colour on top, the common one below.
    const std::filesystem::path shot = dir.path() / "shot.png";
    const ProcessResult table = runProcess(
        kAtelier, args({"--headless", "--size", "1280x720", "--frames", "3", "--screenshot", shot.string()}),
        std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(table.exitCode, 0) << table.output;
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    const double pxPerMm = 1280.0 / 1210.0;
    for (std::size_t i = 0; i < photos.size(); ++i) {
        const core::Photo& photo = photos[i];
        const int x = static_cast<int>(photo.pose.centre.x * pxPerMm);
        const int top = static_cast<int>((photo.pose.centre.y - photo.size.height / 4) * pxPerMm);
        const int bottom = static_cast<int>((photo.pose.centre.y + photo.size.height / 4) * pxPerMm);
        const Colour seenTop = image->at(x, top);
        const Colour seenBottom = image->at(x, bottom);
        EXPECT_TRUE(near(seenTop, colourOf(files[i].top), 16))
            << files[i].name << " top shows " << seenTop.r << "," << seenTop.g << "," << seenTop.b;
        EXPECT_TRUE(near(seenBottom, colourOf(kBottom), 16))
            << files[i].name << " bottom shows " << seenBottom.r << "," << seenBottom.g << ","
            << seenBottom.b;
    }
}

} // namespace
} // namespace atelier::testing
