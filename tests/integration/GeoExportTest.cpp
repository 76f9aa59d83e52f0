// Take out to maps and Decidim through the real binary: a GeoTIFF of known corners in Lambert-93 (its tie
// point, pixel scale and EPSG code written here with libtiff + libgeotiff) is imported, a finger draws on it
// with an input script, and `export --geojson` writes the line in WGS 84 where those corners and IGN's
// Lambert-93 formulas put it (within 0.5 m), valid against the checked-in RFC 7946 schema; `--decidim` keeps
// every card's exact text in CSV and in JSON.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <numbers>

#include "FormatImages.hpp"
#include "JsonSchemaCheck.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
#include "TextFiles.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
constexpr double kDegree = std::numbers::pi / 180;

/// The test GeoTIFF: 300 × 150 pixels of 0.5 m, north up, its corners at (808000, 6480050) and (808150,
/// 6479975) in Lambert-93 (EPSG:2154, Saint-Étienne).
constexpr int kWidthPx = 300;
constexpr int kHeightPx = 150;
constexpr double kPixelM = 0.5;
constexpr double kLeftM = 808000;
constexpr double kTopM = 6480050;

/// Lambert-93 to RGF93 longitude, latitude (degrees) by IGN's published formulas (ALG0004, ALG0001), not
/// PROJ.
core::Vec2 lambert93ToLonLat(core::Vec2 point) {
    const double n = 0.7256077650532670;
    const double c = 11754255.4261;
    const double e = 0.0818191910428158;
    const double dx = point.x - 700000;
    const double dy = point.y - 12655612.0499;
    const double isometric = -std::log(std::hypot(dx, dy) / c) / n;
    double latitude = 2 * std::atan(std::exp(isometric)) - std::numbers::pi / 2;
    for (int i = 0; i < 20; ++i) {
        const double s = e * std::sin(latitude);
        latitude =
            2 * std::atan(std::pow((1 + s) / (1 - s), e / 2) * std::exp(isometric)) - std::numbers::pi / 2;
    }
    return {3 + std::atan(dx / -dy) / n / kDegree, latitude / kDegree};
}

double metresBetween(core::Vec2 a, core::Vec2 b) {
    return std::hypot((a.x - b.x) * 111'195.0 * std::cos(a.y * kDegree), (a.y - b.y) * 111'195.0);
}

/// Where the test expects a point of the photo's own frame (mm from its centre) in WGS 84: pixels (300 × 150
/// image over the photo's size) → the GeoTIFF's corners → IGN's formulas.
core::Vec2 expectedLonLat(const core::Photo& photo, core::Vec2 local) {
    const double u = (local.x + photo.size.width / 2) * kWidthPx / photo.size.width;
    const double v = (local.y + photo.size.height / 2) * kHeightPx / photo.size.height;
    return lambert93ToLonLat({kLeftM + kPixelM * u, kTopM - kPixelM * v});
}

/// The GeoTIFF's bytes: a grey ramp (its pixels do not matter here) placed by its tags.
render::testing::Bytes orthophoto() {
    std::vector<std::uint8_t> rgba;
    for (int y = 0; y < kHeightPx; ++y) {
        for (int x = 0; x < kWidthPx; ++x) {
            const auto grey = static_cast<std::uint8_t>((x + y) % 251);
            rgba.insert(rgba.end(), {grey, grey, grey, 255});
        }
    }
    return render::testing::encodeGeoTiff(rgba, kWidthPx, kHeightPx, {kLeftM, kTopM, kPixelM, 2154});
}

