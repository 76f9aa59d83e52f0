// The exports that put a session on the map: PROJ's Lambert-93 → WGS 84, the GeoJSON of strokes and cards on
// a georeferenced photo, and the Decidim proposals with every card's exact text.
#include "JsonSchemaCheck.hpp"
#include "TextFiles.hpp"
#include "replay/Decidim.hpp"
#include "replay/GeoJson.hpp"
#include "replay/GeoPlacement.hpp"
#include "replay/MapProjection.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <numbers>

namespace atelier::replay {
namespace {

constexpr double kDegree = std::numbers::pi / 180;
const std::string kHash(64, 'a');

/// Lambert-93 (x, y) to RGF93 longitude, latitude in degrees by IGN's published formulas (notes NTG_71,
/// algorithms ALG0004 and ALG0001: the inverse of the conic projection with n, C, Xs, Ys of Lambert-93 and
/// GRS 80's e), a path independent of PROJ. RGF93 and WGS 84 agree to well under a metre.
core::Vec2 lambert93ToLonLat(core::Vec2 point) {
    const double n = 0.7256077650532670;
    const double c = 11754255.4261;
    const double xs = 700000;
    const double ys = 12655612.0499;
    const double e = 0.0818191910428158;
    const double dx = point.x - xs;
    const double dy = point.y - ys;
    const double r = std::hypot(dx, dy);
    const double gamma = std::atan(dx / -dy);
    const double longitude = 3 * kDegree + gamma / n;
    const double isometric = -std::log(std::abs(r / c)) / n;
    double latitude = 2 * std::atan(std::exp(isometric)) - std::numbers::pi / 2;
    for (int i = 0; i < 20; ++i) {
        const double s = e * std::sin(latitude);
        latitude =
            2 * std::atan(std::pow((1 + s) / (1 - s), e / 2) * std::exp(isometric)) - std::numbers::pi / 2;
    }
    return {longitude / kDegree, latitude / kDegree};
}

/// The distance in metres between two nearby longitude, latitude points.
double metresBetween(core::Vec2 a, core::Vec2 b) {
    const double metresPerDegree = 111'195.0;
    return std::hypot((a.x - b.x) * metresPerDegree * std::cos(a.y * kDegree), (a.y - b.y) * metresPerDegree);
}

TEST(MapProjectionTest, Lambert93ComesOutInWgs84LongitudeFirst) {
    auto opened = ToWgs84::open("EPSG:2154");
    ASSERT_TRUE(std::holds_alternative<ToWgs84>(opened)) << std::get<std::string>(opened);
    const ToWgs84& toWgs84 = std::get<ToWgs84>(opened);
    EXPECT_NE(toWgs84.sourceName().find("Lambert-93"), std::string::npos) << toWgs84.sourceName();
    // The projection's own origin: 3° E, 46.5° N is (700000, 6600000) by definition.
    const std::optional<core::Vec2> origin = toWgs84.lonLat({700000, 6600000});
    ASSERT_TRUE(origin.has_value());
    EXPECT_NEAR(origin->x, 3.0, 1e-8);
    EXPECT_NEAR(origin->y, 46.5, 1e-8);
    // A point in Saint-Étienne and one 100 km south of the projection's origin: PROJ and IGN's formulas agree
    // within 0.5 m.
    for (const core::Vec2 point : {core::Vec2{808600, 6484700}, core::Vec2{700000, 6500000}}) {
        const std::optional<core::Vec2> byProj = toWgs84.lonLat(point);
        ASSERT_TRUE(byProj.has_value());
        const core::Vec2 byFormula = lambert93ToLonLat(point);
        EXPECT_LT(metresBetween(*byProj, byFormula), 0.5) << point.x << ", " << point.y;
    }
    const core::Vec2 stEtienne = lambert93ToLonLat({808600, 6484700});
    EXPECT_NEAR(stEtienne.x, 4.39, 0.02) << "Saint-Étienne lies near 4.39° E";
    EXPECT_NEAR(stEtienne.y, 45.44, 0.02) << "and 45.44° N";
}

TEST(MapProjectionTest, AnUnknownCoordinateSystemIsRefusedWithASentence) {
    auto opened = ToWgs84::open("EPSG:999999");
    ASSERT_TRUE(std::holds_alternative<std::string>(opened));
    EXPECT_NE(std::get<std::string>(opened).find("PROJ does not know"), std::string::npos)
        << std::get<std::string>(opened);
    EXPECT_TRUE(std::holds_alternative<std::string>(ToWgs84::open("not a CRS at all")));
}

/// A 600 × 300 pixel photo lying 300 × 150 mm at (600, 340) on the table, 0.5 m per pixel in Lambert-93 with
/// its centre on the projection's origin; a stroke on it, a card on it, a card off it, a cluster of both.
struct MappedBoard {
    core::Board board;
    std::map<std::string, store::AssetGeoreference> georeferences;
    SessionReport report;