TEST(GeoExportTest, AStrokeOnAGeoTiffOfKnownCornersExportsToGeoJsonWithinHalfAMetreAndValid) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::filesystem::path config = dir.path() / "atelier.toml";
    std::ofstream(config) << "[ui]\nlanguage = \"fr\"\n[input]\ntuio = false\n";
    const std::string tricky = "Un banc « à l’ombre », s’il vous plaît\nœuvre \"collective\"; é";
    core::CardCreated card = cardAt(1, 150, 120);
    card.text = tricky;
    const std::int64_t session =
        seedDemoSession(data, {card, core::PhaseStarted{1, "Observation", {"photos", "sketch"}, 1200, 0}});
    const std::filesystem::path photoFile = dir.path() / "site.tif";
    const render::testing::Bytes tiff = orthophoto();
    std::ofstream(photoFile, std::ios::binary)
        .write(reinterpret_cast<const char*>(tiff.data()), static_cast<std::streamsize>(tiff.size()));
    const std::vector<std::string> common = {"--config", config.string(), "--data", data.string()};

    std::vector<std::string> import = common;
    import.insert(import.end(), {"import", photoFile.string()});
    const ProcessResult imported =
        runProcess(kAtelier, import, std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(imported.exitCode, 0) << imported.output;
    EXPECT_NE(imported.output.find(
                  "site.tif: lies on the map (GeoTIFF ModelTiepoint + ModelPixelScale (EPSG:2154))."),
              std::string::npos)
        << imported.output;
    const core::Board before = boardOf(data, session);
    ASSERT_EQ(before.photos.size(), 1U);
    const core::Photo photo = before.photos.begin()->second;

    // Every seat takes its pen (whoever's zone the photo lies in draws), then a finger draws across the
    // photo.
    std::string script;
    int t = 0;
    for (int seat = 1; seat <= 6; ++seat) {
        script += scriptOn(t, 1, "down", "seat." + std::to_string(seat) + ".dock.pen");
        script += scriptOn(t + 40, 1, "up", "seat." + std::to_string(seat) + ".dock.pen");
        t += 80;
    }
    const core::Vec2 start{photo.pose.centre.x - 90, photo.pose.centre.y + 30};
    script += scriptAt(t, 7, "down", start);
    for (int i = 1; i <= 6; ++i) {
        script += scriptAt(t + 30 * i, 7, "move", {start.x + 30.0 * i, start.y - 8.0 * i});
    }
    script += scriptAt(t + 210, 7, "up", {start.x + 180, start.y - 48});
    std::ofstream(dir.path() / "draw.jsonl") << script;
    std::vector<std::string> run = common;
    run.insert(run.end(), {"--headless", "--size", "1210x680", "--input-script",
                           (dir.path() / "draw.jsonl").string(), "--quit-after-script"});
    const ProcessResult drawn = runProcess(kAtelier, run, std::chrono::seconds(120), atelierEnvironment());
    ASSERT_EQ(drawn.exitCode, 0) << drawn.output;
    const core::Board board = boardOf(data, session);
    ASSERT_EQ(board.strokes.size(), 1U) << drawn.output;
    const core::Stroke& stroke = board.strokes.begin()->second;
    ASSERT_EQ(stroke.parent, photo.id);
    ASSERT_GE(stroke.points.size(), 2U);

    const std::filesystem::path geojson = dir.path() / "out" / "session.geojson";
    std::vector<std::string> exportGeo = common;
    exportGeo.insert(exportGeo.end(), {"export", std::to_string(session), "--geojson", geojson.string()});
    const ProcessResult exported =
        runProcess(kAtelier, exportGeo, std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(exported.exitCode, 0) << exported.output;
    const nlohmann::json collection = nlohmann::json::parse(readAll(geojson));
    const nlohmann::json schema = nlohmann::json::parse(readAll(ATELIER_GEOJSON_SCHEMA));
    const std::vector<std::string> problems = schemaProblems(collection, schema, schema);
    EXPECT_TRUE(problems.empty()) << problems.front();
    ASSERT_EQ(collection["features"].size(), 1U) << "the stroke; the card lies off the photo";
    const nlohmann::json& line = collection["features"][0];
    EXPECT_EQ(line["geometry"]["type"], "LineString");
    const nlohmann::json& coordinates = line["geometry"]["coordinates"];
    ASSERT_EQ(coordinates.size(), stroke.points.size());
    for (std::size_t i = 0; i < stroke.points.size(); ++i) {
        const core::Vec2 written{coordinates[i][0].get<double>(), coordinates[i][1].get<double>()};
        EXPECT_LT(metresBetween(written, expectedLonLat(photo, stroke.points[i])), 0.5) << "point " << i;
    }
    // The finger went down 90 mm left of and 30 mm below the photo's centre: 1 px per mm, 0.5 m per pixel, so
    // 60 px in and 105 px down from the top-left corner: (808030, 6479997.5) in Lambert-93.
    const core::Vec2 first{coordinates[0][0].get<double>(), coordinates[0][1].get<double>()};
    EXPECT_LT(metresBetween(first, expectedLonLat(photo, {-90, 30})), 0.5);
    EXPECT_NEAR(first.x, 4.39, 0.05) << "Saint-Étienne";
    EXPECT_NEAR(first.y, 45.44, 0.05);

    // Decidim: the card's exact text in CSV (';' between fields, as Decidim reads) and in JSON.
    for (const std::string name : {"proposals.csv", "proposals.json"}) {
        std::vector<std::string> exportDecidim = common;
        exportDecidim.insert(exportDecidim.end(),
                             {"export", std::to_string(session), "--decidim", (dir.path() / name).string()});
        const ProcessResult written =
            runProcess(kAtelier, exportDecidim, std::chrono::seconds(60), atelierEnvironment());
        ASSERT_EQ(written.exitCode, 0) << written.output;
    }
    const auto records = parseCsv(readAll(dir.path() / "proposals.csv"), ';');
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[0], (std::vector<std::string>{"title/fr", "body/fr", "latitude", "longitude"}));
    ASSERT_EQ(records[1].size(), 4U);
    EXPECT_EQ(records[1][1].rfind(tricky + "\n\n", 0), 0U) << records[1][1];
    const nlohmann::json rows = nlohmann::json::parse(readAll(dir.path() / "proposals.json"));
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0]["body/fr"].get<std::string>().rfind(tricky + "\n\n", 0), 0U);

    std::vector<std::string> wrong = common;
    wrong.insert(wrong.end(),
                 {"export", std::to_string(session), "--decidim", (dir.path() / "p.xlsx").string()});
    const ProcessResult refused = runProcess(kAtelier, wrong, std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.output.find("F.csv or F.json"), std::string::npos) << refused.output;
}

} // namespace
} // namespace atelier::testing