    MappedBoard() {
        core::Photo photo;
        photo.id = 1;
        photo.assetHash = kHash;
        photo.pose.centre = {600, 340};
        photo.size = {300, 150};
        photo.z = 1;
        board.photos.emplace(1, photo);
        core::Stroke stroke;
        stroke.id = 2;
        stroke.parent = 1;
        stroke.seat = 3;
        stroke.colour = 0xD55E00FF;
        stroke.width = 4;
        stroke.points = {{-100, -50}, {0, 0}, {100, 50}};
        stroke.ended = true;
        board.strokes.emplace(2, stroke);
        addCard(3, {600, 340}, "Un banc « à l’ombre », s’il vous plaît\nœuvre \"collective\"; é", 2);
        addCard(4, {100, 100}, "Hors de la photo", 1);
        store::AssetGeoreference georeference;
        georeference.hash = kHash;
        georeference.width = 600;
        georeference.height = 300;
        georeference.georeference = {{0.5, 0, 699850, 0, -0.5, 6600075}, "EPSG:2154", "site.pgw + site.prj"};
        georeferences.emplace(kHash, georeference);
        report.cards[0].cluster = 10;
        report.cards[0].clusterName = "Mobilité douce";
        report.cards[0].votes = 3;
        report.clusters.push_back(ReportCluster{10, "Mobilité douce", 1, {3, 4}, 2});
    }

    void addCard(core::ItemId id, core::Vec2 centre, const std::string& text, int seat) {
        core::Card card;
        card.id = id;
        card.pose.centre = centre;
        card.size = {80, 50};
        card.text = text;
        card.seat = seat;
        card.z = 2;
        board.cards.emplace(id, card);
        ReportCard line;
        line.id = id;
        line.text = text;
        line.seat = seat;
        line.categoryName = "Idée";
        report.cards.push_back(line);
    }
};

TEST(GeoJsonExportTest, StrokesAndCardsOnAGeoreferencedPhotoLieWhereTheTransformPutsThem) {
    const MappedBoard mapped;
    const GeoPlacement placement(mapped.board, mapped.georeferences);
    EXPECT_TRUE(placement.problems().empty());
    ASSERT_EQ(placement.photosOnMap(), 1U);
    GeoJsonCounts counts;
    const nlohmann::json collection =
        nlohmann::json::parse(reportToGeoJson(mapped.report, mapped.board, placement, &counts));
    EXPECT_EQ(counts.strokes, 1U);
    EXPECT_EQ(counts.cards, 1U) << "the card off the photo is not on the map";
    ASSERT_EQ(collection["features"].size(), 2U);

    const nlohmann::json& line = collection["features"][0];
    EXPECT_EQ(line["geometry"]["type"], "LineString");
    EXPECT_EQ(line["properties"]["seat"], 3);
    EXPECT_EQ(line["properties"]["colour"], "#D55E00");
    // Local mm → pixels (2 per mm, from the top-left corner) → Lambert-93 (0.5 m per pixel) → WGS 84.
    const core::Vec2 expectedMap[] = {{699900, 6600050}, {700000, 6600000}, {700100, 6599950}};
    ASSERT_EQ(line["geometry"]["coordinates"].size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& position = line["geometry"]["coordinates"][i];
        const core::Vec2 written{position[0].get<double>(), position[1].get<double>()};
        EXPECT_LT(metresBetween(written, lambert93ToLonLat(expectedMap[i])), 0.5) << i;
    }

    const nlohmann::json& card = collection["features"][1];
    EXPECT_EQ(card["geometry"]["type"], "Point");
    EXPECT_NEAR(card["geometry"]["coordinates"][0].get<double>(), 3.0, 1e-7);
    EXPECT_NEAR(card["geometry"]["coordinates"][1].get<double>(), 46.5, 1e-7);
    EXPECT_EQ(card["properties"]["text"], mapped.report.cards[0].text);
    EXPECT_EQ(card["properties"]["votes"], 3);
    EXPECT_EQ(card["properties"]["cluster"], "Mobilité douce");
    EXPECT_EQ(card["properties"]["category"], "Idée");
    EXPECT_EQ(card["properties"]["seat"], 2);

    const nlohmann::json schema = nlohmann::json::parse(testing::readAll(ATELIER_GEOJSON_SCHEMA));
    const auto problems = testing::schemaProblems(collection, schema, schema);
    EXPECT_TRUE(problems.empty()) << problems.front();
    nlohmann::json withCrs = collection;
    withCrs["crs"] = {{"type", "name"}};
    EXPECT_FALSE(testing::schemaProblems(withCrs, schema, schema).empty()) << "RFC 7946 has no crs member";
    nlohmann::json latitudeFirst = collection;
    latitudeFirst["features"][1]["geometry"]["coordinates"] = {46.5, 200.0};
    EXPECT_FALSE(testing::schemaProblems(latitudeFirst, schema, schema).empty()) << "a latitude above 90";
    // RFC 7946 section 7.1: no object carries the members that define another kind of GeoJSON object.
    nlohmann::json featureWithCoordinates = collection;
    featureWithCoordinates["features"][0]["coordinates"] = nlohmann::json::array({3.0, 46.5});
    EXPECT_FALSE(testing::schemaProblems(featureWithCoordinates, schema, schema).empty());
    nlohmann::json geometryWithProperties = collection;
    geometryWithProperties["features"][1]["geometry"]["properties"] = nlohmann::json::object();
    EXPECT_FALSE(testing::schemaProblems(geometryWithProperties, schema, schema).empty());
    nlohmann::json collectionWithGeometry = collection;
    collectionWithGeometry["geometry"] = nullptr;
    EXPECT_FALSE(testing::schemaProblems(collectionWithGeometry, schema, schema).empty());
}

TEST(GeoJsonExportTest, APhotoWhoseCoordinateSystemPROJDoesNotKnowIsLeftOffWithASentence) {
    MappedBoard mapped;
    mapped.georeferences[kHash].georeference.crs = "EPSG:999999";
    const GeoPlacement placement(mapped.board, mapped.georeferences);
    EXPECT_EQ(placement.photosOnMap(), 0U);
    ASSERT_EQ(placement.problems().size(), 1U);
    EXPECT_NE(placement.problems()[0].find("site.pgw + site.prj"), std::string::npos)
        << placement.problems()[0];
    const nlohmann::json collection =
        nlohmann::json::parse(reportToGeoJson(mapped.report, mapped.board, placement));
    EXPECT_TRUE(collection["features"].empty());
}

TEST(DecidimExportTest, EveryCardsExactTextSurvivesInCsvAndJsonWithItsPlaceOnTheMap) {
    const MappedBoard mapped;
    const GeoPlacement placement(mapped.board, mapped.georeferences);
    const std::vector<DecidimProposal> proposals =
        decidimProposals(mapped.report, mapped.board, placement, "fr");
    ASSERT_EQ(proposals.size(), 3U) << "two cards and one cluster";

    const std::string csv = decidimCsv(proposals, "fr");
    const auto records = testing::parseCsv(csv, ';');
    ASSERT_EQ(records.size(), 4U);
    // Well-formed CSV, not just readable by a lenient parser: the records written back with the quoting the
    // file promises (text fields quoted, inner quotes doubled, CRLF) give the file byte for byte.
    std::string rewritten;
    for (std::size_t i = 0; i < records.size(); ++i) {
        for (std::size_t j = 0; j < records[i].size(); ++j) {
            std::string field = records[i][j];
            for (std::size_t at = field.find('"'); at != std::string::npos; at = field.find('"', at + 2)) {
                field.insert(at, 1, '"');
            }
            rewritten += (j > 0 ? ";" : "") + (i > 0 && j < 2 ? "\"" + field + "\"" : field);
        }
        rewritten += "\r\n";
    }
    EXPECT_EQ(rewritten, csv);
    EXPECT_EQ(records[0], (std::vector<std::string>{"title/fr", "body/fr", "latitude", "longitude"}));
    for (std::size_t i = 0; i < 2; ++i) {
        ASSERT_EQ(records[i + 1].size(), 4U);
        EXPECT_EQ(records[i + 1][1].rfind(mapped.report.cards[i].text + "\n\n", 0), 0U)
            << "the body starts with the card's exact text: " << records[i + 1][1];
    }
    EXPECT_NE(records[1][1].find("Votes : 3"), std::string::npos);
    EXPECT_NE(records[1][1].find("Groupe : Mobilité douce"), std::string::npos);
    EXPECT_EQ(records[1][0], "Un banc « à l’ombre », s’il vous plaît œuvre \"collective\"; é");
    EXPECT_NEAR(std::stod(records[1][2]), 46.5, 1e-7);
    EXPECT_NEAR(std::stod(records[1][3]), 3.0, 1e-7);
    EXPECT_EQ(records[2][2], "") << "the card off the photo has no latitude";
    EXPECT_EQ(records[3][0], "Mobilité douce");
    EXPECT_NE(records[3][1].find("- " + mapped.report.cards[0].text), std::string::npos);
    EXPECT_NE(records[3][1].find("Votes : 2"), std::string::npos);
    EXPECT_NEAR(std::stod(records[3][2]), 46.5, 1e-7) << "a cluster lies where its cards on the map lie";

    const nlohmann::ordered_json rows = nlohmann::ordered_json::parse(decidimJson(proposals, "fr"));
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0]["body/fr"].get<std::string>().rfind(mapped.report.cards[0].text + "\n\n", 0), 0U);
    EXPECT_NEAR(rows[0]["latitude"].get<double>(), 46.5, 1e-7);
    EXPECT_TRUE(rows[1]["latitude"].is_null());
    for (const auto& row : rows) {
        std::vector<std::string> keys;
        for (const auto& [key, value] : row.items()) {
            keys.push_back(key);
        }
        EXPECT_EQ(keys, (std::vector<std::string>{"title/fr", "body/fr", "latitude", "longitude"}))
            << "Decidim reads the first object's keys and every row's values in that order";
    }
}

TEST(DecidimExportTest, ALongCardGetsATitleOf150CharactersAndItsWholeTextInTheBody) {
    MappedBoard mapped;
    std::string longText;
    for (int i = 0; i < 40; ++i) {
        longText += "Œuvre ";
    }
    mapped.report.cards[1].text = longText;
    const auto proposals =
        decidimProposals(mapped.report, mapped.board, GeoPlacement(mapped.board, {}), "en");
    std::size_t characters = 0;
    for (const char c : proposals[1].title) {
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    EXPECT_EQ(characters, 150U);
    EXPECT_EQ(proposals[1].title.substr(proposals[1].title.size() - 3), "…");
    EXPECT_EQ(proposals[1].body.rfind(longText + "\n\nVotes: 0", 0), 0U) << proposals[1].body;
    EXPECT_FALSE(proposals[0].lonLat) << "no georeference given: nothing on the map";
}

} // namespace
} // namespace atelier::replay
